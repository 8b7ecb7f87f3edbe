"""Organisations of round 19c: text -> expected spans (every sentence invented).

Kinds: a compound institution noun joined by a hyphen (``яслях-садзе нумар 12``), an ordinal with its
hundreds before a school (``сто пятой школе``), a run of capitalised Latin words inside Cyrillic text after
any word, not only a preposition (``юристом, ээ, Baltic Amber Freight``), each with decoys of the same shape.
"""

from __future__ import annotations

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect
from tests.pseudonymise.masking import touched as _touched
from tests.pseudonymise.masking import within as _covered

COMPOUND_HEADS = [
    ("ru", "Я работала воспитателем в яслях-саду номер 12 в Пинске.", "яслях-саду номер 12"),
    ("be", "Яна працавала ў яслях-садзе нумар 31 у Лідзе.", "яслях-садзе нумар 31"),
    ("ru", "Он учился в школе-гимназии номер 3 под Витебском.", "школе-гимназии номер 3"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), COMPOUND_HEADS)
@pytest.mark.parametrize("lower", [False, True])
def test_compound_heads_whole(lang: str, text: str, surface: str, lower: bool) -> None:
    text = asr_like(text) if lower else text
    assert _covered(text, lang, surface.lower() if lower else surface)


HUNDRED_ORDINALS = [
    ("be", "Мы з ім у сто другой школе вучыліся.", "сто другой школе"),
    ("ru", "Дочка пошла в сто пятую школу, это рядом.", "сто пятую школу"),
    ("ru", "Он преподавал в двести сорок первой школе.", "двести сорок первой школе"),
    ("be", "Яна вучыцца ў сто дваццаць шостай гімназіі.", "сто дваццаць шостай гімназіі"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), HUNDRED_ORDINALS)
@pytest.mark.parametrize("lower", [False, True])
def test_hundred_ordinal_schools(lang: str, text: str, surface: str, lower: bool) -> None:
    text = asr_like(text) if lower else text
    assert _covered(text, lang, surface.lower() if lower else surface)


def test_other_school_stays_open() -> None:
    assert not _touched("Потом я перешла в другой школе работать.", "ru", "другой школе")


LATIN_RUNS = [
    ("ru", "Она юристом работает, ээ, Georgian Amber Freight что ли.", "Georgian Amber Freight"),
    ("be", "Ён цяпер у Вільні, кіроўца, нейкая фірма, North Road Cargo, так здаецца.", "North Road Cargo"),
    ("ru", "Сестра устроилась, кажется, Silver Birch Studio называется.", "Silver Birch Studio"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), LATIN_RUNS)
def test_capitalised_latin_runs(lang: str, text: str, surface: str) -> None:
    assert _covered(text, lang, surface, None)


LATIN_DECOYS = [
    ("ru", "Мы смотрели, ну, знаешь, какой-то сериал, сидели дома.", "сериал"),
    ("ru", "Он написал мне ok и всё.", "ok"),
    ("ru", "Он работал в IT, потом в HR, потом ушёл.", "HR"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), LATIN_DECOYS)
def test_latin_decoys_stay(lang: str, text: str, surface: str) -> None:
    assert not _touched(text, lang, surface)


LINE_END_AGES = [
    ("our boy goes to the lithuanian school, he's nine\ninterviewer: thank you", "nine"),
    ("she studies music now, she's fourteen\ninterviewer: and your husband?", "fourteen"),
]


@pytest.mark.parametrize(("text", "surface"), LINE_END_AGES)
def test_age_before_a_line_break(text: str, surface: str) -> None:
    assert _covered(text, "en", surface, "AGE_OR_SENTENCE")


def test_count_before_a_noun_stays() -> None:
    assert not _touched("she's nine hours away by bus, he said", "en", "nine")


APPOSED = [
    "from 2017 i worked for a latvian company, sunrise, they make windows.",
    "I drove for a small firm, Blue Peak, they do transport.",
    "we have a small group, paper cranes, we write letters every week",
]
APPOSED_NAMES = ["sunrise", "Blue Peak", "paper cranes"]


