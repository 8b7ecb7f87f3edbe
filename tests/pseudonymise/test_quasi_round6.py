"""Round-6 AGE_OR_SENTENCE and DETENTION mechanisms, one invented row per kind of case.

Each row fails without its mechanism: a colloquial number spelling, an age that ends where a stripped
transcript left only a double space, a served term whose unit is left to context ("all fifteen"), and a
regime word that belongs to the term ("two years of 'chemistry'"), a prison named by the street it stands on
(the whole phrase, an adjective street too) and the Belarusian "сізо" spelling before a spoken number.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise.detectors.facilities import detect_patterns
from intake.pseudonymise.detectors.numwords import read_number
from intake.pseudonymise.detectors.pattern_tokens import split
from intake.pseudonymise.detectors.quasi import detect_quasi


def _quasi(text: str, language: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_quasi(text, language, split(text))]


def test_colloquial_eighteen_reads_as_a_number() -> None:
    number = read_number(["васемнаццаць"], [])
    assert number is not None and number.value == 18


@pytest.mark.parametrize(("text", "language", "surface"), [
    ("калі сыну споўнілася васемнаццаць, яго забралі", "be", "васемнаццаць"),
    # punctuation blanked to a double space: the age still ends its clause
    ("ну я тамара  мне пятьдесят два  швея  живу одна", "ru", "пятьдесят два"),
    ("мама  ёй семдзесят адзін  гадуе курэй", "be", "семдзесят адзін"),
    ("his father  he was eighty-one  walked every day to the post", "en", "eighty-one"),
])
def test_age_before_a_stripped_clause_break(text: str, language: str, surface: str) -> None:
    assert surface in _quasi(text, language)


@pytest.mark.parametrize(("text", "language", "surface"), [
    ("Брат адсядзеў усе дванаццаць і вярнуўся.", "be", "дванаццаць"),
    ("Она отсидела все свои десять, от звонка до звонка.", "ru", "десять"),
    ("My cousin served all seven and came home thin.", "en", "seven"),
])
def test_served_all_number_is_a_term(text: str, language: str, surface: str) -> None:
    assert surface in _quasi(text, language)


@pytest.mark.parametrize(("text", "language", "surface"), [
    ("Суседу далі тры гады хіміі, ён цяпер у Оршы.", "be", "тры гады хіміі"),
    ("Ему дали четыре года химии, сейчас в Витебске.", "ru", "четыре года химии"),
])
def test_regime_word_joins_the_term(text: str, language: str, surface: str) -> None:
    assert surface in _quasi(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("I did all three exercises twice", "en"),  # not a serving verb
    ("мы отсидели все пятнадцать минут собрания", "ru"),  # a counted noun follows
])
def test_no_term_without_its_cue(text: str, language: str) -> None:
    found = _quasi(text, language)
    assert "three" not in found and "пятнадцать" not in found


@pytest.mark.parametrize(("text", "surface"), [
    ("Потом его перевели в ИВС на Садовой, там трое суток.", "ИВС на Садовой"),
    ("сядзеў у турме на Пушкіна два тыдні", "турме на Пушкіна"),
    ("спачатку сізо два ў магілёве", "сізо два"),
])
def test_prison_named_by_street_or_number(text: str, surface: str) -> None:
    assert surface in [s.text for s in detect_patterns(text) if s.label == "DETENTION"]


@pytest.mark.parametrize("text", ["в тюрьме на другой день всё было иначе", "в сизо на этой неделе тихо"])
def test_pronoun_adjective_is_no_street(text: str) -> None:
    assert not [s for s in detect_patterns(text) if s.label == "DETENTION"]


@pytest.mark.parametrize(("text", "language", "surface"), [
    ("He shared a room with Ales Varonin, twenty-six, who had five years.", "en", "twenty-six"),
    ("Соседка, Анна Ковальчук, 34 года, из Бреста, тоже писала.", "ru", "34 года"),
])
def test_age_in_apposition_after_a_name(text: str, language: str, surface: str) -> None:
    assert surface in _quasi(text, language)


def test_comma_number_without_a_relative_is_no_age() -> None:
    assert _quasi("Later, Hrodna, twenty, and the rest of them.", "en") == []
