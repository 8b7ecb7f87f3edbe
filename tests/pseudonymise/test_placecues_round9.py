"""Round-9 place and facility cues: invented rows, each failing without its mechanism.

Elided streets after ``по``/``па`` and by a common street adjective, landscapes named by a proper adjective,
border crossings and ``з X, гэта пад Y`` (``placecues.py``); Belarusian soft adjectives and past-tense verbs
that looked like places (``toponyms.py``, ``placecues.py``); a colony's slang number vouched for by a facility
nearby (``towns.py``); a Belarusian town adjective before ``ІЧУ`` (``facilities.py``); a ``ctx`` town at one
end of a range (``gazetteer.py``); a lower-case English town after a residence verb (``residence.py``).
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import placecues
from intake.pseudonymise.detectors.tokens import tokenize


def cued(text: str, language: str) -> list[str]:
    return [s.text for s in placecues.detect(text, [], tokenize(text), language)]


def labelled(text: str, language: str, label: str) -> list[str]:
    return [s.text for s in detect(text, language) if s.label == label]


@pytest.mark.parametrize(("text", "language", "surface"), [
    ("после митинга мы пошли по первомайской к рынку", "ru", "первомайской"),
    ("пасля акцыі калона ішла па кастрычніцкай да ратушы", "be", "кастрычніцкай"),
    ("жила я тогда в общежитии на студенческой и ходила пешком", "ru", "студенческой"),
    ("мы жылі на школьнай у двары з арэлямі", "be", "школьнай"),
    ("квартира была на садовой возле рынка", "ru", "садовой"),
])
def test_elided_streets(text: str, language: str, surface: str) -> None:
    assert surface in cued(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("это было на студенческой вечеринке у друзей дома", "ru"),  # a noun agrees with the adjective
    ("на школьнай лінейцы пасля акцыі ўсе маўчалі", "be"),
    ("родня по женской линии жила в доме напротив", "ru"),
    ("по зелёной траве он не ходил", "ru"),  # not a street adjective of the list, no street word either
])
def test_no_street_where_a_noun_follows(text: str, language: str) -> None:
    assert not cued(text, language)


@pytest.mark.parametrize(("text", "surface"), [
    ("пацей і лёшка з трэцяй калоны таксама выйшлі", "трэцяй"),  # a soft ordinal, not a Baltic -яй town
    ("да апошняй хвіліны ён чакаў у летняй кухні", "апошняй"),
    ("ён кацянят з рэчкі выцягваў кожную вясну", "выцягваў"),  # a past-tense verb after a river noun
])
def test_belarusian_words_are_not_places(text: str, surface: str) -> None:
    assert not [s for s in cued(text, "be") if surface in s]


@pytest.mark.parametrize(("text", "surface"), [
    ("мы прыехалі з шяуляй позна ўвечары", "шяуляй"),
    ("дзядзька жыў у тавярняй, там і памёр", "тавярняй"),  # -няй before no agreeing noun: a Baltic town
])
def test_baltic_town_still_found(text: str, surface: str) -> None:
    assert surface in cued(text, "be")


@pytest.mark.parametrize(("text", "language", "surface"), [
    ("брат цяпер у бабруйску на двойцы, гэта каля віцьбы", "be", "двойцы"),
    ("сосед сейчас на пятёрке, а раньше был на Володарке", "ru", "пятёрке"),
])
def test_slang_number_beside_a_facility(text: str, language: str, surface: str) -> None:
    assert surface in labelled(text, language, "DETENTION")


@pytest.mark.parametrize("text", [
    "в школе он был на тройке по математике всегда",
    "мы жили в бобруйске, а потом он учился в минске на пятёрки",
])
def test_slang_number_without_a_facility(text: str) -> None:
    assert not labelled(text, "ru", "DETENTION")


@pytest.mark.parametrize(("text", "language", "surface"), [
    ("летом мы ходили в походы в Гарбатовской пуще", "ru", "Гарбатовской пуще"),
    ("мы збіралі грыбы ў Карабоцкай пушчы", "be", "Карабоцкай пушчы"),
    ("по выходным рыбачили на вилейском водохранилище", "ru", "вилейском водохранилище"),
])
def test_landscape_named_by_adjective(text: str, language: str, surface: str) -> None:
    assert surface in cued(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("гуляли в городском лесу за домом", "ru"),
    ("он вырос в литовском лесу, шучу", "ru"),
    ("он вёл Telegram канал про протесты", "ru"),  # a channel is no landscape
    ("we lived near the belarusian forest border", "en"),  # a nationality is no name
])
def test_landscape_with_a_common_adjective(text: str, language: str) -> None:
    assert not cued(text, language)


@pytest.mark.parametrize(("text", "language", "surface"), [
    ("в эстонию ехали через переход нарвилово ночью", "ru", "нарвилово"),
    ("я з мацюкоў, гэта пад слуцкам, кіламетраў дваццаць", "be", "мацюкоў"),
])
def test_crossing_and_village_under_a_town(text: str, language: str, surface: str) -> None:
    assert surface in labelled(text, language, "LOCATION")


def test_crossing_noun_alone_is_no_place() -> None:
    assert not cued("мы стояли на переходе возле дома и ждали", "ru")


@pytest.mark.parametrize(("text", "surface"), [
    ("спачатку ў пінскі ічу, а потым у сізо", "пінскі ічу"),
    ("пасля суда яго павезлі ў лідскі ЦІП на суткі", "лідскі ЦІП"),
])
def test_belarusian_town_adjective_with_a_facility(text: str, surface: str) -> None:
    assert surface in labelled(text, "be", "DETENTION")


@pytest.mark.parametrize(("text", "surface", "place"), [
    ("шли пешком от мостов до гродно два дня", "мостов", True),  # a ctx town at one end of a range
    ("от горки до речки мы бежали наперегонки", "горки", False),  # the other end is no listed place
])
def test_range_to_a_listed_place(text: str, surface: str, place: bool) -> None:
    assert (surface in labelled(text, "ru", "LOCATION")) is place


@pytest.mark.parametrize(("text", "surface", "place"), [
    ("honestly we moved to bath in the spring and stayed", "bath", True),
    ("my sister has been living in derby since the trial", "derby", True),
    ("i live in hope that they let him go", "hope", False),  # no listed town
    ("we moved to europe after the search", "europe", False),  # a continent stays
    ("he bought a bath for the new flat", "bath", False),  # no residence verb before
])
def test_lowercase_town_after_a_residence_verb(text: str, surface: str, place: bool) -> None:
    assert (surface in labelled(text, "en", "LOCATION")) is place


@pytest.mark.parametrize(("text", "surface"), [
    ("they kept us at the station on independence avenue all night", "independence avenue"),
    ("we gathered on freedom square after the count", "freedom square"),
    ("the shop is on friendship street next to the school", "friendship street"),
])
def test_english_common_street_names(text: str, surface: str) -> None:
    assert surface in labelled(text, "en", "LOCATION")


def test_english_common_words_before_a_street_noun() -> None:
    assert not labelled("we walked down the main street to the shop", "en", "LOCATION")
