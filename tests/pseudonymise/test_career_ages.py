"""Years of a working life after an age cue (``уже``, ``was``) are no age; ages beside a job stay masked (rows
invented), each row cased and as unpunctuated, lower-cased speech (``asr_like``)."""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import asr_variants, quasi_over

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


@pytest.mark.parametrize(("text", "language", "amount"), asr_variants(CAREERS))
def test_years_of_a_working_life_are_no_age(text: str, language: str, amount: str) -> None:
    assert not quasi_over(text, language, amount)


@pytest.mark.parametrize(("text", "language", "amount"), asr_variants(AGES))
def test_an_age_beside_a_job_stays_masked(text: str, language: str, amount: str) -> None:
    assert quasi_over(text, language, amount)
