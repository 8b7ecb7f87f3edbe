"""Years of a working life after an age cue (``уже``, ``was``) are no age; ages beside a job stay masked (rows
invented), each row cased and as unpunctuated, lower-cased speech (``asr_like``)."""

from __future__ import annotations

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect

CAREERS = [
    ("Я из Пинска, работаю в аптеке фармацевтом, уже 17 лет.", "ru", "17 лет"),
    ("He was a tram driver, twenty-two years, in Homel.", "en", "twenty-two years"),
    ("She was a nurse for thirty-one years at the district hospital.", "en", "thirty-one years"),
    ("Ён тынкоўшчык, ужо дзевятнаццаць гадоў працуе на будоўлі.", "be", "дзевятнаццаць гадоў"),
    ("Я была бухгалтарам, ужо дваццаць тры гады, у адной канторы.", "be", "дваццаць тры гады"),
    ("Диплом техникума, двадцать семь лет стажа, а сейчас без работы.", "ru", "двадцать семь лет"),
]

AGES = [
    ("Ему было сорок три года, работал водителем в автопарке.", "ru", "сорок три года"),
    ("Ёй ужо шэсцьдзесят гадоў, яна працавала настаўніцай.", "be", "шэсцьдзесят гадоў"),
    ("She was a nurse, fifty-four years old, and worked nights.", "en", "fifty-four years"),
    ("Она в двадцать пять лет работала учительницей, а потом её уволили.", "ru", "двадцать пять лет"),
]


def _variants(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return rows + [(asr_like(text), language, amount.lower()) for text, language, amount in rows]


def _ages(text: str, language: str, amount: str) -> list[object]:
    start = text.index(amount)
    end = start + len(amount)
    return [s for s in detect(text, language) if s.label == "AGE_OR_SENTENCE" and s.start < end and start < s.end]


@pytest.mark.parametrize(("text", "language", "amount"), _variants(CAREERS))
def test_years_of_a_working_life_are_no_age(text: str, language: str, amount: str) -> None:
    assert not _ages(text, language, amount)


@pytest.mark.parametrize(("text", "language", "amount"), _variants(AGES))
def test_an_age_beside_a_job_stays_masked(text: str, language: str, amount: str) -> None:
    assert _ages(text, language, amount)
