"""Nicknames given in a naming statement (branch ``persons3``): ``мы яго завём X``, ``called him the X``.

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover (any label counts, as in the scorer) and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise.detectors import namecues
from intake.pseudonymise.detectors.tokens import tokenize
from tests.pseudonymise.masking import check

ROWS = [
    # The word after a naming verb and its object is the name given, whatever it means.
    ("be", "у нас быў барабаншчык, мы яго завём верабейка, ён вясёлы", ["верабейка"], ["барабаншчык"]),
    ("ru", "сосед у нас добрый мы его зовём колобок", ["колобок"], ["сосед"]),
    ("en", "in the yard everybody called him the bear because he was huge", ["bear"], ["yard", "huge"]),
    ("en", "the officers called him that, rabbit, to mock him", ["rabbit"], ["officers"]),
    # The word right before ``мы яго завём`` is the name too, but not across a comma.
    ("be", "у яе ёсць сын, Мірон. Міра мы яго завём дома", ["Міра"], []),
    # A phone call, a time, an instrumental description: no name.
    ("en", "I called him back yesterday and we called them the next day", [], ["back", "next"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_nickname_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, whole=True)


def test_nickname_given_labels_only_the_name() -> None:
    tokens = tokenize("мы яго завём верабейка")
    labels: list[str | None] = [None] * len(tokens)
    namecues.nickname_given(tokens, labels)
    assert labels == [None, None, None, "PERSON"]


def test_instrumental_description_is_no_name() -> None:
    tokens = tokenize("его называли предателем")
    labels: list[str | None] = [None] * len(tokens)
    namecues.nickname_given(tokens, labels)
    assert labels == [None, None, None]
