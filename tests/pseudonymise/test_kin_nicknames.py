"""A nickname given after a naming verb and a word of kin address, in cased text: ``так и звали, тётя
ласточка`` (``nickname_slots.py``).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

ROWS = [
    ("ru", "Мы пели песню про реку. Олю дети так и звали, тётя ласточка, ну, любя.", ["ласточка"], ["реку"]),
    ("ru", "Соседа Павла во дворе все звали дядя кабан. Он не обижался.", ["кабан"], ["обижался"]),
    ("be", "Нашу суседку Ганну дзеці звалі цётка вавёрка, бо яна ўсё збірала.", ["вавёрка"], ["збірала"]),
    # Decoys: a given name after the kin word is the name (propagation's), no naming verb, a plural.
    ("ru", "Мы пели песню про реку. Соседа все звали дядя Коля, он был добрый.", ["Коля"], ["добрый"]),
    ("ru", "Мы пели песню про реку. Потом пришла тётя продавщица и ушла.", [], ["продавщица"]),
    ("ru", "Мы пели песню про реку. Их так и звали, тёти подружки, все вместе.", [], ["подружки"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


def test_earlier_thing_stays() -> None:
    """The nickname is masked where given; the bird sung about before it stays (no person's slot)."""
    from intake.pseudonymise import detect

    text = "Мы пели песню про ласточку над полем, и Олю дети так и звали, тётя ласточка, ну, любя."
    masked = [(s.start, s.end) for s in detect(text, "ru") if s.label == "PERSON"]
    given = text.index("ласточка,")
    bird = text.index("ласточку")
    assert any(s <= given < e for s, e in masked)
    assert not any(s <= bird < e for s, e in masked)
    assert not any(s <= text.index("тётя") < e for s, e in masked)


GLOSSED = [
    # A nickname glossed by where it comes from: ``X, ад прозвішча`` / ``X, от фамилии``.
    ("be", "мяне завуць сымон  а сябры яшчэ вожык  ад прозвішча  ну  ад вожыкаў", ["вожык"], ["сябры"]),
    ("ru", "зовут павел  а в школе был ёрш, от фамилии, ну, ершов же", ["ёрш"], ["школе"]),
    # Decoys: no pause before the gloss (a verb's object), a plural.
    ("ru", "он потом отказался от фамилии отца совсем", [], ["отказался"]),
    ("be", "яна адмовілася ад прозвішча мужа", [], ["адмовілася"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), GLOSSED)
def test_glossed(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)
