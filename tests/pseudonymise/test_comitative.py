"""A person named with the speaker in the comitative, in lower-case speech (branch ``lcpersons9``).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise.detectors import comitative
from intake.pseudonymise.detectors.tokens import tokenize
from intake.pseudonymise.detectors.word_classes import verb_form
from tests.pseudonymise.masking import check

ROWS = [
    # ``мы з X``: an unknown word in the instrumental is the companion's name; its other forms follow.
    (
        "be",
        "на акцыі мяне з гарбулем затрымалі а гарбулю далі больш потым гарбуль з'ехаў",
        ["гарбулем", "гарбулю", "гарбуль"],
        ["акцыі"],
    ),
    # A line break may part the cue.
    ("be", "а потым нас\nз кулясем выпусцілі", ["кулясем"], []),
    # A role, a pronoun or a dictionary noun is a companion of another kind.
    ("be", "мы з братам і мы з табой і мы з катом хадзілі", [], ["братам", "табой", "катом"]),
    ("ru", "мы с отцом и нас с соседом задержали", [], ["отцом", "соседом"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_comitative_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, every=True)


def test_feminine_instrumental_is_left_out() -> None:
    tokens = tokenize("мы з машынай")  # unknown to pymorphy3 in its Belarusian spelling, yet a car
    labels: list[str | None] = [None] * len(tokens)
    comitative.mark(tokens, labels)
    assert labels == [None, None, None]


def test_role_noun_after_a_preposition_is_no_organisation() -> None:
    check("ru", "нас с соседом задержали у подъезда", [], ["соседом"])


VERB_ROWS = [
    # A form of a proven name that reads as a verb is no mention of it (``верю`` beside Вера).
    ("ru", "подругу зовут вера и я ей верю и всегда верила", ["вера"], ["верю"]),
    # A form that is a name as well as a verb stays a mention (``валю``: Валя's accusative).
    ("ru", "сестру зовут валя я валю в суде не видела", ["валя", "валю"], []),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), VERB_ROWS)
def test_verb_forms_do_not_propagate(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


def test_belarusian_reflexive_verb_is_a_verb_form() -> None:
    tokens = tokenize("ён вярнуўся а вярнуўка")
    assert verb_form(tokens[1])
    assert not verb_form(tokens[3])
