"""Pet forms of the project's given-name inventory link to their name (issue 14, round 14): every pet form of
four letters or more that ``given_name_inventory.py`` lists, in Russian and in Belarusian spelling, is in
a linked given-name line with its name unless it or its case forms read as a common word (then it stays
out by design). Rows are invented; none comes from an evaluation set.
"""

from __future__ import annotations

import re

import pytest

from intake.pseudonymise.detectors import givenlex
from tests.pseudonymise.given_name_inventory import entries
from tests.pseudonymise.masking import check

# Pet forms left out on purpose: they or their case forms are common words (``патей``, ``тише``, ``филе``),
# or they are three letters long (``Еся``, ``Эва``); each needs the person's full name or a capital.
COMMON_PETS = {"вита", "віта", "ніка", "нора", "патя", "діма", "тіша", "філя", "ира", "іра", "юрек", "шурык"}


def _belarusian(pet: str) -> str:
    pet = pet.replace("щ", "шч")
    return re.sub(r"(?<=[жшчрц])и", "ы", pet).replace("и", "і")


def _unlinked() -> list[tuple[str, str]]:
    index: dict[str, set[int]] = {}
    for i, line in enumerate(givenlex.linked_lines()):
        for form in line:
            index.setdefault(form.lower(), set()).add(i)
    out = []
    for _, ru, be, _, pets in entries():
        names = index.get(ru.partition("/")[0].lower(), set()) | index.get(be.partition("/")[0].lower(), set())
        for pet in pets:
            for form in {pet.lower(), _belarusian(pet.lower())} - COMMON_PETS:
                if len(form) >= 4 and not index.get(form, set()) & names:
                    out.append((ru, form))
    return out


def test_every_inventory_pet_form_links_to_its_name() -> None:
    assert _unlinked() == []


# Lower-case unpunctuated text: the pet form of a person named in full earlier is masked.
ROWS = [
    ("ru", "марк тимашевский сидит в новополоцке потом мы с маркушей ездили на свидание", ["маркушей"]),
    ("ru", "владислава корнеева вышла в марте мы отвезли владочкины книги домой", ["владочкины"]),
    ("be", "ангеліна рудзевіч сядзіць у гомелі мы з лінай пісалі ёй лісты", ["лінай"]),
    ("be", "міраслава дубойская на хіміі міросіны лісты не даходзяць", ["міросіны"]),
    ("ru", "софия мельникова в колонии а софийкины письма не доходят", ["софийкины"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces"), ROWS)
def test_pet_forms_of_a_named_person_are_masked(lang: str, text: str, surfaces: list[str]) -> None:
    check(lang, text, surfaces, [])
