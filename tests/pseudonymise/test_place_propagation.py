"""Propagation of places, organisations and facilities named like common words (``place_forms.py``).

Invented rows: a place proven once by a strong cue (a town or colony noun) and then said bare, in lower-case
speech, is masked (uncertain) at its other mentions; the same word used as the common noun is not."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def _masked(text: str, language: str, word: str, nth: int) -> bool:
    """The ``nth`` (0-based) occurrence of ``word`` in ``text`` lies inside a detected span."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    end = start + len(word)
    return any(s.start <= start and end <= s.end for s in detect(text, language))


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("ru", "он сидел в колонии горки там было тяжело а горки это маленький город", "горки"),
        ("ru", "мы поехали в город мосты и мосты остались позади", "мосты"),
        ("ru", "мы переехали в город мосты и мосты нам понравились", "мосты"),
    ],
)
def test_bare_mention_of_a_proven_place_is_masked(language: str, text: str, word: str) -> None:
    assert _masked(text, language, word, 0)
    assert _masked(text, language, word, 1)


def test_bare_mention_is_uncertain() -> None:
    text = "мы поехали в город мосты и мосты остались позади"
    second = text.index("мосты", text.index("мосты") + 1)
    spans = [s for s in detect(text, "ru") if s.start == second]
    assert spans and spans[0].uncertain and spans[0].reason == "uncertain:propagated-place"


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("ru", "мы переехали в город мосты а через реку там три мосты", "мосты"),
        ("ru", "мы переехали в город мосты и старые мосты там ремонтировали", "мосты"),
        ("ru", "он сидел в колонии горки а мы катались на санках как горки высокие", "горки"),
        ("ru", "мы переехали в город мосты и много говорили о мостах", "мостах"),
    ],
)
def test_the_common_noun_stays_open(language: str, text: str, word: str) -> None:
    nth = 1 if text.count(word) > 1 else 0
    assert not _masked(text, language, word, nth)
