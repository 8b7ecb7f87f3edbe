"""Organisations and places of round 23b: text -> expected spans (every sentence invented).

Kinds: a church or parish named by two coordinated saints (``касцёл святых Кірылы і Мяфодзія``, ``St Cyril and
Methodius church``); clinics, banks, offices and media of the exile's host countries from the gazetteer
(``Сантарос``, ``TBC Bank``, ``Рацыя``); an English name before a type word after a preposition (``at niemen
daily``, ``in the irish times``); a paper named after its type word (``у газеце лідская газета``, ``ў нашым
краі, гэта была такая раённая газета``); a border crossing that is a common word after ``праз``/``через``
(``праз кузніцу``). Each with decoys of the same shape.
"""

from __future__ import annotations

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect
from tests.pseudonymise.masking import touched as _touched
from tests.pseudonymise.masking import within as _covered

SAINT_PAIRS = [
    ("be", "Па нядзелях мы ходзім у касцёл святых Кірылы і Мяфодзія ў цэнтры.", "касцёл святых Кірылы і Мяфодзія"),
    ("be", "Яго хрысцілі ў царкве Барыса і Глеба, яшчэ ў дзяцінстве.", "царкве Барыса і Глеба"),
    ("be", "Мы спявалі ў парафіі святога Юрыя і святога Міколы.", "парафіі святога Юрыя і святога Міколы"),
    ("ru", "Венчались мы в костёле Петра и Павла, это было летом.", "костёле Петра и Павла"),
    ("ru", "Собирались в храме святых Бориса и Глеба по субботам.", "храме святых Бориса и Глеба"),
    ("ru", "Она пела в хоре при церкви святых Константина и Елены.", "церкви святых Константина и Елены"),
    ("en", "On Sundays I help at the St Cyril and Methodius Church near the station.", "St Cyril and Methodius Church"),
    ("en", "We met at the church of Saints Peter and Paul after mass.", "church of Saints Peter and Paul"),
    ("en", "The priest at Sts Boris and Gleb's cathedral gave us blankets.", "Sts Boris and Gleb's cathedral"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), SAINT_PAIRS)
@pytest.mark.parametrize("lower", [False, True])
def test_two_saints_name_one_church(lang: str, text: str, surface: str, lower: bool) -> None:
    text = asr_like(text) if lower else text
    assert _covered(text, lang, surface.lower() if lower else surface)


SAINT_PAIR_DECOYS = [
    ("ru", "В храме святой Троицы и людей было много, и свечей.", "и людей"),
    ("ru", "в храме святого николая и молились и плакали", "и молились"),
    ("be", "у касцёле святога роха і ў школе было пуста", "і ў школе"),
    ("ru", "в церкви Москвы и Минска одинаковые свечи", "и Минска"),
    ("ru", "в костёле было холодно и сыро", "холодно и сыро"),
    ("ru", "в церковь маша и петя пошли вместе", "маша и петя"),
    ("be", "у царкве мама і тата стаялі побач", "мама і тата"),
    ("en", "st john and his wife went to church", "and his"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), SAINT_PAIR_DECOYS)
def test_one_saint_and_a_clause_stay_apart(lang: str, text: str, surface: str) -> None:
    spans = [s for s in detect(text, lang) if s.label == "ORGANISATION"]
    start = text.index(surface)
    assert not any(s.start <= start < s.end for s in spans)


HOST_ORGANISATIONS = [
    ("ru", "Мне сделали операцию в Сантаросе, врачи были добрые.", "Сантаросе"),
    ("be", "Пасля допыту я два тыдні ляжала ў Сантарас.", "Сантарас"),
    ("en", "My sister got treatment at Santaros Klinikos last spring.", "Santaros Klinikos"),
    ("ru", "Зарплату мне платят на карту ТБС банка в Тбилиси.", "ТБС банка"),
    ("en", "I opened an account with TBC Bank when we moved.", "TBC Bank"),
    ("ru", "Сейчас я работаю в Рацыі, в Белостоке.", "Рацыі"),
    ("be", "Грошы прыйшлі на Revolut, бо беларускую картку заблакавалі.", "Revolut"),
    ("ru", "Документы на ВНЖ я подавала через Мигрис.", "Мигрис"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), HOST_ORGANISATIONS)
