"""Lower-case English institution names (``orgnames_en.py``): a place adjective, an acronym or a modifier
before an institution noun, an ``of`` place after it, and a listed acronym after ``the``.

Invented rows: carrier sentences, banks and hospitals written for these tests (none is taken from an
evaluation set); ``UN`` is the public acronym listed in ``data/organisations.tsv``."""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

MASKED = [
    # a place adjective in Latin letters, the kind of court and the town after ``of``
    ("the trial was at the zavodsky district court of hrodna in may", "zavodsky district court of hrodna"),
    ("they held it in the oktyabrsky district court of vitebsk", "oktyabrsky district court of vitebsk"),
    # an acronym that is no English word before ``bank``
    ("he transferred the money to pko bank last week", "pko bank"),
    ("my salary went to an mtb bank account", "mtb bank"),
    # a modifier before two stacked kinds of institution
    ("i worked as a nurse at the riverside university hospital for years", "riverside university hospital"),
    ("she gave birth at the greenhill city hospital", "greenhill city hospital"),
    # a place before a plant or a factory
    ("he lost his job at the vitebsk tractor plant after the strike", "vitebsk tractor plant"),
    # the acronym the list spells in capitals, lower-cased by speech recognition
    ("she works with the un now and writes to them", "un"),
]


@pytest.mark.parametrize(("text", "name"), MASKED)
def test_a_lower_case_english_institution_is_masked_whole(text: str, name: str) -> None:
    check("en", text, [name], [], whole=True)


STAYS = [
    ("we went to the bank and the court and then the car plant closed", ["bank", "court", "car", "plant"]),
    ("his appeal went to the district court of appeal", ["appeal"]),
    ("a un thing, she said, unclear", ["un", "thing"]),
    ("the new bank opened near the old factory", ["new", "bank", "old", "factory"]),
]


@pytest.mark.parametrize(("text", "stay"), STAYS)
def test_ordinary_institution_nouns_stay(text: str, stay: list[str]) -> None:
    check("en", text, [], stay)
