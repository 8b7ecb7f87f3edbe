"""Round 10: an elided street beside the things a protester stood with (``з плакатам``, ``с флагом``), and
more common street and square names after a street noun in lower case (``площади славы``).  Invented rows;
decoys stay unmasked."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def _places(text: str, lang: str) -> list[str]:
    return [s.text for s in detect(text, lang) if s.label == "LOCATION"]


MASKED = [
    ("be", "ну я ў дваццатым на барнавскай стаяў з плакатам", "барнавскай"),
    ("ru", "в августе он на гарбатовской стоял с флагом, один", "гарбатовской"),
    ("ru", "мы стояли в цепи солидарности на карабоцкой", "карабоцкой"),
    ("be", "яна стаяла на мелькаўскай са сцягам", "мелькаўскай"),
    ("ru", "фотки с площади славы, там нас и сняли", "площади славы"),
    ("be", "жылі мы на вуліцы героеў, трэці паверх", "вуліцы героеў"),
    ("ru", "потом переехали на улицу танкистов", "улицу танкистов"),
]


@pytest.mark.parametrize(("lang", "text", "part"), MASKED)
def test_streets_and_squares_are_masked(lang: str, text: str, part: str) -> None:
    found = _places(text, lang)
    assert any(part in f for f in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "он был с флагом на студенческой вечеринке"),  # a noun agrees with the adjective
        ("be", "яна стаяла з плакатам на школьнай лінейцы"),
        ("ru", "это было в честь славы героев"),  # no street noun before the names
    ],
)
def test_decoys_stay_unmasked(lang: str, text: str) -> None:
    assert _places(text, lang) == []
