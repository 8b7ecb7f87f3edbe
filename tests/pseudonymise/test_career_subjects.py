"""A working life whose subject pronoun stands between the time and the job (``тридцать лет я был
органистом``) is no term; a term given before a comma stays masked (rows invented), each row cased and as
lower-cased speech (``asr_like``)."""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import asr_variants, quasi_over

CAREERS = [
    ("Мне пятьдесят девять. Двадцать восемь лет я был бухгалтером на заводе.", "ru", "Двадцать восемь лет"),
    ("Дваццаць чатыры гады яна была бібліятэкарам у школе.", "be", "Дваццаць чатыры гады"),
    ("Семнадцать лет он был машинистом на железной дороге.", "ru", "Семнадцать лет"),
]

TERMS = [
    ("Ему дали четыре года. Четыре года, я была тогда учительницей, и всё рухнуло.", "ru", "Четыре года"),
]


@pytest.mark.parametrize(("text", "language", "amount"), asr_variants(CAREERS))
def test_time_then_subject_then_job_is_no_term(text: str, language: str, amount: str) -> None:
    assert not quasi_over(text, language, amount)


@pytest.mark.parametrize(("text", "language", "amount"), TERMS)
def test_a_term_before_a_comma_stays(text: str, language: str, amount: str) -> None:
    assert quasi_over(text, language, amount)
