"""A working life whose subject pronoun stands between the time and the job (``тридцать лет я был
органистом``) is no term; a term given before a comma stays masked (rows invented), each row cased and as
lower-cased speech (``asr_like``)."""

from __future__ import annotations

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect

CAREERS = [
    ("Мне пятьдесят девять. Двадцать восемь лет я был бухгалтером на заводе.", "ru", "Двадцать восемь лет"),
    ("Дваццаць чатыры гады яна была бібліятэкарам у школе.", "be", "Дваццаць чатыры гады"),
    ("Семнадцать лет он был машинистом на железной дороге.", "ru", "Семнадцать лет"),
]

TERMS = [
    ("Ему дали четыре года. Четыре года, я была тогда учительницей, и всё рухнуло.", "ru", "Четыре года"),
]


def _variants(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return rows + [(asr_like(text), language, amount.lower()) for text, language, amount in rows]


def _ages(text: str, language: str, amount: str) -> list[object]:
    start = text.index(amount)
    end = start + len(amount)
    return [s for s in detect(text, language) if s.label == "AGE_OR_SENTENCE" and s.start < end and start < s.end]


@pytest.mark.parametrize(("text", "language", "amount"), _variants(CAREERS))
def test_time_then_subject_then_job_is_no_term(text: str, language: str, amount: str) -> None:
    assert not _ages(text, language, amount)


@pytest.mark.parametrize(("text", "language", "amount"), TERMS)
def test_a_term_before_a_comma_stays(text: str, language: str, amount: str) -> None:
    assert _ages(text, language, amount)
