"""A nickname said right beside the surname it was cut from (``stem_nicknames.py``): ``сом, сомович по
фамилии``, ``шпак  шпакоўскі``. The word is a person where its stem opens the neighbouring surname, even in
lower case. The same word elsewhere, or in another case than the surname's, stays. Rows invented."""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

MASK_ROWS = [
    ("ru", "в бригаде был сом  сомович по фамилии  он рыбу любил", ["сом"]),
    ("ru", "а бригадир был волк  волков по фамилии  строгий такой", ["волк"]),
    ("ru", "а дежурил тогда бобёр  бобровский  он нам воду носил", ["бобёр"]),
    ("be", "у камеры быў шпак  шпакоўскі па прозвішчы  вясёлы дзядзька", ["шпак"]),
    ("ru", "старшим был сазонов  сазан  его так звали все", ["сазан"]),
]

STAY_ROWS = [
    ("ru", "в бригаде был сомович  а сом в реке так и не клюнул", ["сом"]),
    ("ru", "мы жарили окуня  окуневич принёс  а потом ушёл", ["окуня"]),
    ("ru", "на майке у него был шпак нарисован  а шпакович молчал", ["шпак"]),
]


@pytest.mark.parametrize(("lang", "text", "mask"), MASK_ROWS)
def test_a_nickname_beside_the_surname_it_was_cut_from(lang: str, text: str, mask: list[str]) -> None:
    check(lang, text, mask, [])


@pytest.mark.parametrize(("lang", "text", "stay"), STAY_ROWS)
def test_the_common_word_elsewhere_stays(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)
