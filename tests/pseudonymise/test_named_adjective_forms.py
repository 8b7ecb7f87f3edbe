"""A surname shaped like an adjective that a naming phrase introduces (``морской фамилия``) follows in its
other case forms (``с морским``), in lower-case speech (``namingphrase._adjective_forms``). Other
adjectives sharing no stem stay. Rows invented."""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

MASK_ROWS = [
    ("ru", "в шклове в бригаде был мужик его все городом звали ну городской фамилия ему 50 было\n"
     "ушёл я летом а городскому ещё год сидеть", ["городскому"]),
    ("ru", "в шклове в бригаде был мужик его все морем звали ну морской фамилия ему 50 было\n"
     "ушёл я летом а с морским мы потом переписывались", ["морским"]),
]

STAY_ROWS = [
    ("ru", "в бригаде был мужик его все морем звали ну морской фамилия\nа я потом на морском берегу жил  у моря",
     ["моря"]),
]


@pytest.mark.parametrize(("lang", "text", "mask"), MASK_ROWS)
def test_case_forms_of_a_named_adjectival_surname(lang: str, text: str, mask: list[str]) -> None:
    check(lang, text, mask, [])


@pytest.mark.parametrize(("lang", "text", "stay"), STAY_ROWS)
def test_other_adjectives_stay(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)
