"""Numbers corrected as they are said take the kind of the number they correct; English contractions written
without the apostrophe cue an age. Rows invented for this test (corrections.py, terms.py)."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

CORRECTED = [
    ("ru", "Ему тогда было 29, нет, 35, я путаю.", ["29", "35"]),
    ("ru", "сестре тридцать, вернее тридцать один", ["тридцать", "тридцать один"]),
    ("be", "Яму было 29, не, 35.", ["29", "35"]),
    ("be", "яму далі пяць, дакладней шэсць, і ўсё", ["пяць", "шэсць"]),
    ("en", "She was twenty-nine, no, thirty-five when they took her.", ["twenty-nine", "thirty-five"]),
    ("en", "he got four, I mean five, in the end", ["four", "five"]),
]
CONTRACTED = [
    ("en", "and im forty four now", "forty four"),
    ("en", "hes sixty seven and still working", "sixty seven"),
    ("en", "shes 31 and a student", "31"),
]
DECOYS = [
    ("ru", "Ему было 29, нет, не помню, сколько ему дали."),
    ("ru", "дали пять лет. Нет, 3 человека пришли."),
    ("en", "im 5 minutes late, sorry"),
    ("en", "he was 38. No, 12 people came to the court."),
]


def _ages(text: str, language: str) -> list[str]:
    return [text[s.start:s.end] for s in detect(text, language) if s.label == "AGE_OR_SENTENCE"]


@pytest.mark.parametrize(("language", "text", "expected"), CORRECTED)
def test_a_corrected_number_takes_the_kind_of_the_first(language: str, text: str, expected: list[str]) -> None:
    assert _ages(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), CONTRACTED)
def test_contraction_without_apostrophe_cues_an_age(language: str, text: str, expected: str) -> None:
    assert _ages(text, language) == [expected]


@pytest.mark.parametrize(("language", "text"), DECOYS)
def test_no_correction_without_a_number_right_after_it(language: str, text: str) -> None:
    ages = _ages(text, language)
    assert not any(a in ("3", "12", "5") for a in ages), ages
