"""Handles and e-mail local parts dictated piece by piece: letters, digits and joiners said as words.

People dictate an account name the way they would spell it on the phone: ``my telegram is anna underscore k
nine``, ``the username is lowercase l e s y a``, ``alpha lima echo seven``, ``hanna double n``, ``ник у неё
лесник семьдесят семь``, ``юзернейм эм эй ар ай эй``, ``аккаунт в телеграме эм ай эр а андерскор ноль семь``.
After a cue that names an account (``telegram``, ``username``, ``ник``, ``логин``, ``аккаунт``...), its connectors
(``is``, ``у неё``, ``значит``, ``такой``), at most five words of the sentence (``меня можно найти как``: function
words, verbs, adverbs) and an optional word for ``@``, the handle is the run of *pieces* that follows (how each
word reads: :mod:`spelled_words`): letters, digits, joiners, qualifiers, and names (at most three before the
other pieces; later only right after a joiner, or as the last word before the utterance ends).

The run stops at anything else (``all one word``, ``no spaces``, ``then``).  It is a handle when it holds a
letter, digit or joiner besides its names, and is not a number alone; after words of the sentence, only when it
holds a letter or a joiner.  After the word for ``@`` (``собака``, ``эт``), two or three names alone or digits
alone are a handle, and after a naming cue (``ник``, ``логин``) or ``@`` one word that ends the utterance is,
unless it is an adjective said of the name (``ник у него простой``).  A spoken e-mail whose local part was
spelled (``h a l l y at proton dot me``, ``kilo india romeo alpha at ...``) is taken back over the letters.
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors import be_vocab, web_gates
from intake.pseudonymise.detectors.morphology import russian_reading
from intake.pseudonymise.detectors.spelled_words import (
    AND,
    BOUNDARY,
    CUE,
    CUE_GATE,
    DIGIT,
    END,
    JOIN,
    LETTER,
    LETTERISH,
    NAME,
    QUAL,
    SOUND,
    SOUNDS,
    TOKEN,
    VOWEL,
    VOWEL_AND,
    WEAK,
    WORD,
    kind_of,
    resolved,
    words_from,
)
from intake.pseudonymise.detectors.web_dotted import dotted_names
from intake.pseudonymise.detectors.web_named import named_handles
from intake.pseudonymise.detectors.web_whole import clause_word
from intake.pseudonymise.spans import Span

# Connectors between the cue and the handle, and the word for ``@`` (kept in the span).
_GAP = re.compile(
    r"(?:[\s,:—\-]+(?:is|it's|i'm|was|name|there|as|у\s+(?:неё|него|меня|нас|яе|яго|мяне)|называется|завуць|мой|мая|мае|"
    r"my|her|his|our|как|як|это|гэта|вот|вось|значит|значыць|ну|такой|такая|такі|такая|well))*[\s,:—]+",
    re.IGNORECASE,
)
_AT_PREFIX = re.compile(r"(?:at\s+sign|at\s+symbol|at|собака|собачка|сабака|сабачка|эт)[\s,]+", re.IGNORECASE)
def _run_end(tokens: list[tuple[int, int, int]], text: str = "", at: bool = False) -> int:
    """The index after the last piece of the dictated run opening ``tokens``, or 0 when it is no handle.
    Up to three names open it, one English word among them (``zorka free minsk``, ``mister underscore``); later a
    name ends the run only right after a joiner (``zubr underscore minsk``) or where the utterance ends after it
    (``эм пэ зубр.``).  After the word for ``@`` digits alone are a handle (``эт два четыре``), and digits joined
    by a spoken joiner anywhere (``six four underscore two``)."""
    if tokens and resolved(tokens, 0) == JOIN:
        return 0  # ``на канале была точка зрения``: no handle opens with a joiner
    names, inner, last = 0, 0, -1
    kinds: set[int] = set()
    for i in range(len(tokens)):
        kind = resolved(tokens, i)
        joined = i > 0 and tokens[i - 1][0] == JOIN
        opening = not kinds - {NAME}
        follows = tokens[i + 1][0] if i + 1 < len(tokens) else END
        if kind == END and tokens[i][0] == WORD and opening and inner == 0 \
                and (follows in (NAME, JOIN) or (names and follows == DIGIT)):
            kind, inner = NAME, 1  # ``zorka free minsk ninety one``: an English word inside the handle
            names -= 1
        closing = kind == NAME and not joined and not opening and _closes(text, tokens[i])
        if kind == NAME and not joined and not opening and follows not in (*LETTERISH, DIGIT, QUAL) \
                and not closing:
            kind = END  # a name after the pieces ends the run unless more pieces follow (``a, lesik, nine``)
        if kind == NAME and not joined:
            names += 1
            kind = END if names > 3 else kind
        if kind == END:
            break
        if kind in (LETTER, DIGIT) or (kind == NAME and (joined or opening or closing)):
            last = i
        kinds.add(kind)
        if closing:
            break
    pieces = kinds - {QUAL}
    joined_digits = any(tokens[j][0] == JOIN for j in range(last))  # ``six four underscore two``
    if last < 1 or not (pieces & {LETTER, NAME} or at or joined_digits) or not pieces & {LETTER, DIGIT, JOIN}:
        return 0
    return last + 1


def _closes(text: str, token: tuple[int, int, int]) -> bool:
    """``token`` is a name said last before the utterance ends (punctuation, blanked or not), and no word of
    the sentence: no function word or adverb, no noun in an oblique case only (``..., латиницей``)."""
    if not text or BOUNDARY.match(text, token[2]) is None:
        return False
    word = text[token[1] : token[2]].lower()
    if token[0] == DIGIT:
        return True
    cases = russian_reading(word)[1].case
    return not clause_word(word, verbs=False) and (not cases or bool(cases & {"nomn", "accs"}))


def _tail_end(tokens: list[tuple[int, int, int]]) -> int:
    """The index after the last letter or digit said right after a handle (names only after a joiner)."""
    last = -1
    for i in range(len(tokens)):
        kind = resolved(tokens, i)
        if kind == END or (kind == NAME and (i == 0 or tokens[i - 1][0] != JOIN)):
            break
        if kind in (LETTER, DIGIT, NAME):
            last = i
    return last + 1


def dictated_tails(text: str, spans: list[Span], language: str) -> list[Span]:
    """Handles carried over the letters and digits dictated after them (``bond double o seven``)."""
    out = []
    for span in spans:
        if span.label == "HANDLE" and (end := _tail_end(words_from(text, span.end, language))):
            stop = words_from(text, span.end, language)[end - 1][2]
            out.append(Span(span.start, stop, "HANDLE", text[span.start : stop], span.score, span.source))
    return out


_MAX_SKIPPED = 5
_SKIPPABLE = frozenset({END, NAME, WORD, AND, VOWEL, VOWEL_AND, SOUND})  # kinds a word of the sentence may have
# ``ник у него простой``: an adjective said of the name is no name (the endings of Russian and Belarusian adjectives).
_ADJECTIVE_END = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ы|і|ае|ыя|ія)$")
_SPACE = re.compile(r"[\s,]*")
_NAMING = re.compile(r"(?:ник|нік|никнейм|ником|нікам|юзернейм|логин|лагін|nick|nickname|handle|username|login)",
                     re.IGNORECASE)


def _described(word: str) -> bool:
    """``ник у него простой``: a common adjective said of the name (not ``фры``, ``кинг``)."""
    return _ADJECTIVE_END.search(word) is not None and (be_vocab.known(word) or russian_reading(word)[1].known)


def _clause_skipped(text: str, pos: int, language: str) -> tuple[int, int]:
    """Past the words of the sentence said between the cue and the handle (``в телеграме меня можно найти как``):
    up to five function words, verbs, adverbs and cues (``web_whole.clause_word``) that are no piece of a handle
    and no word for ``@``; the position of the next word and how many were passed."""
    skipped = 0
    while skipped < _MAX_SKIPPED and (m := TOKEN.match(text, pos)) is not None:
        word, kind = m.group(1), kind_of(m.group(1), language)
        if _AT_PREFIX.match(text, m.start(1)) is not None:
            break
        if kind in (VOWEL, VOWEL_AND, SOUND) and (after := TOKEN.match(text, m.end())) is not None \
                and kind_of(after.group(1), language) in LETTERISH:
            break  # ``а эл е эс я``, ``are oh tee``: a vowel or a letter's sound before letters opens the spelling
        if kind not in _SKIPPABLE or not (clause_word(word) or CUE.fullmatch(word)):
            break
        pos, skipped = m.end(), skipped + 1
    space = _SPACE.match(text, pos)
    return (space.end() if skipped and space is not None else pos), skipped


def _named_end(text: str, tokens: list[tuple[int, int, int]]) -> int:
    """After a cue and the word for ``@``, two or three words of a name alone (``собака тихий ветер``), none of
    them a word of the sentence."""
    count = 0
    while count < min(3, len(tokens)) and tokens[count][0] == NAME \
            and not clause_word(text[tokens[count][1] : tokens[count][2]], verbs=False):
        count += 1
    return count if count >= 2 else 0


def dictated_handles(text: str, language: str) -> list[Span]:
    """Handles dictated after an account cue (see the module docstring)."""
    out = []
    for cue in web_gates.gated(CUE, text, CUE_GATE):
        gap = _GAP.match(text, cue.end())
        if gap is None:
            continue
        pos, skipped = _clause_skipped(text, gap.end(), language)
        at = _AT_PREFIX.match(text, pos)
        tokens = words_from(text, at.end() if at is not None else pos, language)
        end = _run_end(tokens, text, at is not None) or (_named_end(text, tokens) if at is not None else 0)
        if not end and tokens and ((tokens[0][0] == NAME and _NAMING.fullmatch(cue.group())) or (at is not None
                                   and tokens[0][0] in (NAME, DIGIT))):
            word = text[tokens[0][1] : tokens[0][2]]  # ``ник у неё лиса.``: one word, then the utterance ends
            end = int(_closes(text, tokens[0]) and not _described(word.lower()))
        if end and skipped and at is None and not any(resolved(tokens, i) in (LETTER, JOIN) for i in range(end)):
            end = 0  # after words of the sentence, only a spelled or joined run is taken (not ``каждый день пять``)
        if end:
            start = at.start() if at is not None else tokens[0][1]
            if at is None and not skipped and _AT_PREFIX.fullmatch(text, cue.start(), gap.end()):
                start = cue.start()  # ``пишите, собака лесник семь``: the cue is the word for ``@``
            stop = tokens[end - 1][2]
            out.append(Span(start, stop, "HANDLE", text[start:stop], 0.85, "patterns.handle_dictated"))
    return out


_LETTER_BEFORE = re.compile(r"(?<![\w@.'’])([^\W\d_]+)[\s,\-]{1,3}$")


def spelled_locals(text: str, spans: list[Span], language: str) -> list[Span]:
    """Spoken e-mails taken back over the letters their local part was spelled in (``h a l l y at ...``)."""
    out = []
    for span in spans:
        if span.label != "EMAIL":
            continue
        start, letters = span.start, 0
        while (m := _LETTER_BEFORE.search(text, max(0, start - 30), start)) is not None:
            kind = kind_of(m.group(1), language) if m.group(1).lower() not in SOUNDS else END
            if kind in (WEAK, SOUND) and letters == 0 and not _first_is_letter(span.text, language):
                break
            if kind not in (LETTER, WEAK, SOUND):
                break
            start, letters = m.start(1), letters + 1
        if start < span.start:
            out.append(Span(start, span.end, "EMAIL", text[start : span.end], span.score, span.source))
    return out


def _first_is_letter(value: str, language: str) -> bool:
    """True when the e-mail opens with a spelled letter (so a weak letter before it continues the spelling)."""
    first = re.match(r"[^\W_]+", value)
    return first is not None and kind_of(first.group(), language) in (LETTER, WEAK, SOUND)


def dictated(text: str, found: list[Span], language: str) -> list[Span]:
    """Dictated handles and handles said in words (:mod:`web_named`), spelled e-mail local parts, the handles
    in ``found`` carried over the letters and digits dictated after them, and names joined by spoken dots
    (:mod:`web_dotted`)."""
    emails = [s for s in found if s.label == "EMAIL"]
    own = dictated_handles(text, language) + named_handles(text, language)
    own = [s for s in own if not any(s.overlaps(e) for e in emails)]
    own += spelled_locals(text, found, language)
    own += dictated_tails(text, found + own, language)
    own += respelled(text, found + own, language)
    return own + dotted_names(text, found + own)


def _letter_run(tokens: list[tuple[int, int, int]], limit: int) -> tuple[int, int] | None:
    """The first run of three or more letters in ``tokens`` that starts before ``limit``: ``(first, after)``."""
    i = 0
    while i < len(tokens) and tokens[i][1] < limit:
        j = i
        while j < len(tokens) and resolved(tokens, j) == LETTER:
            j += 1
        if j - i >= 3:
            return i, j
        i = j + 1
    return None


def respelled(text: str, spans: list[Span], language: str) -> list[Span]:
    """Letters spelled out within 60 characters after a handle or an e-mail (``yulia with a y, y u l i a``,
    ``olya dot ... , o-l-y-a``): the speaker spelling the address again; three letters or more."""
    out = []
    for span in spans:
        if span.label not in ("HANDLE", "EMAIL"):
            continue
        tokens = words_from(text, span.end, language)
        run = _letter_run(tokens, span.end + 60)
        if run is not None:
            start, stop = tokens[run[0]][1], tokens[run[1] - 1][2]
            out.append(Span(start, stop, "HANDLE", text[start:stop], 0.85, "patterns.handle_respelled"))
    return out