@pytest.mark.parametrize("lower", [False, True])
def test_host_country_organisations(lang: str, text: str, surface: str, lower: bool) -> None:
    text = asr_like(text) if lower else text
    assert _covered(text, lang, surface.lower() if lower else surface, None)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("be", "Ты маеш рацыю, што не паехаў тады.", "рацыю"),
        ("ru", "Охранник взял рацию и вышел.", "рацию"),
        ("en", "The meeting date is still to be confirmed.", "confirmed"),
    ],
)
def test_common_words_of_host_names_stay_open(lang: str, text: str, surface: str) -> None:
    assert not _touched(text, lang, surface)
    assert not _touched(asr_like(text), lang, surface.lower())


TYPED_ENGLISH = [
    ("I was a reporter at Niemen Daily for six years.", "Niemen Daily"),
    ("She first read about the trials in the Irish Times.", "Irish Times"),
    ("He writes for the Minsk Herald now.", "Minsk Herald"),
    ("My brother got a job at Kalina Labs in Warsaw.", "Kalina Labs"),
    ("We did the website with Parus Soft back then.", "Parus Soft"),
]


@pytest.mark.parametrize(("text", "surface"), TYPED_ENGLISH)
@pytest.mark.parametrize("lower", [False, True])
def test_english_type_words_name_a_paper_or_firm(text: str, surface: str, lower: bool) -> None:
    text = asr_like(text) if lower else text
    assert _covered(text, "en", surface.lower() if lower else surface, None)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("i saw it in a facebook post yesterday", "facebook post"),
        ("in the old times we had nothing", "old times"),
        ("i like the daily news on the radio", "daily news"),
        ("we sent the parcel by polish post", "polish post"),
    ],
)
def test_english_type_words_in_ordinary_phrases_stay_open(text: str, surface: str) -> None:
    assert not _touched(text, "en", surface)


PRESS_NAMES = [
    ("be", "А ў нас у газеце лідская газета надрукавалі яго фота.", "лідская газета"),
    ("be", "Я дзесяць гадоў працавала ў газеце наш край.", "наш край"),
    ("ru", "Я писала в газете гомельская правда, пока её не закрыли.", "гомельская правда"),
    ("ru", "Мама работала в нашем крае, это была такая районная газета.", "нашем крае"),
    ("be", "Ён пісаў у нашым краі, гэта была такая раённая газета.", "нашым краі"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), PRESS_NAMES)
def test_paper_named_after_its_type_word(lang: str, text: str, surface: str) -> None:
    text = asr_like(text)
    assert _covered(text, lang, surface)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "в газете наш край хвалили за урожай", "наш край"),
        ("ru", "в газете нашей области писали про суд", "нашей области"),
        ("be", "я люблю наш край гэта такі прыгожы край", "наш край"),
        ("ru", "он живёт в нашем городе это был такой хороший город", "нашем городе"),
    ],
)
def test_ordinary_phrases_beside_press_words_stay_open(lang: str, text: str, surface: str) -> None:
    assert not _touched(text, lang, surface)


BORDER_CROSSINGS = [
    ("be", "Мы выехалі праз Кузніцу, пакуль яна была адкрытая.", "Кузніцу"),
    ("ru", "Через Кузницу нас не пустили, пришлось ехать в Брест.", "Кузницу"),
    ("be", "Потым праз Тэрэспаль і далей у Варшаву.", "Тэрэспаль"),
    ("ru", "Выезжали мы через Славатичи, там очередь меньше.", "Славатичи"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), BORDER_CROSSINGS)
@pytest.mark.parametrize("lower", [False, True])
def test_border_crossings_named_bare(lang: str, text: str, surface: str, lower: bool) -> None:
    text = asr_like(text) if lower else text
    assert _covered(text, lang, surface.lower() if lower else surface, None)


def test_smithy_stays_open() -> None:
    assert not _touched("дзед усё жыццё працаваў у кузні", "be", "кузні")
    assert not _touched("у кузнеца была своя кузница за домом", "ru", "кузница")
