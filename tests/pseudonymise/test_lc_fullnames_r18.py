"""Lower-case full names whose surname is a common word (round 18).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover, every occurrence and every character, and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

TOWN_GIVEN = [
    # A given name that is also a town, before an animate noun agreeing as its surname, is a person.
    ("ru", "у нас в группе была лида щука  она потом уехала", ["лида щука"], ["группе"]),
    ("ru", "я лида воробей  из гомеля  мне сорок", ["лида воробей"], []),
    ("be", "у нас галоўная па пасылках ліда салавей  яна ўсё памятае", ["ліда салавей"], ["пасылках"]),
    ("be", "мая суседка ліда шпак  дапамагла нам", ["ліда шпак"], ["суседка"]),
]
TOWN_DECOYS = [
    # The town stays a town: a plural or a thing after it, or a spatial preposition before it.
    ("ru", "лида люди там хорошие  работы нет", "люди"),
    ("ru", "мы поехали в лиду рыбак там живёт", "рыбак"),
    ("ru", "лида студенты приехали на практику", "студенты"),
    ("ru", "лида дом культуры закрыла", "культуры"),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), TOWN_GIVEN)
def test_town_given_name_with_animate_surname(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, whole=True)


@pytest.mark.parametrize(("lang", "text", "word"), TOWN_DECOYS)
def test_town_given_name_decoys(lang: str, text: str, word: str) -> None:
    check(lang, text, [], [word], whole=True)


AGENT_SURNAMES = [
    # In lower-case English, a person noun, a given name, one more word and a pronoun: a full name, though the
    # surname is an English word; the given name alone then follows where it acts as a person.
    ("en", "there's a volunteer jim binder he's retired", ["jim binder"], ["volunteer"]),
    ("en", "the best help was a guy mark keeper he drives a truck and mark also wrote", ["mark keeper", "mark"], []),
    ("en", "my colleague anne singer she wrote a letter", ["anne singer"], ["letter"]),
    ("en", "a neighbour tom packer who helped us", ["tom packer"], ["neighbour"]),
]
AGENT_DECOYS = [
    # A verb, a function word or an adverb after the given name is no surname.
    ("en", "there was a guy mark said he would come", "said"),
    ("en", "a friend bill also he is nice", "also"),
    ("en", "my colleague anne really she tried", "really"),
    ("en", "i will mark the paper later", "paper"),
    ("en", "we had to pay the phone bill faster", "faster"),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), AGENT_SURNAMES)
def test_english_agent_noun_surnames(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, whole=True)


@pytest.mark.parametrize(("lang", "text", "word"), AGENT_DECOYS)
def test_english_agent_noun_decoys(lang: str, text: str, word: str) -> None:
    check(lang, text, [], [word], whole=True)
