"""The residual scan flags a vehicle registration plate left in the text, in any casing (its own regex)."""

from __future__ import annotations

import pytest

from intake.residual import scan


@pytest.mark.parametrize(
    ("lang", "text", "plate"),
    [
        ("ru", "Номер машины 7042 ЕХ-5, серая.", "7042 ЕХ-5"),
        ("ru", "госномер 6613 мк-1 кто-то записал", "6613 мк-1"),
        ("en", "the car plate 2291 ab-3 was seen", "2291 ab-3"),
    ],
)
def test_plate_is_flagged(lang: str, text: str, plate: str) -> None:
    assert ("digits", plate) in {(h.kind, h.text) for h in scan(text, lang)}


@pytest.mark.parametrize("text", ["в 2019 году мы ушли", "счёт 3-1 в нашу пользу", "1990-е годы"])
def test_no_plate(text: str) -> None:
    assert not [h for h in scan(text, "ru") if h.kind == "digits"]
