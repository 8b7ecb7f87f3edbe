"""A surname set off by pauses after a role phrase with an owner or a unit (``paused_appos.py``), in lower-case
speech: ``начальник отряда  сухарь  вроде``, ``наш участковый  перловка  он``. A bare role before a list
(``адвокат  суд  прокурор``), a verb after the word, or a plural keeps the word. Rows invented."""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check, word_masked

MASK_ROWS = [
    ("ru", "посылки доходили плохо  начальник колонии  шкварка  всё проверял", ["шкварка"]),
    ("ru", "приехали двое  и наш участковый  сухарь  он всё записывал", ["сухарь"]),
    ("ru", "листовки печатал помощник мой  сазан  павел  а я раздавал", ["сазан"]),
    ("ru", "начальник колонии  перловка  ну  тот ещё человек  перловку все боялись", ["перловка", "перловку"]),
]

STAY_ROWS = [
    ("ru", "там были все  адвокат  суд  прокурор  и никто не слушал", ["суд"]),
    ("ru", "начальник отряда  письма  вроде  всё вычёркивал", ["письма"]),
    ("ru", "наш участковый  протокол составил и ушёл", ["протокол"]),
    ("be", "ён працуе ў кузні  як мой дзед  бондар  жартуе", ["бондар"]),
]


@pytest.mark.parametrize(("lang", "text", "mask"), MASK_ROWS)
def test_a_surname_set_off_after_a_determined_role(lang: str, text: str, mask: list[str]) -> None:
    check(lang, text, mask, [])


@pytest.mark.parametrize(("lang", "text", "stay"), STAY_ROWS)
def test_lists_objects_and_plurals_stay(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)


def test_a_mention_after_not_is_the_word() -> None:
    text = "листовки печатал помощник мой  сазан  павел  а я сам-то не сазан  молчал"
    assert word_masked("ru", text, "сазан", 0)
    assert not word_masked("ru", text, "сазан", 1)
