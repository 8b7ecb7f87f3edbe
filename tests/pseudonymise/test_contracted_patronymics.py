"""Contracted patronymics alone as a name (``detectors/contracted_patronymics.py``) and a given name that is
also a town before a surname (``detectors/town_given_names.py``).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import contracted_patronymics
from tests.pseudonymise.masking import check

ROWS = [
    # Contracted patronymics pymorphy3 guesses as unknown nouns, in oblique cases, cased and lower case.
    ("ru", "я оставил ключи у степаныча на вахте", ["степаныча"], ["ключи", "вахте"]),
    ("ru", "Я оставил ключи у Степаныча на вахте", ["Степаныча"], ["ключи"]),
    ("ru", "потом мы с фомичом и тимофеичем курили", ["тимофеичем"], ["курили"]),
    ("ru", "передай захарычу что завтра суд", ["захарычу"], ["завтра"]),
    # Belarusian, generated from the Belarusian passport forms.
    ("be", "мы доўга сядзелі ў сцяпаныча на кухні", ["сцяпаныча"], ["кухні"]),
    ("be", "Суседзі звалі яго Рыгорычам", ["Рыгорычам"], ["Суседзі"]),
    # A given name that is also a town, then a surname: a person, not the town.
    ("be", "я ліда галавач з сёмага атрада", ["ліда галавач"], ["атрада"]),
    ("be", "Я Ліда Галавач, мне сорак гадоў", ["Ліда Галавач"], []),
    ("ru", "это лида шпакович из соседней камеры", ["лида шпакович"], ["соседней"]),
    # Decoys: the town after a preposition stays a town; common words stay.
    ("ru", "мы переехали в лиду прошлой весной", ["лиду"], ["прошлой", "весной"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


def test_stems_come_from_the_given_name_inventory() -> None:
    stems = contracted_patronymics.stems()
    assert {"степаныч", "сергеич", "васильич", "сцяпаныч", "иваныч"} <= stems
    assert "любовьич" not in stems  # no patronymic from a woman's name


def test_town_reading_yields_person_label() -> None:
    text = "я ліда галавач"
    labels = {text[s.start : s.end]: s.label for s in detect(text, "be")}
    assert labels.get("ліда галавач") == "PERSON"
