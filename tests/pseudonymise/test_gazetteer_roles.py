"""The ``role`` flag of the gazetteer's lists: a one-word listed form that is also a role noun (``Палітвязні``,
political prisoners; ``Соседи``, neighbours) matches its listed form in any case and its other case forms only
when capitalised (``прызналі палітвязнем`` is the noun). The flag is data, so that the gazetteer need not import
the role-noun test (that import closed a cycle); this test keeps the data true to the test."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors.gazetteer import read_list
from intake.pseudonymise.detectors.lowercase import is_role
from intake.pseudonymise.detectors.tokens import tokenize

LISTS = ("places.tsv", "belarus.tsv", "world.tsv", "facilities.tsv", "organisations.tsv")


def _one_word_role(form: str) -> bool:
    toks = [t for t in tokenize(form) if t.cyrillic]
    return len(toks) == 1 and toks[0].text == form and is_role(toks[0])


@pytest.mark.parametrize("name", LISTS)
def test_every_one_word_role_noun_form_carries_the_flag(name: str) -> None:
    for forms, flags in read_list(name):
        for form in forms:
            assert _one_word_role(form) == ("role" in flags and len(forms) == 1), (name, form)


@pytest.mark.parametrize(
    ("text", "word", "masked"),
    [
        ("Яго прызналі палітвязнем у мінулым годзе.", "палітвязнем", False),  # another case form: the noun
        ("Нам тады дапамаглі палітвязні, яны перадачу сабралі.", "палітвязні", True),  # the listed form
        ("У нас у пад'ездзе соседи добрые, помогают.", "соседи", False),  # cs: the word in lower case
    ],
)
def test_a_role_flagged_entry(text: str, word: str, masked: bool) -> None:
    at = text.index(word)
    orgs = [s for s in detect(text, "be" if "Яго" in text or "Нам" in text else "ru") if s.label == "ORGANISATION"]
    assert any(s.start <= at < s.end for s in orgs) == masked, orgs
