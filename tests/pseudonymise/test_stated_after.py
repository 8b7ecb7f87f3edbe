"""Surnames a role and a copula, or a naming phrase after them, state in lower-case speech
(``detectors/stated_after.py``).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

ROWS = [
    # A role noun and a copula before a word no dictionary knows: a surname.
    ("be", "адвакат быў шчэрбінскі з гомеля добры чалавек", ["шчэрбінскі"], ["добры", "чалавек"]),
    ("be", "суддзёй была лапатнікава строгая жанчына", ["лапатнікава"], ["строгая", "жанчына"]),
    # A naming phrase after the word looks back at it.
    ("be", "ну ты ведаеш вішнеўскі ён па прозвішчы а так нармальны", ["вішнеўскі"], ["нармальны"]),
    # Decoys: what a role was is its description when the word is a common word; a naming phrase
    # followed by the name names the word after it.
    ("ru", "адвокат был опытный и спокойный", [], ["опытный", "спокойный"]),
    ("be", "адвакат быў малады хлопец", [], ["малады", "хлопец"]),
    ("en", "the lawyer was good and the judge was tired", [], ["good", "tired"]),
    ("ru", "там был один по фамилии зуев", ["зуев"], ["один"]),
    ("ru", "следователь был злой как собака", [], ["злой", "собака"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


def test_phrase_after_makes_evidence() -> None:
    """A naming phrase after the word states the surname: evidence, not an uncertain candidate."""
    from intake.pseudonymise import detect

    text = "ну ты ведаеш вішнеўскі ён па прозвішчы а так нармальны"
    found = [s for s in detect(text, "be") if s.text == "вішнеўскі"]
    assert found and found[0].label == "PERSON" and not found[0].uncertain
