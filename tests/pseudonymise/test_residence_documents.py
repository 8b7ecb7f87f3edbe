"""Residence and travel documents every emigrant speaks of (``ВНЖ``, ``карта поляка``, ``Karta Pobytu``) are no
identifiers (rows invented); the places beside them stay masked."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

ROWS = [
    ("ru", "Мы уехали по карте поляка, сейчас живём в Белостоке.", "карте поляка", "Белостоке"),
    ("en", "My aunt has a Karta Polaka, so she moved to Lublin first.", "Karta Polaka", "Lublin"),
    ("be", "Ён усім дапамагае з ВНЖ і з кватэрамі ў Кракаве.", "ВНЖ", "Кракаве"),
    ("ru", "Через полгода дали ВНЖ, и мы сняли квартиру в Вильнюсе.", "ВНЖ", "Вильнюсе"),
    ("en", "It took a year to get my Karta Pobytu in Gdansk.", "Karta Pobytu", "Gdansk"),
]


@pytest.mark.parametrize(("lang", "text", "document", "place"), ROWS)
@pytest.mark.parametrize("lower", [False, True])
def test_document_unmasked_place_masked(lang: str, text: str, document: str, place: str, lower: bool) -> None:
    text = text.lower() if lower else text
    spans = detect(text, lang)
    at = text.lower().index(document.lower())
    assert not any(s.start < at + len(document) and at < s.end for s in spans), [s.text for s in spans]
    named = text.lower().index(place.lower())
    assert any(s.start <= named < s.end for s in spans)