@pytest.mark.parametrize(("text", "name"), list(zip(APPOSED, APPOSED_NAMES, strict=True)))
@pytest.mark.parametrize("lower", [False, True])
def test_english_name_in_apposition_to_its_kind(text: str, name: str, lower: bool) -> None:
    text, name = (asr_like(text), name.lower()) if lower else (text, name)
    assert _covered(text, "en", name, None)


APPOSED_DECOYS = [
    ("i worked for a firm, then i quit, they never paid me", "then"),
    ("we had a small group, mostly women, we met on sundays", "mostly women"),
    ("she joined a company, two years ago, they hired her", "two years"),
    ("there was a shop, you know, it sold bread", "you know"),
]


@pytest.mark.parametrize(("text", "surface"), APPOSED_DECOYS)
@pytest.mark.parametrize("lower", [False, True])
def test_english_apposition_decoys_stay(text: str, surface: str, lower: bool) -> None:
    text = asr_like(text) if lower else text
    assert not _touched(text, "en", surface)


CALLED = (
    "there's a small group of us, we called it lighthouse, it started as a vigil. "
    "we made one big paper lighthouse for the march. now lighthouse does letter evenings."
)


@pytest.mark.parametrize("lower", [False, True])
def test_what_we_called_a_group_and_its_bare_mentions(lower: bool) -> None:
    text = asr_like(CALLED) if lower else CALLED
    spans = [text[s.start : s.end] for s in detect(text, "en") if s.label == "ORGANISATION"]
    assert spans.count("lighthouse") == 2
    assert not _touched(text, "en", "paper lighthouse")


def test_called_without_a_group_stays() -> None:
    assert not _touched("the storm was bad, we called it quits, and went home", "en", "quits")


def test_mixed_ordinal_colony_after_a_town() -> None:
    text = "Вы пісалі ў калонію? Так, пісала Ганне, яна ў Гомелі, у семнаццатай. Мы яе звалі цётка Ганна."
    assert _covered(text, "be", "семнаццатай", "DETENTION")


AVENUES = [
    "Нас затрымалі на маршы, на праспекце Будаўнікоў, я стаяў збоку.",
    "Мы жылі на праспекце Касманаўтаў, каля рынку.",
]


@pytest.mark.parametrize("text", AVENUES)
@pytest.mark.parametrize("lower", [False, True])
def test_belarusian_avenue_in_the_locative(text: str, lower: bool) -> None:
    text = asr_like(text) if lower else text
    start = text.lower().index("праспекце")
    surface = " ".join(text[start:].split()[:2]).rstrip(",")
    assert _covered(text, "be", surface, "LOCATION")


COLOUR_CHURCHES = [
    ("be", "А ў нядзелю мы хадзілі ў Чырвоны касцёл, там ксёндз збіраў перадачы.", "Чырвоны касцёл"),
    ("be", "Яна спявала ў хоры пры белай царкве на рагу.", "белай царкве"),
    ("ru", "Нас собирали возле Красного костёла, потом в зале.", "Красного костёла"),
    ("ru", "Отец Павел служит в Белой церкви у вокзала.", "Белой церкви"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), COLOUR_CHURCHES)
@pytest.mark.parametrize("lower", [False, True])
def test_church_named_by_its_colour(lang: str, text: str, surface: str, lower: bool) -> None:
    text = asr_like(text) if lower else text
    assert _covered(text, lang, surface.lower() if lower else surface, None)


CHURCH_DECOYS = [
    ("be", "Мы хадзілі ў стары касцёл, там было халодна.", "стары касцёл"),
    ("ru", "Мы венчались в большом храме на горе.", "большом храме"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), CHURCH_DECOYS)
def test_church_described_otherwise_stays(lang: str, text: str, surface: str) -> None:
    assert not _touched(text, lang, surface)


MEMBERSHIPS = [
    ("ru", "Директор нас не защитит, она в белой руси состоит, сами понимаете.", "белой руси"),
    ("ru", "Её муж член молодой беларуси, давно уже.", "молодой беларуси"),
    ("be", "Старшыня там даўно складаецца ў белай русі, усе ведаюць.", "белай русі"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), MEMBERSHIPS)
@pytest.mark.parametrize("lower", [False, True])
def test_place_named_body_one_is_a_member_of(lang: str, text: str, surface: str, lower: bool) -> None:
    text = asr_like(text) if lower else text
    assert _covered(text, lang, surface)


