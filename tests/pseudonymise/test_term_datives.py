"""The dative that a court's term goes to (``term_datives.py``): a word read only as an animate noun right before
a verb of giving and a number is the person sentenced, even where it opens a sentence or the text is in lower
case. Kin, role and adjective words and nouns declined as adjectives stay. Rows invented."""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

MASK_ROWS = [
    ("ru", "Судили троих. Медведю дали три года.", ["Медведю"]),
    ("ru", "судили троих зайцу дали три года", ["зайцу"]),
    ("ru", "суд шёл неделю грачу дали 3 года", ["грачу"]),
    ("ru", "все молчали а потом воробью влепили пять лет", ["воробью"]),
]

STAY_ROWS = [
    ("ru", "Суд был закрытый. Мужу дали три года.", ["Мужу"]),
    ("ru", "Суд был закрытый. Рабочему дали три года.", ["Рабочему"]),
    ("ru", "Судили двоих. Другому дали пять лет.", ["Другому"]),
    ("ru", "судили двоих потом старшему дали пять лет", ["старшему"]),
    ("ru", "Суд был быстрый. Подзащитному дали три года.", ["Подзащитному"]),
    ("ru", "суд был быстрый подсудимому дали пять лет", ["подсудимому"]),
    ("ru", "суд шёл неделю пацану дали три года", ["пацану"]),
    ("ru", "Все молчали. Медведю дали воды.", ["Медведю"]),
]


@pytest.mark.parametrize(("lang", "text", "mask"), MASK_ROWS)
def test_the_dative_a_term_is_given_to_is_a_person(lang: str, text: str, mask: list[str]) -> None:
    check(lang, text, mask, [])


@pytest.mark.parametrize(("lang", "text", "stay"), STAY_ROWS)
def test_kin_role_and_adjective_datives_stay(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)
