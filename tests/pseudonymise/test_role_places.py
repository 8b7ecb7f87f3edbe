"""A kinship or role noun after a place preposition is a person, never a place (``жыву з бабуляй``, ``мы з
дзядулем``); a place after the same preposition stays masked (rows invented, cased and lower case)."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

ROLES = [
    ("Я вучуся ў школе ў Оршы. Жыву з бабуляй.", "be", "бабуляй"),
    ("Мы з бабуляй ездзім да мамы на спатканні.", "be", "бабуляй"),
    ("Цяпер яны з дзядулем кожны вечар гуляюць у шахматы.", "be", "дзядулем"),
]
PLACES = [
    ("Я вучуся ў школе. Жыву ў Оршы з бабуляй.", "be", "Оршы"),
]


def _places(text: str, language: str, word: str) -> list[object]:
    at = text.index(word)
    return [s for s in detect(text, language) if s.label == "LOCATION" and s.start <= at < s.end]


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize(("text", "language", "word"), ROLES)
def test_a_role_noun_is_no_place(text: str, language: str, word: str, lower: bool) -> None:
    if lower:
        text = text.lower()
    assert not _places(text, language, word)


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize(("text", "language", "word"), PLACES)
def test_a_place_stays_masked(text: str, language: str, word: str, lower: bool) -> None:
    if lower:
        text, word = text.lower(), word.lower()
    assert _places(text, language, word)
