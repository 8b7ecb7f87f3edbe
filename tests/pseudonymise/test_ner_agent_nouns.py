"""Statistical NER is never asked about a role noun or an unknown agent noun in ``-щик``/``-щица``
(``тестировщиком``, ``админов``): Natasha reads any capitalised unknown word as a name. A surname beside
them stays masked."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

ROWS = [
    ("и вот один наш верстальщик дима рогачевский тоже уехал в варшаву", "верстальщик", "рогачевский"),
    ("я тогда фрезеровщиком работала а мастер у нас был пётр сурвило", "фрезеровщиком", "сурвило"),
    ("канал потом признали экстремистским и всех админов искали а коля ждан успел уехать", "админов", "ждан"),
    ("Интервьюер: А кем вы работали? Респондент: Верстальщиком в типографии, у Ивана Сурвило.",
     "Верстальщиком", "Сурвило"),
]


@pytest.mark.parametrize(("text", "word", "name"), ROWS)
def test_agent_noun_unmasked_name_masked(text: str, word: str, name: str) -> None:
    spans = detect(text, "ru")
    at = text.index(word)
    assert not any(s.start <= at < s.end for s in spans), [(s.text, s.source) for s in spans]
    named = text.index(name)
    assert any(s.start <= named < s.end for s in spans)
