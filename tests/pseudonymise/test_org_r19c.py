"""Organisations of round 19c: text -> expected spans (every sentence invented).

Kinds: a compound institution noun joined by a hyphen (``яслях-садзе нумар 12``), an ordinal with its
hundreds before a school (``сто пятой школе``), a run of capitalised Latin words inside Cyrillic text after
any word, not only a preposition (``юристом, ээ, Baltic Amber Freight``), each with decoys of the same shape.
"""

from __future__ import annotations

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect


def _covered(text: str, lang: str, surface: str, label: str | None = "ORGANISATION") -> bool:
    start = text.index(surface)
    end = start + len(surface)
    spans = [s for s in detect(text, lang) if label in (None, s.label)]
    return any(s.start <= start and end <= s.end for s in spans)


def _touched(text: str, lang: str, surface: str) -> bool:
    start = text.index(surface)
    end = start + len(surface)
    return any(s.start < end and start < s.end for s in detect(text, lang))


COMPOUND_HEADS = [
    ("ru", "Я работала воспитателем в яслях-саду номер 12 в Пинске.", "яслях-саду номер 12"),
    ("be", "Яна працавала ў яслях-садзе нумар 31 у Лідзе.", "яслях-садзе нумар 31"),
    ("ru", "Он учился в школе-гимназии номер 3 под Витебском.", "школе-гимназии номер 3"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), COMPOUND_HEADS)
@pytest.mark.parametrize("lower", [False, True])
def test_compound_heads_whole(lang: str, text: str, surface: str, lower: bool) -> None:
    text = asr_like(text) if lower else text
    assert _covered(text, lang, surface.lower() if lower else surface)


HUNDRED_ORDINALS = [
    ("be", "Мы з ім у сто другой школе вучыліся.", "сто другой школе"),
    ("ru", "Дочка пошла в сто пятую школу, это рядом.", "сто пятую школу"),
    ("ru", "Он преподавал в двести сорок первой школе.", "двести сорок первой школе"),
    ("be", "Яна вучыцца ў сто дваццаць шостай гімназіі.", "сто дваццаць шостай гімназіі"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), HUNDRED_ORDINALS)
@pytest.mark.parametrize("lower", [False, True])
def test_hundred_ordinal_schools(lang: str, text: str, surface: str, lower: bool) -> None:
    text = asr_like(text) if lower else text
    assert _covered(text, lang, surface.lower() if lower else surface)


def test_other_school_stays_open() -> None:
    assert not _touched("Потом я перешла в другой школе работать.", "ru", "другой школе")


LATIN_RUNS = [
    ("ru", "Она юристом работает, ээ, Georgian Amber Freight что ли.", "Georgian Amber Freight"),
    ("be", "Ён цяпер у Вільні, кіроўца, нейкая фірма, North Road Cargo, так здаецца.", "North Road Cargo"),
    ("ru", "Сестра устроилась, кажется, Silver Birch Studio называется.", "Silver Birch Studio"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), LATIN_RUNS)
def test_capitalised_latin_runs(lang: str, text: str, surface: str) -> None:
    assert _covered(text, lang, surface, None)


LATIN_DECOYS = [
    ("ru", "Мы смотрели, ну, знаешь, какой-то сериал, сидели дома.", "сериал"),
    ("ru", "Он написал мне ok и всё.", "ok"),
    ("ru", "Он работал в IT, потом в HR, потом ушёл.", "HR"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), LATIN_DECOYS)
def test_latin_decoys_stay(lang: str, text: str, surface: str) -> None:
    assert not _touched(text, lang, surface)
