"""Round-6 street cues (``placecues.py``): invented rows, each failing without its mechanism.

A street named by a common word after a street noun (``проспект Мира``), a feminine adjective after
``улица``/``вуліца`` in lower case, an elided ``на ...ычнай`` street, and a venue word as street context.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise.detectors import placecues
from intake.pseudonymise.detectors.tokens import tokenize


def cued(text: str, language: str) -> list[str]:
    return [s.text for s in placecues.detect(text, [], tokenize(text), language)]


@pytest.mark.parametrize(("text", "language", "surface"), [
    ("нас забрали на проспекте победы у остановки", "ru", "победы"),
    ("она жила на улице дружбы с мужем", "ru", "дружбы"),
    ("он снимал комнату на улице грушевой у рынка", "ru", "грушевой"),
    ("мы жили на улице садовой в частном доме", "ru", "садовой"),
    ("мы ігралі ў клубе на пралетарскай, там заўсёды людна", "be", "пралетарскай"),
    ("пасля пераезду мы жывём на гістарычнай, там ціха", "be", "гістарычнай"),
    ("рэпетыравалі ў студыі на прамысловай, пакуль не закрылі", "be", None),
])
def test_street_cues(text: str, language: str, surface: str | None) -> None:
    found = cued(text, language)
    if surface is None:  # -овай is no street-adjective ending of its own
        assert not found
    else:
        assert surface in found


@pytest.mark.parametrize(("text", "language"), [
    ("на улице было холодно и мы ушли", "ru"),
    ("на последней встрече в клубе было тихо", "ru"),  # a noun agrees with the adjective
])
def test_no_street_without_a_name(text: str, language: str) -> None:
    assert cued(text, language) == []
