"""Elided streets as the address of a shop, clinic, salon or detention facility (``elided_streets.py``).

``парикмахерская на советской``, ``в клинике на первомайской``, ``турма на савецкай``: a business, clinic or prison word
just before ``на`` + a street adjective with no noun agreeing makes the adjective the place's address even with
no street, protest or home word near. Invented rows; decoys keep their noun or their ordinary reading.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise.detectors import placecues
from intake.pseudonymise.detectors.tokens import tokenize


def cued(text: str, language: str) -> list[str]:
    return [s.text for s in placecues.detect(text, [], tokenize(text), language)]


@pytest.mark.parametrize(("text", "language", "surface"), [
    ("в мозыре была парикмахерская на советской и все туда ходили", "ru", "советской"),
    ("потом я устроилась в аптеку на первомайской возле автостанции", "ru", "первомайской"),
    ("его держали в сизо на володарской почти полгода", "ru", "володарской"),
    ("потом в частной клинике на советской а сейчас мы в батуми", "ru", "советской"),
    ("ён сядзеў у турме ў гомелі на савецкай усе ведаюць", "be", "савецкай"),
    ("мама працавала ў краме на ленінскай да пенсіі", "be", "ленінскай"),
    ("она открыла маленькую пекарню на сурганова в двадцатом году", "ru", "сурганова"),
    ("у нас была своя пекарня  в лиде  ещё до ковида  называлась ласунак  на советской  рядом с рынком", "ru",
     "советской"),
])
def test_venue_addresses(text: str, language: str, surface: str) -> None:
    assert surface in cued(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("в салоне на советской власти все держалось на страхе", "ru"),  # a noun agrees with the adjective
    ("в аптеке на первой полке стояли лекарства", "ru"),  # an ordinal, not a street adjective
    ("в клинике на польской стороне границы было тихо", "ru"),  # a common adjective
    ("у турме на мужчынскай палове было холадна", "be"),  # a common adjective with its noun
])
def test_venue_decoys(text: str, language: str) -> None:
    assert cued(text, language) == []
