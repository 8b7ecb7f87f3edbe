"""Persons named in apposition or glossed after the name in lower-case speech: a naming gloss after the name
(``зорка мы яе так завём``), a surname after a role noun and a from-place or unit (``настаўнік з карэліч
бародзіч``), and the given names of Belarus's Catholic and Polish-rooted families. Rows invented."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def _at(text: str, language: str, phrase: str, word: str) -> bool:
    """The ``word`` inside ``phrase`` is covered by a PERSON span."""
    start = text.index(phrase) + phrase.index(word)
    return any(s.label == "PERSON" and s.start <= start < s.end for s in detect(text, language))


@pytest.mark.parametrize(
    ("language", "text", "phrase", "word"),
    [
        ("be", "а ў сястры сын ёжык мы яго так завём. на ёжыка яна ўсё запісала.", "на ёжыка", "ёжыка"),
        ("en", "his niece pebble, that's what we call her. we sent pebble a card.", "niece pebble", "pebble"),
        ("en", "his niece pebble, that's what we call her. we sent pebble a card.", "sent pebble", "pebble"),
    ],
)
def test_naming_gloss_after_the_name(language: str, text: str, phrase: str, word: str) -> None:
    assert _at(text, language, phrase, word)


@pytest.mark.parametrize(
    ("language", "text", "phrase", "word"),
    [
        ("be", "быў там настаўнік з карэліч шпак, ён нам дапамог.", "карэліч шпак", "шпак"),
        ("be", "прыйшоў хлопец з ліды верабей і ўсё расказаў.", "ліды верабей", "верабей"),
        ("ru", "доктор из гродно шпак нам потом помог с лекарствами.", "гродно шпак", "шпак"),
        ("ru", "начальник отряда у них карась, его все боятся.", "них карась", "карась"),
    ],
)
def test_surname_after_role_and_origin(language: str, text: str, phrase: str, word: str) -> None:
    assert _at(text, language, phrase, word)


@pytest.mark.parametrize(
    ("language", "text", "phrase", "word"),
    [
        ("be", "прыйшоў хлопец з ліды прыехаў на матацыкле.", "ліды прыехаў", "прыехаў"),
        ("be", "настаўнік з карэліч сказаў што ўсё будзе добра.", "карэліч сказаў", "сказаў"),
        ("be", "ён студэнт з гомеля  яму далі тры гады. яму было цяжка.", "гомеля  яму", "яму"),
        ("en", "a picket, that's what they called it. the picket was short.", "a picket", "picket"),
        ("ru", "соседка вера так её зовём. у неё вера в бога крепкая.", "неё вера", "вера"),
    ],
)
def test_decoys_stay(language: str, text: str, phrase: str, word: str) -> None:
    assert not _at(text, language, phrase, word)


@pytest.mark.parametrize(
    ("language", "name"),
    [("be", "чэсік"), ("be", "зыгмунт"), ("be", "багуслаў"), ("be", "тэрэса"), ("be", "франук")],
)
def test_catholic_given_names(language: str, name: str) -> None:
    text = f"учора да нас {name} прыйшоў з сумкай"
    assert _at(text, language, name, name)
