"""Durations of ordinary life are not terms; terms of punishment beside them stay masked (rows invented)."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

ORDINARY = [
    ("мы с мужем живём тут три года и привыкли", "ru", "три года"),
    ("мы с ней знакомы пять лет, ещё со школы", "ru", "пять лет"),
    ("вы ж мяне дваццаць гадоў ведаеце, так", "be", "дваццаць гадоў"),
    ("мы з ёй жылі ў Гродне чатыры гады", "be", "чатыры гады"),
    ("she was married for eleven years and they had two kids", "en", "eleven years"),
    ("we lived in Warsaw for two years and then moved on", "en", "two years"),
    ("сын учился на врача шесть лет в Гродно", "ru", "шесть лет"),
    ("соседи всё собрали за три дня, вот такие люди", "ru", "три дня"),
    ("the journey took five days by bus", "en", "five days"),
    ("i was a member of the chess club for nine years", "en", "nine years"),
    ("ён там па кантракце на тры гады з клубам", "be", "тры гады"),
]

# Each beside a verb of ordinary life, kept by a word of punishment in its phrase, by the same duration said
# beside one elsewhere (a term restated), or by ``с``/``from`` (an age);
# ``дали три года`` and ``sentenced to four years`` are found by another rule and need no row here.
TERMS = [
    ("мы знали что три года он отбывал в колонии", "ru", "три года"),
    ("мы жылі ў страху пакуль ён два гады сядзеў", "be", "два гады"),
    ("мы жылі з мамай а ён чатыры гады па артыкуле", "be", "чатыры гады"),
    ("за три года срока мы знали каждого конвоира", "ru", "три года"),
    ("за десять дней в шизо он похудел", "ru", "десять дней"),
    ("я с семи лет его знаю", "ru", "семи лет"),
    ("we knew that for three years he was in a penal colony", "en", "three years"),
    # a term restated, the words of punishment in the sentence before
    ("Дали три года. Три года я жила без него.", "ru", "Три года"),
    ("Далі тры гады. Тры гады мы жылі адны.", "be", "Тры гады"),
    ("He got two years. Two years we lived without him.", "en", "Two years"),
]


@pytest.mark.parametrize(("text", "language", "duration"), ORDINARY)
def test_a_duration_of_ordinary_life_is_not_a_term(text: str, language: str, duration: str) -> None:
    assert not [s for s in detect(text, language) if s.text == duration], detect(text, language)


@pytest.mark.parametrize(("text", "language", "duration"), TERMS)
def test_terms_of_punishment_stay(text: str, language: str, duration: str) -> None:
    start = text.index(duration)
    end = start + len(duration)
    assert any(s.start <= start and end <= s.end for s in detect(text, language)), detect(text, language)
