"""Long descriptions, churches, acronyms named after someone, sub-units with their area and English
missions "in" a town (``institutions.py``, ``orgnames_en.py``). Every row is invented."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import institutions
from intake.pseudonymise.detectors.pattern_tokens import split


def _found(text: str, lang: str) -> list[str]:
    return [s.text for s in institutions.detect_institutions(text, split(text), lang)]


FOUND = [
    ("be", "яна працавала ў Лідскай раённай ветэрынарнай станцыі шмат гадоў", "Лідскай раённай ветэрынарнай станцыі"),
    (
        "be",
        "філіял навагрудскай цэнтралізаванай бібліятэчнай сістэмы зачынілі",
        "навагрудскай цэнтралізаванай бібліятэчнай сістэмы",
    ),
    ("be", "ён вучыўся ў Полацкім аграрна-тэхнічным каледжы два гады", "Полацкім аграрна-тэхнічным каледжы"),
    ("be", "нам дапамагала Украінская грэка-каталіцкая царква праз парафію", "Украінская грэка-каталіцкая царква"),
    ("be", "мы маліліся ў касцёле Святога Міхала кожную нядзелю", "касцёле Святога Міхала"),
    ("ru", "я закончила БГУ имени Ленина в девяностом году", "БГУ имени Ленина"),
    ("ru", "пришла женщина из отдела образования Заводского района и сказала", "отдела образования Заводского района"),
    ("ru", "пришла женщина из отдела образования заводского района и сказала", "отдела образования заводского района"),
    ("en", "she worked for the Swedish Embassy in Vilnius for years", "Swedish Embassy in Vilnius"),
    ("en", "then the German consulate in Brest refused her a visa", "German consulate in Brest"),
    # lower-case speech: a nationality before the mission and a gazetteer place after ``in``
    ("en", "i was a driver for the swedish embassy in vilnius for years", "swedish embassy in vilnius"),
    ("en", "the latvian consulate in brest refused her a visa", "latvian consulate in brest"),
]


@pytest.mark.parametrize(("lang", "text", "name"), FOUND)
def test_descriptions_found(lang: str, text: str, name: str) -> None:
    assert name in _found(text, lang)


NOT_FOUND = [
    ("ru", "мы ждали на железнодорожной станции и потом у станции метро"),
    ("be", "гэта такая сістэма, у царкве і ў храме"),
    ("ru", "из отдела пришла бумага про район"),
    ("en", "the embassy in the end said nothing"),
    ("en", "i went to the polish consulate yesterday and waited"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_FOUND)
def test_generic_heads_alone_not_found(lang: str, text: str) -> None:
    assert _found(text, lang) == []


def test_latin_run_takes_in_before_a_place() -> None:
    text = "We wrote to the European Committee for the Prevention of Torture in Geneva last year."
    orgs = [s.text for s in detect(text, "en") if s.label == "ORGANISATION"]
    assert "European Committee for the Prevention of Torture in Geneva" in orgs


def test_lower_case_acronym_named_after_someone() -> None:
    assert _found("я вучылася ў бдпу імя танка два гады", "be") == ["бдпу імя танка"]
    assert _found("мы гуляли в парке имени горького", "ru") == []


def test_cue_completed_by_a_genitive_takes_the_cue() -> None:
    text = "он переводил деньги в фонд киберпомощи каждый месяц"
    orgs = [s.text for s in detect(text, "ru") if s.label == "ORGANISATION"]
    assert "фонд киберпомощи" in orgs
    cased = [(s.text, s.uncertain) for s in detect("Потом мы работали в фонде Бысол два года.", "ru")]
    assert cased == [("фонде Бысол", False)]  # the head joins a name found on evidence, which stays evidence


def test_belarusian_name_word_is_no_acronym() -> None:
    assert _found("добры дзень маё імя алена я з ліды", "be") == []
