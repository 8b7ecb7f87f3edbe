"""Whatever the text, the pattern detector returns well-formed, sorted, non-overlapping spans."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from intake.pseudonymise.detectors.patterns import detect, pattern_hits

# Pieces that exercise every rule, glued with separators that sometimes split and sometimes join them.
_PIECES = st.sampled_from(
    [
        "плюс",
        "три",
        "семь",
        "пять",
        "двадцать",
        "девять",
        "ноль",
        "восемь",
        "точка",
        "собака",
        "gmail",
        "ком",
        "дали",
        "года",
        "лет",
        "суток",
        "мне",
        "было",
        "по",
        "342-й",
        "361-1",
        "мае",
        "августа",
        "двадцатого",
        "первого",
        "года",
        "+375",
        "29",
        "612-48-90",
        "LT71",
        "7300",
        "MP1234567",
        "эм",
        "пэ",
        "а",
        "и",
        "ну",
        "at",
        "dot",
        "underscore",
        "August",
        "2020",
        "3rd",
        "the",
        "of",
        "was",
        "forty-one",
        "ник",
        "@x_y",
        "t.me/abc",
        "x@y.by",
        "12.08.2020",
        "3,5",
        "№",
        "дело",
        "номер",
        "статье",
        "Article",
        "he",
        "got",
    ]
)
_SEPARATORS = st.sampled_from([" ", ", ", ". ", "-", "", "\n", "  ", " — "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_PIECES, _SEPARATORS), max_size=30), st.sampled_from(["ru", "be", "en"]))
def test_spans_are_well_formed(parts: list[tuple[str, str]], language: str) -> None:
    text = "".join(piece + sep for piece, sep in parts)
    for finder in (detect, pattern_hits):
        spans = finder(text, language)
        assert spans == sorted(spans)
        for span in spans:
            assert text[span.start : span.end] == span.text
            assert span.text == span.text.strip()
        for a, b in itertools.pairwise(spans):
            assert a.end <= b.start


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.sampled_from(["ru", "be", "en"]))
def test_arbitrary_text_never_breaks_the_detector(text: str, language: str) -> None:
    for span in detect(text, language):
        assert text[span.start : span.end] == span.text
