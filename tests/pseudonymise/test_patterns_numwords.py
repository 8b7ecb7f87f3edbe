"""Spoken number parsing (ru/be/en, cardinals and ordinals in any case) and dictated digit strings."""

from __future__ import annotations

import pytest

from intake.pseudonymise.detectors.numwords import read_number, spoken_digits


def read(phrase: str) -> tuple[int, bool, int] | None:
    words = phrase.replace("-", " - ").split()
    words = [w for w in words if w != "-"]
    number = read_number(words, [" "] * len(words))
    return None if number is None else (number.value, number.ordinal, number.used)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("двадцать первого", (21, True, 2)),
        ("две тысячи двадцатого", (2020, True, 3)),
        ("тысяча девятьсот девяносто шестого", (1996, True, 4)),
        ("триста сорок второй", (342, True, 3)),
        ("шести", (6, False, 1)),
        ("сорока одного", (41, False, 2)),
        ("третьего", (3, True, 1)),
        ("дваццаць сёмага", (27, True, 2)),
        ("трыста сорак другім", (342, True, 3)),
        ("пяцьдзесят тры", (53, False, 2)),
        ("шасці", (6, False, 1)),
        ("forty-one", (41, False, 2)),
        ("three hundred forty two", (342, False, 4)),
        ("twenty-third", (23, True, 2)),
        ("шесть пять", (6, False, 1)),
        ("ноль восемь", (0, False, 1)),
        ("двенадцать три", (12, False, 1)),
    ],
)
def test_read_number(phrase: str, expected: tuple[int, bool, int]) -> None:
    assert read(phrase) == expected


@pytest.mark.parametrize("word", ["мир", "Вера", "столько", "тридцатилетний", "once"])
def test_non_numbers_are_not_read(word: str) -> None:
    assert read(word) is None


def test_composition_stops_at_a_comma() -> None:
    number = read_number(["двадцать", "девять"], [", "])
    assert number is not None and number.value == 20 and number.used == 1


@pytest.mark.parametrize(
    ("phrase", "digits"),
    [
        ("три семь пять двадцать девять шесть пять четыре тридцать два ноль восемь", "375296543208"),
        ("тры сем пяць дваццаць дзевяць", "37529"),
        ("oh double five one two", "05512"),
        ("восемь ноль двадцать девять шестьсот двенадцать", "8029612"),
    ],
)
def test_spoken_digits(phrase: str, digits: str) -> None:
    words = phrase.split()
    assert spoken_digits(words, [" "] * len(words)) == (digits, len(words))


def test_spoken_digits_stop_at_an_ordinary_word() -> None:
    words = "три семь пять звоните".split()
    assert spoken_digits(words, [" "] * 4) == ("375", 3)
