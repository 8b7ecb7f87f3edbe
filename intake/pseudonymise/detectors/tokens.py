"""Word tokens with the facts the rule detectors need: folded form, casing, sentence position.

Folding (``fold``) lower-cases and merges spellings that vary in transcripts and between Russian and
Belarusian: ``ё``->``е``, ``ў``->``у``, ``і``->``и`` and every apostrophe to ``'``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from intake.pseudonymise.detectors.call_memo import CALL
from intake.pseudonymise.detectors.wraps import SPEAKER_WORDS as SPEAKER_WORDS
from intake.pseudonymise.detectors.wraps import bare_break, soft_gap

if TYPE_CHECKING:
    from intake.pseudonymise.spans import Span

# Apostrophes join Belarusian words (``з'ехала``, ``Дар'я``) but not the English possessive ``'s``.
WORD_RE = re.compile(r"[^\W\d_]+(?:(?:-|['’ʼ](?![sS]\b))[^\W\d_]+)*")
_FOLD = str.maketrans({"ё": "е", "ў": "у", "і": "и", "’": "'", "ʼ": "'", "`": "'"})
_CYR = re.compile(r"[а-яёіў]", re.IGNORECASE)
# A word opens a sentence when only these (and spaces) stand between it and the previous sentence end.
_OPENERS = set(" \t\"«„“'(-–—")
_ENDERS = set(".!?…\n")


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower-case ``word`` and merge letters that vary between spellings and languages."""
    return word.lower().translate(_FOLD)


@dataclass(frozen=True)
class Token:
    """One word of the text."""

    start: int
    end: int
    text: str
    norm: str
    initial: bool
    spaced: bool = True  # only spaces (or a hyphen) since the previous word: may continue a name
    # Asked of each token many times by the detectors: computed once, when the token is made (a token lives as
    # long as one detect() call).
    cap: bool = field(init=False, repr=False, compare=False)  # starts with a capital letter
    cyrillic: bool = field(init=False, repr=False, compare=False)  # has a Cyrillic letter
    # A speaker label (``Респондент:`` opening a line): part of the layout, not of the speech; its capital says
    # nothing of whether the speech is written with capitals (set by :func:`tokenize`).
    label: bool = field(default=False, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "cap", self.text[:1].isupper())
        object.__setattr__(self, "cyrillic", bool(_CYR.search(self.text)))

    @property
    def acronym(self) -> bool:
        """Two or more letters, all capitals (``КГБ``, ``BYSOL``, ``ГУБОПиК`` counts too)."""
        if len(self.text) < 2 or self.text[1:].islower():
            return False  # at most one capital
        caps = sum(1 for c in self.text if c.isupper())
        return len(self.text) >= 2 and caps >= 2 and caps >= len(self.text) - 2


def _is_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    if i >= 0 and text[i] == ":":
        return _speaker_label(text, i)
    if i >= 0 and text[i] == "." and _abbreviation_before(text, i):
        return False
    if i >= 0 and text[i] == "\n" and _line_continues(text, i, start):
        return False
    return i < 0 or text[i] in _ENDERS


def _line_continues(text: str, newline: int, start: int) -> bool:
    """A capitalised word after a bare line break (:func:`wraps.bare_break`: after a word or a comma, no
    speaker label) continues the sentence of the line before (``судзіў`` / ``Шацько, ён ...``): its capital is
    the word's own. (A lower-case word there still opens a sentence, as the test for uncased text counts it.)
    Not after a number: a segment that ends in digits (a phone, a year) ends its sentence as often as not,
    and the next segment's capital is the sentence's (``... 5-6-7`` / ``Now she is ...``)."""
    if not text[start].isupper() or not bare_break(text, newline):
        return False
    i = newline - 1
    while text[i] in " \t":  # bare_break found a word, number or comma before the break
        i -= 1
    return not text[i].isdigit()


_ABBREVIATIONS = frozenset(
    "ул г гор пр пл д вул пр-т р-н обл им св т тов гр ст mr mrs ms dr st prof gen col sgt lt".split()
)


def _abbreviation_before(text: str, dot: int) -> bool:
    """``ул. Сурганова``, ``г. Минск``, ``Ms. Kalesnikava``, ``И. В. Шпак``: the dot ends an
    abbreviation or an initial."""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
        start -= 1
    word = text[start:dot]
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _speaker_label(text: str, colon: int) -> bool:
    """The colon closes a speaker label (``Интервьюер:``, ``Respondent:``), not a list intro: the word
    before it opens a line or a sentence."""
    start = colon
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'"):
        start -= 1
    return start < colon and _is_initial(text, start)


