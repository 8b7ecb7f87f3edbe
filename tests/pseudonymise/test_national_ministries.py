"""A national ministry's clipped name is no identifier: it is the same for every respondent, like ``мвд``
(``candidates.py``). Invented rows."""

from __future__ import annotations

import pytest

from intake.pseudonymise.detectors.candidates import national_ministry
from tests.pseudonymise.masking import check

ROWS = [
    ("ru", "сначала аттестация в минюсте потом звонили из минздрава и из мида", ["минюсте", "минздрава", "мида"]),
    ("be", "спачатку атэстацыя ў мінюсце потым з мінадукацыі пісалі", ["мінюсце", "мінадукацыі"]),
]


@pytest.mark.parametrize(("lang", "text", "stay"), ROWS)
def test_a_ministry_stays_in_lower_case_text(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)


def test_only_ministry_stems_are_ministries() -> None:
    assert all(national_ministry(w) for w in ("минюст", "минобороны", "минфина", "мид", "мзс"))
    assert not any(national_ministry(w) for w in ("минск", "минута", "минус", "минина", "мидия"))


def test_a_name_in_the_same_sentence_is_still_masked() -> None:
    check("ru", "в минюсте со мной говорил кравчук и всё", ["кравчук"], ["минюсте"])
