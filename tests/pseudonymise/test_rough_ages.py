"""An age said roughly with an English suffix (``seventy-something``, ``forty-odd``, ``sixty-ish``) is not
marked, as ``под сорок`` is not; an exact age stays masked (rows invented, cased and lower-cased)."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

ROUGH = [
    ("Our neighbour, she's eighty-something, still grows potatoes.", "eighty"),
    ("The judge was fifty-odd, very tired, and read it all in ten minutes.", "fifty"),
    ("He's sixty-ish and he drives the parcels to Hrodna himself.", "sixty"),
]
EXACT = [
    ("Our neighbour, she's eighty-three, still grows potatoes.", "eighty-three"),
    ("The judge was fifty, very tired, and read it all in ten minutes.", "fifty"),
]


def _ages(text: str, word: str) -> list[object]:
    start = text.index(word)
    return [s for s in detect(text, "en") if s.label == "AGE_OR_SENTENCE" and s.start <= start < s.end]


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize(("text", "word"), ROUGH)
def test_a_rough_age_is_not_marked(text: str, word: str, lower: bool) -> None:
    assert not _ages(text.lower() if lower else text, word)


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize(("text", "word"), EXACT)
def test_an_exact_age_stays_masked(text: str, word: str, lower: bool) -> None:
    assert _ages(text.lower() if lower else text, word)
