"""Surname slots in lower-case Russian and Belarusian speech (``detectors/surname_slots.py``).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import surname_slots
from tests.pseudonymise.masking import check

ROWS = [
    # After a given name, agreeing in case and gender by the surname's ending (pymorphy3 reads an adjective).
    ("ru", "мы передали посылку зинаиде липовой через знакомых", ["липовой"], ["посылку", "через"]),
    ("ru", "вчера видела арсения липова у суда", ["липова"], ["вчера", "суда"]),
    ("be", "з арсенем ліпавым мы сядзелі ў адной камеры", ["ліпавым"], ["сядзелі"]),
    # Before a given name and patronymic, in official order.
    ("ru", "липова зинаида павловна выступала свидетелем", ["липова"], ["выступала"]),
    ("be", "ліпава зінаіда паўлаўна была сведкай", ["ліпава"], ["была"]),
    # After a title or rank in any case: a surname shape, or a plain animate noun.
    ("ru", "на суде был капитан гороховский и ещё двое", ["гороховский"], ["двое"]),
    ("ru", "письмо мы отдали судье сосновской лично", ["сосновской"], ["лично"]),
    ("ru", "следователь пахарь вызывал её дважды", ["пахарь"], ["дважды"]),
    ("be", "на пасяджэнні пані лапушава нават не глядзела", ["лапушава"], ["нават"]),
    ("be", "потым пан верабей перадаў ліст", ["верабей"], ["перадаў"]),
    # After a naming noun (``по фамилии``).
    ("ru", "пришёл мужчина по фамилии пахарь и сел", ["пахарь"], ["сел"]),
    # A proposed surname masks its other forms: a family plural after the title slot.
    ("be", "мяне запрасіў прафесар гадлеўскі а летам я жыў у гадлеўскіх", ["гадлеўскі", "гадлеўскіх"], ["летам"]),
    # Decoys: a verb, an adverb, a particle, a role or kinship noun beside a name; a title's object.
    ("ru", "анна тоже пришла а ирина утром звонила", [], ["тоже", "утром", "звонила"]),
    ("ru", "вадим адвокат по образованию а таня сестра моя", [], ["адвокат", "сестра"]),
    ("ru", "с олегом вместе работали и олег сказал спасибо", [], ["вместе", "сказал"]),
    # An occupation before a given name is apposition, not the surname slot (plain nouns need a title).
    ("ru", "хирург марина сказала что всё хорошо", [], ["хирург"]),
    ("be", "дырэктар станцыі сказаў а суддзя маладая маўчала", [], ["станцыі", "маладая"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_surname_slot_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


def test_slot_candidates_are_uncertain() -> None:
    spans = [s for s in detect("на суде был капитан гороховский", "ru") if s.text == "гороховский"]
    assert spans and all(s.uncertain and s.reason == "uncertain:surname-slot" for s in spans)


def test_surname_forms_read_case_and_gender_from_the_ending() -> None:
    assert ("datv", "femn") in surname_slots.surname_forms("ореховской")
    assert ("nomn", "masc") in surname_slots.surname_forms("гадлеуски")
    assert ("gent", "masc") in surname_slots.surname_forms("жмуровского")
    assert not surname_slots.surname_forms("машина") or not surname_slots.surname_forms("дом")


def test_cased_text_is_left_to_capitals() -> None:
    assert surname_slots.detect("Капитан Жмуровский.", "ru", [], []) == []


@pytest.mark.parametrize(
    ("text", "language", "surname"),
    [
        ("ну вот тарас ильич мазурок мы его все знаем", "ru", "мазурок"),
        ("мы с анной петровной голуб ездили в суд", "ru", "голуб"),
        ("мой сусед алег пятровіч голуб усё жыццё на заводзе", "be", "голуб"),
    ],
)
def test_third_place_of_a_full_name_is_the_surname(text: str, language: str, surname: str) -> None:
    spans = detect(text, language)
    start = text.index(surname)
    assert any(s.label == "PERSON" and s.start <= start and s.end >= start + len(surname) for s in spans)


@pytest.mark.parametrize(
    ("text", "word"),
    [("анна петровна сказала что придёт", "сказала"), ("голуб виктор степанович приехал вчера", "приехал")],
)
def test_no_surname_after_a_full_name_when_the_place_is_taken(text: str, word: str) -> None:
    start = text.index(word)
    assert not any(s.start <= start < s.end for s in detect(text, "ru"))


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("судзіла яе суддзя ганчаранка у раённым судзе", "ганчаранка"),
        ("маёр жыгалкоў з абласнога ўсё пытаў", "жыгалкоў"),
    ],
)
def test_belarusian_surnames_in_enko_and_ow_after_a_title(text: str, surname: str) -> None:
    start = text.index(surname)
    assert any(s.label == "PERSON" and s.start <= start < s.end for s in detect(text, "be"))


def test_belarusian_past_tense_after_a_title_is_no_surname() -> None:
    text = "ён пайшоў дадому а маёр прыйшоў позна"
    start = text.index("прыйшоў")
    assert not any(s.start <= start < s.end for s in detect(text, "be"))


@pytest.mark.parametrize(
    ("text", "word", "masked"),
    [
        ("на допросе спрашивали про кирилла метлу и его друзей", "метлу", True),
        ("мы с олегом зимой ездили к морю", "зимой", False),
        ("у олега работы нет уже год", "нет", False),
    ],
)
def test_common_noun_surname_in_the_oblique_case_of_the_given_name(text: str, word: str, masked: bool) -> None:
    start = text.index(word)
    assert any(s.start <= start < s.end for s in detect(text, "ru")) is masked
