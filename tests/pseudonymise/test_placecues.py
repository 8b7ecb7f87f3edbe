"""Places named by a cue noun (``placecues.py``) and the world gazetteer (``world.tsv``): invented sentences."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import placecues
from intake.pseudonymise.detectors.tokens import tokenize


def places(text: str, language: str) -> list[str]:
    return [s.text for s in detect(text, language) if s.label == "LOCATION"]


def cued(text: str, language: str) -> list[str]:
    return [s.text for s in placecues.detect(text, [], tokenize(text), language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a name word after the street noun, capitalised or not, in either Cyrillic language
        ("Нас забрали на улице Тимирязева возле магазина.", "ru", ["улице Тимирязева"]),
        ("нас забрали на улице тимирязева возле магазина", "ru", ["улице тимирязева"]),
        ("яго затрымалі на вуліцы кухарэнкі каля крамы", "be", ["вуліцы кухарэнкі"]),
        ("мы пайшлі на праспект Гвардзейцаў а потым дадому", "be", ["праспект Гвардзейцаў"]),
        # a proper adjective before it, Cyrillic and Latin
        ("потом стояли на каширском шоссе до вечера", "ru", ["каширском шоссе"]),
        ("we rented a room on nowolipki street for a year", "en", ["nowolipki street"]),
        ("They searched the flat on Kuprevicha Street at dawn.", "en", ["Kuprevicha Street"]),
    ],
)
def test_streets(text: str, language: str, expected: list[str]) -> None:
    assert places(text, language) == expected


def test_street_noun_alone_is_not_a_place() -> None:
    assert places("на улице было холодно, а the street was empty", "ru") == []
    assert places("we walked down the street near the office", "en") == []


def test_elided_street_needs_no_agreeing_noun_and_a_street_word_near() -> None:
    assert cued("его задержали на марше на ленинградской и дали сутки", "ru") == ["ленинградской"]
    # a noun agrees with the adjective: not an elided street
    assert cued("его задержали на марше на ленинградской трассе", "ru") == []
    # no street, protest or home word nearby: a common street adjective stays (a place's adjective in -ск- is an
    # elided street even so since round 23: ``elided_streets.bare_place``, ``test_bare_elided_streets.py``)
    assert cued("книга лежала на садовой и всё", "ru") == []
    assert cued("книга лежала на ленинградской и всё", "ru") == ["ленинградской"]
    # a common adjective in -ск- is no place
    assert cued("его задержали на марше на детской и отпустили", "ru") == []


def test_colloquial_form_of_a_street_found_in_the_text() -> None:
    text = "сначала были на каширском шоссе, а потом снова на каширке"
    assert places(text, "ru") == ["каширском шоссе", "каширке"]
    assert cued("потом снова на каширке", "ru") == []  # without the street in the text


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("живу в деревне дубашы это витебский район", "ru", ["деревне дубашы", "витебский район"]),
        ("я з вёскі Падгайна, а жонка з горада", "be", ["вёскі Падгайна"]),
        ("каля хаты цячэ рэчка Вэрхня", "be", ["рэчка Вэрхня"]),
        ("my grandmother lived in the village of Zhabinki", "en", ["Zhabinki"]),
    ],
)
def test_settlements_and_rivers_after_a_cue_noun(text: str, language: str, expected: list[str]) -> None:
    assert places(text, language) == expected


def test_a_village_found_by_its_cue_masks_its_other_forms() -> None:
    text = "я з вёскі падгайна. летам мы ўсе збіраліся ў падгайне."
    assert places(text, "be") == ["вёскі падгайна", "падгайне"]


def test_common_words_after_a_cue_noun_stay() -> None:
    assert places("в деревне бабушка жила одна", "ru") == []
    assert cued("живу в деревне пузыри пускают", "ru") == []  # a common noun, in lower case
    assert places("у вёсцы людзі добрыя і ў вёсцы жылі", "be") == []


def test_place_near_a_known_place() -> None:
    # a name of no toponym suffix class (toponyms.py) needs the detected place: Мінскам
    assert "кракотак" not in cued("мы самі з кракотак пад мінскам", "be")
    assert places("мы самі з кракотак пад мінскам", "be") == ["кракотак", "мінскам"]


def test_unknown_plural_locative_in_russian() -> None:
    assert cued("муж похоронен на кладбище в хвошнях рядом с матерью", "ru") == ["хвошнях"]
    assert cued("она держала в руках лепешку, в лепешках был мак", "ru") == []
    assert cued("перадачы ў перадачах", "be") == []  # Belarusian: pymorphy3 cannot judge


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("i write from leeds when i can, we met in geneva", "en", ["leeds", "geneva"]),
        ("her sister lives in Šalčininkai now", "en", ["Šalčininkai"]),
        ("мы з мужам жывём на мокатаве", "be", ["мокатаве"]),
        ("сястра пераехала ў шальчынінкай", "be", ["шальчынінкай"]),
        ("наш дом стаяў на дзвіне", "be", ["дзвіне"]),
    ],
)
def test_world_places(text: str, language: str, expected: list[str]) -> None:
    assert places(text, language) == expected


def test_the_hague_does_not_make_the_a_place() -> None:
    assert places("the court said no", "en") == []


def test_town_and_district_cues_need_a_capital() -> None:
    assert cued("Сын жил в районе Мядзелки, потом в городе Дубравец.", "ru") == ["Мядзелки", "Дубравец"]
    assert cued("Grandfather lived in the city of Zhlobinsk.", "en") == ["Zhlobinsk"]
    # lower case: a town cue is too common (``в районе пяти``, a sentence break lost in speech)
    assert cued("я прыехала ў горад пошта не працавала", "be") == []
    assert cued("сын жил в районе мядзелки", "ru") == []


def test_cities_named_like_people_stay_persons() -> None:
    spans = detect("I met Roma and Sofia at the station, and Florence came later.", "en")
    assert [s.text for s in spans if s.label == "LOCATION"] == []
