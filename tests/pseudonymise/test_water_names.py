"""Streams and lakes named by an adjective after their noun in lower-case speech (``detectors/water_names.py``).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

ROWS = [
    # An agreeing adjective after a water noun in an oblique case names the water.
    ("ru", "за деревней мы спускались к речке гнилой там и рыбачили", ["гнилой"], ["рыбачили"]),
    ("ru", "мы купались на озере белом каждое лето", ["белом"], ["лето"]),
    ("be", "улетку мы лавілі рыбу на рэчцы ціхай кожны вечар", ["ціхай"], ["вечар"]),
    # Decoys: a nominative noun (a predicate follows), a pronoun adjective, an adjective describing the
    # noun after it.
    ("ru", "речка мелкая а озеро чистое", [], ["мелкая", "чистое"]),
    ("ru", "у речки той стоял дом", [], ["той", "дом"]),
    ("ru", "шли к речке лесной дорогой", [], ["лесной", "дорогой"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)
