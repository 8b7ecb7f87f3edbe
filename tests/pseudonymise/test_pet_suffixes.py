"""Pet forms in ``-усь``/``-юсь`` that the lexicon lacks (``pet_suffixes.py``): in lower-case Russian an unknown
word that is a given name's opening plus the pet suffix is a name, though pymorphy3's predictor reads it as a
verb's first person (``кирюсь``, ``стасюсь``). Unknown verbs with that ending stay. Rows
invented."""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

MASK_ROWS = [
    ("ru", "бригадир наш кирюсь журнал вёл кто пришёл", ["кирюсь"]),
    ("ru", "а стасюсь тогда уехал в минск", ["стасюсь"]),
    ("ru", "у нас в цеху был ещё вовусь  он молчал всё время", ["вовусь"]),
    ("ru", "соседка наша настюсь передачи носила", ["настюсь"]),
]

STAY_ROWS = [
    ("ru", "я скоро зашкварюсь с этим чатом", ["зашкварюсь"]),
    ("ru", "я не прикольнусь больше  честно", ["прикольнусь"]),
    ("ru", "я ещё замонтажусь и приеду", ["замонтажусь"]),
]


@pytest.mark.parametrize(("lang", "text", "mask"), MASK_ROWS)
def test_a_pet_form_of_a_listed_given_name(lang: str, text: str, mask: list[str]) -> None:
    check(lang, text, mask, [])


@pytest.mark.parametrize(("lang", "text", "stay"), STAY_ROWS)
def test_unknown_verbs_in_the_first_person_stay(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)