MEMBERSHIP_DECOYS = [
    ("ru", "Он состоит в правящей партии уже лет десять.", "правящей партии"),
    ("ru", "Они давно состоят в законном браке.", "законном браке"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), MEMBERSHIP_DECOYS)
def test_membership_of_a_kind_stays(lang: str, text: str, surface: str) -> None:
    assert not _touched(text, lang, surface)


FANS = [
    ("be", "Мы хадзілі на стадыён, за дынама заўзелі ўсе разам.", "дынама"),
    ("ru", "Отец всю жизнь болел за торпедо, возил меня на матчи.", "торпедо"),
    ("ru", "Мы болели за спартак, ездили в Москву.", "спартак"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), FANS)
@pytest.mark.parametrize("lower", [False, True])
def test_the_side_a_fan_supports(lang: str, text: str, surface: str, lower: bool) -> None:
    text = asr_like(text) if lower else text
    assert _covered(text, lang, surface)


FAN_DECOYS = [
    ("ru", "Мама болела за брата, когда его забрали.", "брата"),
    ("be", "Мы заўзелі за нашых, крычалі.", "нашых"),
    ("ru", "Все болели за сборную в тот вечер.", "сборную"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), FAN_DECOYS)
def test_fan_decoys_stay(lang: str, text: str, surface: str) -> None:
    assert not _touched(text, lang, surface)


COMPASS = [
    ("I have covered Eastern Europe since 2012, mostly Belarus.", "Eastern Europe"),
    ("She grew up in Western Ukraine, near Lviv.", "Western Ukraine"),
    ("he worked in northern ireland for a year", "northern ireland"),
    ("Her brother moved to South Africa in 2019.", "South Africa"),
]


@pytest.mark.parametrize(("text", "surface"), COMPASS)
def test_compass_adjective_joins_its_place(text: str, surface: str) -> None:
    assert _covered(text, "en", surface, "LOCATION")


def test_compass_word_alone_stays() -> None:
    assert not _touched("we drove north for two hours, then east", "en", "north")


HOUSES = [
    ("ru", "Потом по субботам я учила детей при литовском доме в Вильнюсе.", "литовском доме"),
    ("be", "Мы збіраемся ў беларускім доме ў Варшаве кожную пятніцу.", "беларускім доме"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), HOUSES)
@pytest.mark.parametrize("lower", [False, True])
def test_a_nations_house(lang: str, text: str, surface: str, lower: bool) -> None:
    text = asr_like(text) if lower else text
    assert _covered(text, lang, surface.lower() if lower else surface, None)


def test_a_wooden_house_stays() -> None:
    assert not _touched("Мы жили в деревянном доме у реки.", "ru", "деревянном доме")


CAPITALISED_BODIES = [
    ("ru", "Вид на жительство не продлят, вот думаю про паспорт Новой Беларуси.", "Новой Беларуси"),
    ("ru", "Она вступила в Молодую Беларусь ещё в школе.", "Молодую Беларусь"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), CAPITALISED_BODIES)
def test_capitalised_adjective_before_an_unmasked_country(lang: str, text: str, surface: str) -> None:
    assert _covered(text, lang, surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [("Он вырос в Западной Беларуси, под Брестом.", "Беларуси"), ("Новая Беларусь будет другой.", "Беларусь")],
)
def test_region_and_sentence_start_stay(text: str, surface: str) -> None:
    assert not _touched(text, "ru", surface)


def test_single_digit_day_before_a_zero_month_in_unpunctuated_text() -> None:
    text = asr_like("Яго 3.07 перавялі кудысьці, а куды, ніхто не кажа.")
    assert _covered(text, "be", "3 07", "DATE")


@pytest.mark.parametrize(
    ("text", "surface"), [("мы встретились в 1 06 ночи", "1 06"), ("мой номер 29 1 06 44 55", "1 06")]
)
def test_clock_and_phone_pieces_stay_dates_free(text: str, surface: str) -> None:
    start = text.index(surface)
    assert not any(s.label == "DATE" and s.start < start + 4 and start < s.end for s in detect(text, "ru"))