def _wrapped(text: str, end: int, start: int) -> bool:
    """The words at ``end`` and ``start`` stand either side of a line break that may continue a phrase: a soft
    wrap (:mod:`wraps`), or in unpunctuated speech a bare break before a lower-case word (``святлана`` /
    ``каляда``)."""
    gap = text[end:start]
    if gap.count("\n") != 1 or gap.strip(" \t\n"):
        return False
    return (text[start].islower() and bare_break(text, end + gap.index("\n"))) or soft_gap(text, end, start)


def tokenize(text: str) -> list[Token]:
    """Every word of ``text`` in order."""
    out: list[Token] = []
    prev_end = 0
    for m in WORD_RE.finditer(text):
        start, word = m.start(), m.group()
        gap = text[prev_end:start]
        spaced = bool(out) and ((gap.strip(" -") == "" and "\n" not in gap) or _wrapped(text, prev_end, start))
        tok = _token(start, m.end(), word, fold(word), _is_initial(text, start), spaced)
        if tok.initial and _LABEL_AFTER.match(text, m.end()) and _line_start(text, start):
            tok.__dict__["label"] = True
        out.append(tok)
        prev_end = m.end()
    return out


# What follows a speaker label's word: an optional number (``Респондент 2:``), then the colon and a space.
_LABEL_AFTER = re.compile(r"[ \t]*(?:\d{1,2}[ \t]*)?:(?:[ \t]|$)", re.MULTILINE)


def _line_start(text: str, start: int) -> bool:
    """Only spaces and opening marks stand between the line's start and ``start``."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


_new = object.__new__


def _token(start: int, end: int, word: str, norm: str, initial: bool, spaced: bool) -> Token:
    """``Token(start, end, word, norm, initial, spaced)``, made without the frozen dataclass's per-field
    ``object.__setattr__`` (a transcript has thousands of words): the same attributes, the same object."""
    tok: Token = _new(Token)
    tok.__dict__.update(
        start=start, end=end, text=word, norm=norm, initial=initial, spaced=spaced,
        cap=word[:1].isupper(), cyrillic=_CYR.search(word) is not None,
    )
    return tok


def is_lowercase_text(tokens: Sequence[Token]) -> bool:
    """True for uncased speech-recognition output: almost no capitals, or sentences that mostly open
    in lower case. Within a ``call_memo`` block each token sequence is judged once (a dozen stages of one
    ``detect()`` call ask of the same tokens): the memo is keyed by the sequence's identity and keeps the
    sequence alive, so the key cannot be reused; token lists are never changed in place."""
    memo = CALL.lower
    if memo is None:
        return _lowercase_tokens(tokens)
    seen = memo.get(id(tokens))
    if seen is not None and seen[0] is tokens and seen[1] == len(tokens):
        return seen[2]
    verdict = _lowercase_tokens(tokens)
    memo[id(tokens)] = (tokens, len(tokens), verdict)
    return verdict


def _lowercase_tokens(tokens: Sequence[Token]) -> bool:
    """:func:`is_lowercase_text` itself, without the memo."""
    if lowercase_by([t.cap for t in tokens], [t.cap for t in tokens if t.initial]):
        return True
    # Capitalised speaker labels over uncased speech (``Рэспандэнт: ну я з ліды``): the labels' capitals (a
    # third of the sentence openers in such a transcript) say nothing of the speech; its own words decide.
    speech = [t.cap for t in tokens if not t.label]
    return len(speech) < len(tokens) and len(speech) >= 8 and sum(speech) <= max(1, len(speech) // 50)


def lowercase_by(caps: Sequence[bool], initials: Sequence[bool]) -> bool:
    """The rule of :func:`is_lowercase_text` for any split: ``caps`` says of every word whether it is
    capitalised, ``initials`` of every sentence-opening word."""
    if len(caps) < 8:
        return not any(caps)
    if sum(caps) <= max(1, len(caps) // 50):
        return True
    return len(initials) >= 3 and initials.count(False) >= 0.6 * len(initials)


def gap(text: str, left: Token, right: Token) -> str:
    """The characters between two tokens."""
    return text[left.end : right.start]


def covered_tokens(tokens: Sequence[Token], spans: Sequence[Span]) -> tuple[list[bool], list[bool]]:
    """Per token: inside some span; inside a PERSON span (what the candidate stages leave alone or sit beside)."""
    starts = [t.start for t in tokens]
    covered, person = [False] * len(tokens), [False] * len(tokens)
    for span in spans:
        k = max(bisect.bisect_right(starts, span.start) - 1, 0)
        while k < len(tokens) and tokens[k].start < span.end:
            if tokens[k].end > span.start:
                covered[k] = True
                person[k] = person[k] or span.label == "PERSON"
            k += 1
    return covered, person
