"""The edges of an identity number dictated in words (``ids.spoken_ids``): fillers inside, a series said before
``номер``, letters said after it.

* A speaker dictating a passport or personal number pauses on a filler (``три два один, ну, пять ноль ...``,
  ``... ноль ноль один, um, pee bee four``): a filler between two dictated symbols does not end the run.
* The series may be said apart, before the word for *number* (``серия эм пэ, номер три два ...``, ``series em
  pee, number ...``): two letter names right before ``номер``/``нумар``/``number`` open the number found after it.
* Letters said after the last digit are no part of the number (``... девять восемь, пэ эс, забыла``): an ID said
  in words ends on a digit, and letter names and fillers after it are left out.
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors.numwords import starts_number
from intake.pseudonymise.detectors.pattern_tokens import Token
from intake.pseudonymise.spans import Span

# Names of letters in a dictated series: Cyrillic letters, the Russian and Belarusian names of Latin letters,
# and the English names (common knowledge).
LETTER_NAMES = frozenset(
    "а бэ бе вэ ве гэ ге дэ де е ё жэ же зэ зе и і й ка эль эл эм эн о пэ пе эр эс тэ те у ў эф ха цэ це "
    "че ша ы э ю я эй би си ди ай джей кей пи кью ар ти ви икс экс игрек уай зед зет зэт джи эйч "
    "bee cee dee gee jay kay pee cue queue tee vee ex zed zee em en es ef el aitch ay ee".split()
)
# Hesitations and discourse words said while reading a number out (Russian, Belarusian, English).
FILLERS = frozenset("ну э ээ эээ так вот вось значит значыць um uh er erm".split())
_SEPARATORS = re.compile(r"[\s,\-]*")


def filler_between(tokens: list[Token], gaps: list[str], j: int) -> bool:
    """``tokens[j]`` is a filler said between two symbols of a dictated number (separators only around it)."""
    return (
        0 < j < len(tokens) - 1
        and tokens[j].low in FILLERS
        and _SEPARATORS.fullmatch(gaps[j - 1]) is not None
        and _SEPARATORS.fullmatch(gaps[j]) is not None
    )


_VOWELS = frozenset("aeiouyаеёиоуыэюяі")
_OPENINGS = frozenset(name[:2] for name in LETTER_NAMES if len(name) >= 2)  # a cheap first test


def series_word(word: str, after_digit: bool) -> bool:
    """A two-letter series written as one lower-case word: two letter names run together (``эмпэ``, ``пэбэ``), or,
    after a digit, two letters without a vowel (``пб``, ``кх``: in capitals they would read as a series)."""
    if after_digit and len(word) == 2 and word.isalpha() and not set(word) & _VOWELS:
        return True
    return 4 <= len(word) <= 6 and word[:2] in _OPENINGS and any(
        word[:i] in LETTER_NAMES and word[i:] in LETTER_NAMES for i in range(2, len(word) - 1)
    )


_LETTER = "(?:" + "|".join(sorted((re.escape(w) for w in LETTER_NAMES if len(w) > 1), key=len, reverse=True)) + ")"
_SERIES_SAID = re.compile(
    rf"(?<![^\W_])({_LETTER}|[^\W\d_])[\s,\-]+{_LETTER}[\s,]+(?:номер|нумар|number|no|№)[\s,.:]*$", re.IGNORECASE
)
# Letter names (not a single letter: ``o`` is said for zero) and fillers after the last digit.
_TAIL = re.compile(rf"(?:[\s,\-]+(?:{_LETTER}|{'|'.join(sorted(FILLERS))})(?![^\W_]))+[\s,\-]*$", re.IGNORECASE)


def _series_start(text: str, span: Span) -> int:
    """Where two letter names said before ``номер`` begin (``эм пэ, номер ...``) when the span opens with its
    digits, else the span's start."""
    first = re.match(r"[^\W_]+", span.text)
    if first is None or not (first.group()[0].isdigit() or starts_number(first.group())):
        return span.start
    m = _SERIES_SAID.search(text, max(0, span.start - 40), span.start)
    return m.start(1) if m is not None else span.start


def _tail_end(span: Span) -> int:
    """The span's end without the letter names and fillers said after its last digit."""
    m = _TAIL.search(span.text)
    if m is None or m.start() == 0:
        return span.end
    last = re.search(r"[^\W_]+$", span.text[: m.start()])
    if last is None or not (last.group()[-1].isdigit() or starts_number(last.group())):
        return span.end
    return span.start + m.start()


def whole_ids(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each ID_NUMBER taken back over a series said before ``номер``, and each dictated one cut
    after its last digit."""
    out = []
    for span in spans:
        if span.label == "ID_NUMBER":
            start = _series_start(text, span)
            end = _tail_end(span) if span.source == "patterns.id_spoken" else span.end
            if (start, end) != (span.start, span.end):
                span = Span(start, end, span.label, text[start:end], span.score, span.source)
        out.append(span)
    return out
