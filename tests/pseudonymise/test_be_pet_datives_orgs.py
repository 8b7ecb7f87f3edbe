"""Round 14 (dev17 read): Belarusian datives of ``-ка`` pet names, and two real organisations in the inventory.

Rows invented from general knowledge: ``-цы``/``-ку`` datives of listed pet names (``верачцы``, ``мішку``) are
names and cue a bare age; common nouns with the same endings (``ручцы``, ``шапку``) stay unmasked. The Union of
Poles in Belarus and APB-BirdLife Belarus / BirdLife International in Russian, Belarusian, English and lower case.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors.be_pet_datives import pet_dative


def _found(text: str, lang: str, label: str) -> set[str]:
    return {text[s.start : s.end].lower() for s in detect(text, lang) if s.label == label}


@pytest.mark.parametrize(("word", "expected"), [
    ("верачцы", True), ("ганульцы", True), ("мішку", True), ("галінцы", True),
    ("ручцы", False), ("шапку", False), ("школцы", False), ("дачцы", False), ("кашку", False),
])
def test_pet_dative(word: str, expected: bool) -> None:
    assert pet_dative(word) is expected


@pytest.mark.parametrize(("text", "name", "age"), [
    ("у іх дзве дзяўчынкі верачка і ганулька верачцы сем а ганульцы тры", "верачцы", "сем"),
    ("пляменніку мішку адзінаццаць а яго сястры шаснаццаць", "мішку", "адзінаццаць"),
])
def test_pet_dative_is_a_name_and_cues_an_age(text: str, name: str, age: str) -> None:
    assert name in _found(text, "be", "PERSON")
    assert age in _found(text, "be", "AGE_OR_SENTENCE")


@pytest.mark.parametrize("text", [
    "аддай ручку дачцы пяць разоў",
    "я купіла шапку і школцы пяць кніг",
])
def test_common_datives_stay_unmasked(text: str) -> None:
    assert not _found(text, "be", "PERSON") and not _found(text, "be", "AGE_OR_SENTENCE")


@pytest.mark.parametrize(("text", "lang", "org"), [
    ("Ён шмат гадоў быў у Саюзе палякаў на Беларусі, потым з'ехаў.", "be", "саюзе палякаў на беларусі"),
    ("она работала в союзе поляков беларуси до ликвидации", "ru", "союзе поляков беларуси"),
    ("Her father chaired a branch of the Union of Poles in Belarus.", "en", "union of poles in belarus"),
    ("i volunteered for birdlife international before the arrest", "en", "birdlife international"),
    ("Я волонтёрил в Охране птиц Беларуси, считал дупелей.", "ru", "охране птиц беларуси"),
    ("яна працавала ў ахове птушак бацькаўшчыны на балотах", "be", "ахове птушак бацькаўшчыны"),
])
def test_listed_organisations(text: str, lang: str, org: str) -> None:
    assert org in _found(text, lang, "ORGANISATION")


@pytest.mark.parametrize(("text", "lang"), [
    ("мы с поляками из союза говорили о птицах", "ru"),
    ("a union of workers and a life of birds", "en"),
])
def test_generic_mentions_stay_unmasked(text: str, lang: str) -> None:
    assert not _found(text, lang, "ORGANISATION")
