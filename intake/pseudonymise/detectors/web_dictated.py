"""Handles and e-mail local parts dictated piece by piece: letters, digits and joiners said as words.

People dictate an account name the way they would spell it on the phone: ``my telegram is anna underscore k
nine``, ``the username is lowercase l e s y a``, ``alpha lima echo seven``, ``hanna double n``, ``ник у неё
лесник семьдесят семь``, ``юзернейм эм эй ар ай эй``.  After a cue that names an account (``telegram``,
``username``, ``ник``, ``логин``...), its connectors (``is``, ``у неё``) and an optional word for ``@``, the
handle is the run of *pieces* that follows:

* a letter: a single Latin letter, a letter name (``эм``, ``ка``, ``zed``; :mod:`letternames`) or a word of
  the ICAO spelling alphabet (``alpha``, ``kilo``), optionally ``as in`` and a word (``k as in kilo``); a
  letter that is also a word (``a``, ``i``, ``see``, ``о``) counts only next to another letter;
* a digit or a number word; a joiner (``underscore``, ``dot``, ``dash``, ``минус``, ``падкрэсліванне``);
* a qualifier before a letter or a digit (``capital``, ``lowercase``, ``double``);
* a name (at most two): no function word, no ordinary English word, no Russian or Belarusian verb form;
  any word right after a joiner (``underscore sun``).

The run stops at anything else (``all one word``, ``no spaces``, ``then``).  It is a handle when it holds a
letter, digit or joiner besides its names, and is not a number alone.  A spoken e-mail whose local part was
spelled (``h a l l y at proton dot me``, ``kilo india romeo alpha at ...``) is taken back over the letters.
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors import web_gates
from intake.pseudonymise.detectors.en_vocab import is_known
from intake.pseudonymise.detectors.letternames import is_letter_name
from intake.pseudonymise.detectors.numwords import DIGIT_WORDS, starts_number
from intake.pseudonymise.detectors.web_dotted import dotted_names
from intake.pseudonymise.spans import Span

_CUE = re.compile(
    r"(?<!\w)(?:ник|нік|никнейм|ником|нікам|юзернейм|логин|лагін|(?:инстаграм|інстаграм|телеграм|тэлеграм)\w*|"
    r"инст[аеуы]?|інст[аеуы]?|телег[аеуи]|тэлег[аеуі]|тг|nick|nickname|handle|username|user\s+name|login|"
    r"instagram|insta|telegram|tiktok|twitter|tg|at\s+sign|at\s+symbol|собака|собачка|сабака|сабачка)(?!\w)",
    re.IGNORECASE,
)
_CUE_GATE: web_gates.Gate = (
    ("ник", "нік", "юзернейм", "логин", "лагін", "инст", "інст", "телег", "тэлег", "тг", "nick", "handle", "user",
     "login", "insta", "at", "собак", "собач", "сабак", "сабач", "telegram", "tiktok", "twitter", "tg"),
    0,
)
# Connectors between the cue and the handle, and the word for ``@`` (kept in the span).
_GAP = re.compile(
    r"(?:[\s,:—\-]+(?:is|it's|i'm|was|name|there|as|у\s+(?:неё|него|меня|нас|яе|яго|мяне)|называется|завуць|мой|мая|мае|"
    r"my|her|his|our))*[\s,:—]+",
    re.IGNORECASE,
)
_AT_PREFIX = re.compile(r"(?:at\s+sign|at\s+symbol|at|собака|собачка|сабака|сабачка|эт)[\s,]+", re.IGNORECASE)
_TOKEN = re.compile(r"[\s,\-]{0,4}?([^\W_]+)")
# The ICAO/NATO spelling alphabet (common knowledge).
_SPELLING = frozenset(
    "alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike november oscar "
    "papa quebec romeo sierra tango uniform victor whiskey whisky xray yankee zulu".split()
)
_JOINERS = frozenset(
    "underscore dot dash hyphen minus точка кропка дот дефис дэфіс тире минус мінус працяжнік подчёркивание "
    "подчеркивание падкрэсліванне андерскор".split()
)
_JOIN_OPENERS = frozenset("нижнее ніжняе нижний under".split())  # ``нижнее подчёркивание``, ``under score``
_QUALIFIERS = frozenset(
    "capital big small lowercase uppercase double triple дабл дубль заглавная заглавную большая большую маленькая "
    "маленькую двойная двойное вялікая вялікую малая малую".split()
)
# Words that end a run in any language: function words, pronouns, the words that qualify the whole handle.
_STOP = frozenset(
    "is was and the on in to then no not all one word spaces space that it it's or but so with of my his her "
    "as at for from by like called named known also just only still "
    "на в у ў з с к да до па по і и а но ну вот вось это гэта мой моя мая мне мяне меня нас наш наша яе её его "
    "яго іх их ты вы я он она ён яна яны они там тут всё усё ещё яшчэ слитно разам без через праз не ни "
    "такой такая такое такі такая сейчас зараз цяпер теперь".split()
)
_VERB_END = re.compile(r"(?:ть|ць|ла|ло|лі|ли|ў|л|ет|ит|ёт|ешь|ишь|іш|ыш|ыце|ите|іце|ем|им|ём|ся|сь|цца|ться)$")
# Letter names that are also everyday Russian/Belarusian words or hesitations.
_WEAK_NAMES = frozenset("эм эй ай ах ха же ка де те че ю о е ы ой".split())
_LETTER, _DIGIT, _JOIN, _QUAL, _NAME, _WEAK, _END, _AND, _WORD = range(9)


def _kind(word: str, language: str) -> int:
    """The kind of one dictated word (``_WEAK``: a letter that is also a word)."""
    w = word.lower()
    if w in ("и", "і", "and", "then", "потом", "потым", "затем"):
        return _AND
    if w.isdigit() and len(w) > 2:  # a group of an account or phone number, not a dictated digit
        return _END
    if w.isdigit() or starts_number(w) or w in DIGIT_WORDS:
        return _DIGIT
    if w in _JOINERS:
        return _JOIN
    if w in _QUALIFIERS:
        return _QUAL
    if len(w) == 1:  # ``a``, ``i`` and Cyrillic one-letter words (``в``, ``к``, ``ж``) are words first
        return _WEAK if w in ("a", "i") else _LETTER if w.isascii() or w == "ю" else _END
    if is_letter_name(w) or w in _SPELLING:
        return _WEAK if is_known(w) or w in _WEAK_NAMES else _LETTER
    if w in _STOP or w in _JOIN_OPENERS or _CUE.fullmatch(w) or (_VERB_END.search(w) is not None and not w.isascii()):
        return _END
    if language == "en" and is_known(w):
        return _WORD  # an English word: a piece only after a joiner (``underscore sun``)
    return _NAME


def _tokens(text: str, pos: int, language: str) -> list[tuple[int, int, int]]:
    """Up to 24 ``(kind, start, end)`` words from ``pos``, each at most four separators after the last."""
    out: list[tuple[int, int, int]] = []
    while len(out) < 24 and (m := _TOKEN.match(text, pos)) is not None:
        word = m.group(1)
        kind = _kind(word, language)
        if kind == _END and word.lower() in _JOIN_OPENERS:
            nxt = _TOKEN.match(text, m.end())
            if nxt is not None and (_kind(nxt.group(1), language) == _JOIN or nxt.group(1).lower() == "score"):
                kind = _JOIN  # ``нижнее подчёркивание`` is one joiner
        if word.lower() == "score" and out and text[out[-1][1] : out[-1][2]].lower() == "under":
            kind = _JOIN  # ``under score``
        if word.lower() == "in" and out and text[out[-1][1] : out[-1][2]].lower() == "as" and len(out) > 1 \
                and out[-2][0] in (_LETTER, _WEAK):
            out[-1] = (_JOIN, out[-1][1], out[-1][2])  # ``k as in kilo``: the example word belongs to the letter
            kind = _JOIN
        out.append((kind, m.start(1), m.end(1)))
        pos = m.end()
    return out


def _resolved(tokens: list[tuple[int, int, int]], i: int) -> int:
    """The kind of ``tokens[i]`` in its run: a weak letter counts next to a letter, a joiner or a qualifier,
    a qualifier only before a letter or a digit."""
    kind = tokens[i][0]
    prev = tokens[i - 1][0] if i else _END
    nxt = tokens[i + 1][0] if i + 1 < len(tokens) else _END
    if kind == _WEAK:  # ``a``/``i`` and letters that are words: only next to another letter
        return _LETTER if _LETTER in (prev, nxt) or _WEAK in (prev, nxt) or prev in (_JOIN, _QUAL) else _END
    if kind == _QUAL and nxt not in (_LETTER, _WEAK, _DIGIT):
        return _END
    if kind == _WORD:
        return _NAME if prev == _JOIN else _END
    if kind == _AND:  # ``эл и два нуля``, ``a l e s, then zero seven``: a link before the number said next
        return _JOIN if prev in (_LETTER, _WEAK, _DIGIT) and nxt == _DIGIT else _END
    return kind


def _run_end(tokens: list[tuple[int, int, int]]) -> int:
    """The index after the last piece of the dictated run opening ``tokens``, or 0 when it is no handle.
    Up to three names open it, one English word among them (``zorka free minsk``, ``mister underscore``); later a
    name ends the run only right after a joiner (``zubr underscore minsk``)."""
    names, inner, last = 0, 0, -1
    kinds: set[int] = set()
    for i in range(len(tokens)):
        kind = _resolved(tokens, i)
        joined = i > 0 and tokens[i - 1][0] == _JOIN
        opening = not kinds - {_NAME}
        follows = tokens[i + 1][0] if i + 1 < len(tokens) else _END
        if kind == _END and tokens[i][0] == _WORD and opening and inner == 0 \
                and (follows in (_NAME, _JOIN) or (names and follows == _DIGIT)):
            kind, inner = _NAME, 1  # ``zorka free minsk ninety one``: an English word inside the handle
            names -= 1
        if kind == _NAME and not joined and not opening and follows not in (_LETTER, _WEAK, _DIGIT, _QUAL):
            kind = _END  # a name after the pieces ends the run unless more pieces follow (``a, lesik, nine``)
        if kind == _NAME and not joined:
            names += 1
            kind = _END if names > 3 else kind
        if kind == _END:
            break
        if kind in (_LETTER, _DIGIT) or (kind == _NAME and (joined or opening)):
            last = i
        kinds.add(kind)
    pieces = kinds - {_QUAL}
    if last < 1 or not pieces & {_LETTER, _NAME} or not pieces & {_LETTER, _DIGIT, _JOIN}:
        return 0
    return last + 1


def _tail_end(tokens: list[tuple[int, int, int]]) -> int:
    """The index after the last letter or digit said right after a handle (names only after a joiner)."""
    last = -1
    for i in range(len(tokens)):
        kind = _resolved(tokens, i)
        if kind == _END or (kind == _NAME and (i == 0 or tokens[i - 1][0] != _JOIN)):
            break
        if kind in (_LETTER, _DIGIT, _NAME):
            last = i
    return last + 1


def dictated_tails(text: str, spans: list[Span], language: str) -> list[Span]:
    """Handles carried over the letters and digits dictated after them (``bond double o seven``)."""
    out = []
    for span in spans:
        if span.label == "HANDLE" and (end := _tail_end(_tokens(text, span.end, language))):
            stop = _tokens(text, span.end, language)[end - 1][2]
            out.append(Span(span.start, stop, "HANDLE", text[span.start : stop], span.score, span.source))
    return out


def dictated_handles(text: str, language: str) -> list[Span]:
    """Handles dictated after an account cue (see the module docstring)."""
    out = []
    for cue in web_gates.gated(_CUE, text, _CUE_GATE):
        gap = _GAP.match(text, cue.end())
        if gap is None:
            continue
        at = _AT_PREFIX.match(text, gap.end())
        tokens = _tokens(text, at.end() if at is not None else gap.end(), language)
        end = _run_end(tokens)
        if end:
            start = at.start() if at is not None else tokens[0][1]
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
            kind = _kind(m.group(1), language)
            if kind == _WEAK and letters == 0 and not _first_is_letter(span.text, language):
                break
            if kind not in (_LETTER, _WEAK):
                break
            start, letters = m.start(1), letters + 1
        if start < span.start:
            out.append(Span(start, span.end, "EMAIL", text[start : span.end], span.score, span.source))
    return out


def _first_is_letter(value: str, language: str) -> bool:
    """True when the e-mail opens with a spelled letter (so a weak letter before it continues the spelling)."""
    first = re.match(r"[^\W_]+", value)
    return first is not None and _kind(first.group(), language) in (_LETTER, _WEAK)


def dictated(text: str, found: list[Span], language: str) -> list[Span]:
    """Dictated handles, spelled e-mail local parts, the handles in ``found`` carried over the letters
    and digits dictated after them, and names joined by spoken dots (:mod:`web_dotted`)."""
    emails = [s for s in found if s.label == "EMAIL"]
    own = [s for s in dictated_handles(text, language) if not any(s.overlaps(e) for e in emails)]
    own += spelled_locals(text, found, language)
    own += dictated_tails(text, found + own, language)
    own += respelled(text, found + own, language)
    return own + dotted_names(text, found + own)


def _letter_run(tokens: list[tuple[int, int, int]], limit: int) -> tuple[int, int] | None:
    """The first run of three or more letters in ``tokens`` that starts before ``limit``: ``(first, after)``."""
    i = 0
    while i < len(tokens) and tokens[i][1] < limit:
        j = i
        while j < len(tokens) and _resolved(tokens, j) == _LETTER:
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
        tokens = _tokens(text, span.end, language)
        run = _letter_run(tokens, span.end + 60)
        if run is not None:
            start, stop = tokens[run[0]][1], tokens[run[1] - 1][2]
            out.append(Span(start, stop, "HANDLE", text[start:stop], 0.85, "patterns.handle_respelled"))
    return out
