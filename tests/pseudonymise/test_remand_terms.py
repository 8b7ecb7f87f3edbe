"""Time held on remand is not a term; terms told beside a remand prison stay masked (rows invented).

A pre-trial prison (``СИЗО``, ``СІЗА``, ``SIZO``, ``pre-trial``, ``remand``) or ``до суда``/``before the trial``
in a duration's clause, with no word of a verdict, a court or serving, measures remand; each row cased and as
unpunctuated, lower-cased speech (``asr_like``).
"""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import asr_variants, quasi_over

REMAND = [
    ("Потом его перевели в СИЗО-3 в Гомеле, там он шесть месяцев был.", "ru", "шесть месяцев"),
    ("Сначала СИЗО в Могилёве. Там семь месяцев, письма почти не доходили.", "ru", "семь месяцев"),
    ("она просидела восемь месяцев до суда в камере на шестерых", "ru", "восемь месяцев"),
    ("Ён быў у СІЗА-2 у Магілёве, там ён сем месяцаў сядзеў.", "be", "сем месяцаў"),
    ("шэсць месяцаў яна была ў гомельскім сіза", "be", "шэсць месяцаў"),
    ("He was kept in the pre-trial prison in Pinsk for seven months.", "en", "seven months"),
    ("they held her on remand in Hrodna for about three months", "en", "three months"),
    ("First SIZO-1 in Mahilyou, about six months. Then the colony.", "en", "six months"),
    ("Before the trial he was kept in the pre-trial prison in Lida for, um, four months, so near home.", "en",
     "four months"),
]

# Terms told beside a remand prison: a verdict, a court, serving or a share in the clause.
TERMS = [
    ("Его держали в СИЗО в Гомеле, суд был в мае, и на Витьбу, на шесть лет.", "ru", "шесть лет"),
    ("В СИЗО ему дали ещё два года по другой статье.", "ru", "два года"),
    ("Пасля СІЗА яму далі чатыры гады калоніі.", "be", "чатыры гады"),
    ("He got seven years, and he spent the first months in SIZO.", "en", "seven years"),
    ("Он отсидел уже три года, считая СИЗО.", "ru", "три года"),
    ("the court gave him five years after the pre-trial prison", "en", "five years"),
]


@pytest.mark.parametrize(("text", "language", "duration"), asr_variants(REMAND))
def test_time_on_remand_is_not_a_term(text: str, language: str, duration: str) -> None:
    assert not quasi_over(text, language, duration)


@pytest.mark.parametrize(("text", "language", "duration"), asr_variants(TERMS))
def test_a_term_beside_a_remand_prison_stays_masked(text: str, language: str, duration: str) -> None:
    assert quasi_over(text, language, duration)
