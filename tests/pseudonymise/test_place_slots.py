"""Places in the slot after a place-kind noun, elided street adjectives near a venue, and German compound
streets (``detectors/place_slots.py``), with exile-country street words and rivers (``placecues.py``,
``belarus.tsv``). A nominative that does not agree with an oblique settlement, street or water noun is its
name (``в посёлке берёзки``); a verb, an adverb or a pronoun there is not (``в деревне жили``). Every row is
invented.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import place_slots
from intake.pseudonymise.detectors.tokens import tokenize

PLACES = [
    ("be", "мы прыехалі з вёскі зарэчная да бабулі", "зарэчная", "placeslot"),
    ("ru", "мы жили в посёлке берёзки у самой реки", "берёзки", "placeslot"),
    ("ru", "летом жили в деревне сосны у дяди", "сосны", "placeslot"),
    ("ru", "дом у нас на улице лесная рядом со школой", "лесная", "placeslot"),
    ("be", "мы купаліся каля ракі крынічка кожны дзень", "крынічка", "placeslot"),
    ("ru", "работала в салоне на вишнёвой у самого центра", "вишнёвой", "placestreet"),
    ("en", "the flat on Lindenstraße was small", "Lindenstraße", "compound"),
]
DECOYS = [
    ("ru", "в деревне жили одни старики"),
    ("ru", "на улице холодно было"),
    ("ru", "в городе нашем все знали"),
    ("ru", "деревня большая была"),
    ("be", "у вёсцы нашай усе ведалі"),
    ("be", "на рацэ было шмат людзей"),
    ("be", "як на рацэ лёд сышоў"),
    ("be", "потым горад пошта і ну"),
    ("ru", "в соседней деревне жила тётя"),
    ("ru", "на нашей улице стояли машины"),
    ("ru", "в деревне мама у нас"),
    ("ru", "в деревне люди у нас хорошие"),
    ("ru", "в посёлке дома старые"),
    ("ru", "жила на первой линии"),
    ("ru", "работала на полной ставке"),
    ("ru", "он работал на другой у брата"),
    ("ru", "офис на вишнёвой улице"),
    ("en", "the strasse was empty"),
    # a verbless clause opened by the place phrase: the noun after it is the subject, no name
    ("ru", "на реке лёд, на озере тоже"),
    ("ru", "в деревне тишина, в городе шум"),
    ("ru", "по городу патруль ездил, по улице автозак"),
    ("ru", "а в посёлке магазин. и всё"),
]


@pytest.mark.parametrize(("language", "text", "name", "rule"), PLACES)
def test_slot_names_a_place(language: str, text: str, name: str, rule: str) -> None:
    spans = place_slots.detect(text, tokenize(text), language)
    assert [(s.text, s.reason) for s in spans] == [(name, f"uncertain:{rule}")]
    assert any(s.label == "LOCATION" and name in s.text for s in detect(text, language))


@pytest.mark.parametrize(("language", "text"), DECOYS)
def test_decoys_name_nothing(language: str, text: str) -> None:
    assert place_slots.detect(text, tokenize(text), language) == []
    assert not [s for s in detect(text, language) if s.label == "LOCATION"]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "we rented a room on Tartu maantee near the station", "Tartu"),
        ("en", "the office was on Laisvės prospektas for a year", "Laisvės"),
        ("ru", "мы снимали на ul. Hoża недалеко от центра", "Hoża"),
        ("en", "a bakery on rue Mouffetard in the fifth", "Mouffetard"),
        ("en", "we walked along the Nemunas every evening", "Nemunas"),
        ("ru", "гуляли вдоль Нямунаса каждый вечер", "Нямунаса"),
        ("en", "every summer we swam in the Wisła", "Wisła"),
    ],
)
def test_exile_streets_and_rivers(language: str, text: str, name: str) -> None:
    assert any(s.label == "LOCATION" and name in s.text for s in detect(text, language))
