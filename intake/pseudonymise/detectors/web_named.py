"""Handles said as ordinary words after an account cue and a short bridge (``ник в телеге был сова девятнадцать``).

People name an account the way they would name a pet: ``аккаунт называется свобода для всех, слитно``, ``my
telegram is quiet fox underscore ninety five``, ``у інстаграме яна пазначана як лясная пчолка кропка гродна``.
After an account cue (:data:`spelled_words.CUE`, not the word for ``@``) and an optional *bridge* (:data:`_BRIDGE`:
a platform phrase ``в телеге``/``on instagram``, ``у него``, a subject pronoun, a copula ``был``/``это``/``is``, a
naming verb ``называется``/``пазначана``/``is called``/``goes by`` and ``как``/``як``/``as``), the handle is the
run of content words, numbers and joiners up to a clause boundary (a comma, a full stop, two spaces where
punctuation was blanked, a word of the sentence: a function word, a verb, an adverb, a pronoun).

The run is a handle when it opens with a word (no number: ``аккаунт был пять лет``) and

* holds a joiner or a spelled letter, or ends in a number (``сова девятнадцать``) that follows no word of
  count or time (``канал у него лет пять``); or
* is two words or more said up to the clause boundary after a naming cue (``ник``, ``юзернейм``, ``handle``) or a
  naming verb, in Russian or Belarusian (an English plain word is the next word of the sentence: ``my account
  was deleted``); or
* is followed by a word that says how it is written (:data:`_QUALIFIER`: ``слитно``, ``латиницей``, ``без
  пробела``, ``с маленькой``, ``all lower case``, ``one word``): then function words may stand inside it
  (``свобода для всех, слитно``), but it opens and closes on a content word and holds no verb.
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors import web_gates
from intake.pseudonymise.detectors.spelled_words import (
    BOUNDARY,
    CUE,
    CUE_GATE,
    DIGIT,
    JOIN,
    LETTER,
    NAME,
    TOKEN,
    WORD,
    resolved,
    words_from,
)
from intake.pseudonymise.detectors.web_whole import clause_word
from intake.pseudonymise.spans import Span

_PLATFORM = (
    r"(?:телег\w*|телеграм\w*|тэлег\w*|тэлеграм\w*|тг|инст\w*|інст\w*|інсц\w*|тикток\w*|тікток\w*|ютуб\w*|"
    r"фейсбук\w*|фэйсбук\w*|твиттер\w*|твітар\w*|вконтакте|вк|telegram|instagram|insta|tiktok|twitter|youtube|"
    r"facebook|tg)"
)
_NAMING_VERB = (
    r"(?:называ\w*|назыв\w*|зав[её]тся|завецца|зовётся|зовется|звал\w*|звучит(?:\s+как)?|гучыць(?:\s+як)?|"
    r"пишется|пішацца|(?:под|пад|за|з|по|па)?пис[аы]н\w*|(?:за|з)?піс[аы]н\w*|значится|значыцца|пазначан\w*|"
    r"обозначен\w*|указан\w*|(?:is|was)\s+called|called|named|goes\s+by|went\s+by|reads|says)"
)
_COPULA = r"(?:был|была|было|были|будет|есть|это|гэта|быў|будзе|ёсць|is|was|it's|it\s+is|i'm|i\s+am|will\s+be)"
_BRIDGE_WORD = (
    rf"(?:(?:в|во|у|ў|на|on|in)\s+{_PLATFORM}|у\s+(?:него|неё|нее|меня|нас|них|яго|яе|мяне|іх)|"
    rf"я|он|она|ён|яна|мы|они|яны|i|he|she|we|they|{_COPULA}|{_NAMING_VERB}|как|як|as|просто|проста|just|ну|вот|вось|значит|"
    rf"значыць|well|um|such)"
)
_BRIDGE = re.compile(rf"(?:[\s,:—\-]+{_BRIDGE_WORD}(?!\w)){{0,5}}[\s,:—\-]+", re.IGNORECASE)
_NAMED = re.compile(rf"(?<!\w){_NAMING_VERB}(?!\w)", re.IGNORECASE)
_NAMING_CUE = re.compile(r"(?:ник|нік|никнейм|ником|нікам|юзернейм|логин|лагін|nick|nickname|handle|username|"
                         r"user\s+name|login)", re.IGNORECASE)
_AT_CUE = re.compile(r"(?:at\s+sign|at\s+symbol|собака|собачка|сабака|сабачка)", re.IGNORECASE)
# How the handle is written, said right after it (filler words before): it is a name to be typed, not a phrase.
_QUALIFIER = re.compile(
    r"[ \t,.:—\-]*(?:(?:ну|это|гэта|всё|все|усё|ўсё|и|і|только|толькі|пишется|пішацца|and|it's|just|all|written|"
    r"spelled)[ \t,]+){0,3}"
    r"(?:слитно|разам|латиниц\w*|латинк\w*|латинск\w*|лацінск\w*|на\s+англ\w*|in\s+english|latin\s+letters|"
    r"лацінк\w*|латінк\w*|кириллиц\w*|кірыліц\w*|без\s+(?:пробел|прабел)\w*|"
    r"(?:с|со|з)\s+(?:маленьк|больш|заглавн|мал|вялік|прописн|строчн)\w*|маленьки\w+\s+букв\w*|"
    r"по-английски|па-англійску|по-ангельски|(?:через|праз|с|з)\s+(?:нижн\w+\s+|ніжн\w+\s+)?"
    r"(?:подч|падкр|точк|кропк)\w*|lower\s*case|lowercase|small\s+letters|one\s+word|no\s+spaces?|"
    r"with(?:out)?\s+(?:an?\s+)?(?:underscore|spaces?|dot)|in\s+latin|capital\s+letters?)(?!\w)",
    re.IGNORECASE,
)
_MAX_WORDS = 4
_SENTENCE_END = re.compile(r"[ \t]*(?:[.!?…;]|\n)")


def _content(text: str, token: tuple[int, int, int]) -> bool:
    """A word that may be part of a handle said in words: a name or an English word, no word of the sentence."""
    return token[0] in (NAME, WORD) and not clause_word(text[token[1] : token[2]])


def _run(text: str, tokens: list[tuple[int, int, int]]) -> tuple[int, bool]:
    """How many of ``tokens`` form the run of content words, numbers, letters and joiners, and whether it stops
    at a clause boundary (not at a word of the sentence)."""
    words, count = 0, 0
    for i, token in enumerate(tokens):
        kind = resolved(tokens, i) if token[0] != WORD else WORD
        if _QUALIFIER.match(text, token[1]) is not None and i:
            return count, True
        if kind in (LETTER, DIGIT, JOIN) or _content(text, token):
            words += kind in (NAME, WORD)
            count = i + 1
        else:
            return count, False
        if words > _MAX_WORDS:
            return 0, False
        if BOUNDARY.match(text, token[2]) is not None:
            return count, True
    return count, False


def _marked(run: list[tuple[int, int, int]]) -> bool:
    """The run holds a joiner or a letter, or ends in its numbers (a word of count or time is no part of a run:
    ``лет пять``)."""
    kinds = [resolved(run, i) for i in range(len(run))]
    if JOIN in kinds[1:-1] or LETTER in kinds:
        return True
    numbers = [i for i, k in enumerate(kinds) if k == DIGIT]
    return bool(numbers) and all(k == DIGIT for k in kinds[numbers[0] :])


def _qualified_end(text: str, tokens: list[tuple[int, int, int]]) -> int:
    """With a qualifier after at most four words, the index after the last of them (0 if none): they open on a
    content word, close on a word or a number, hold no verb or cue and no end of a sentence before the last."""
    for i, token in enumerate(tokens[:_MAX_WORDS]):
        word = text[token[1] : token[2]]
        if CUE.fullmatch(word) or (clause_word(word) and not clause_word(word, verbs=False)):
            return 0  # a verb: ``аккаунт заблокировали в марте``
        if _QUALIFIER.match(text, token[2]) is not None:  # two words or more (``closed, no spaces left``)
            return i + 1 if i and token[0] in (NAME, WORD, DIGIT, LETTER) else 0
        if _SENTENCE_END.match(text, token[2]) is not None:
            return 0
    return 0


def _handle_end(text: str, tokens: list[tuple[int, int, int]], language: str, named: bool) -> int:
    """The index after the last word of the handle opening ``tokens``, or 0."""
    if not tokens or not _content(text, tokens[0]):
        return 0
    count, bounded = _run(text, tokens)
    run = tokens[:count]
    while run and resolved(run, len(run) - 1) == JOIN:
        run.pop()
    if run and bounded and _marked(run):
        return len(run)  # (``hacked two weeks ago``: the number is followed by the sentence)
    plain = sum(t[0] in (NAME, WORD) for t in run)
    if run and named and bounded and plain >= 2 and len(run) == count and language != "en":
        return len(run)
    return _qualified_end(text, tokens)


def named_handles(text: str, language: str) -> list[Span]:
    """Handles said as words after an account cue and a bridge (see the module docstring)."""
    out: list[Span] = []
    for cue in web_gates.gated(CUE, text, CUE_GATE):
        if _AT_CUE.fullmatch(cue.group()):
            continue
        bridge = _BRIDGE.match(text, cue.end())
        if bridge is None or TOKEN.match(text, bridge.end()) is None:
            continue
        tokens = words_from(text, bridge.end(), language)
        named = _NAMING_CUE.fullmatch(cue.group()) is not None or _NAMED.search(bridge.group()) is not None
        end = _handle_end(text, tokens, language, named)
        if end:
            start, stop = tokens[0][1], tokens[end - 1][2]
            if not any(s.start == start for s in out):
                out.append(Span(start, stop, "HANDLE", text[start:stop], 0.85, "patterns.handle_named"))
    return out
