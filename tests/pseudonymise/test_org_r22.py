"""Organisations of round 22: text -> expected spans (every sentence invented).

Kinds: a workplace a town numbers, named by an ordinal and its kind noun (``в пятом автопарке``, ``at the third
mine``); a parish named for a saint with capitals (``приход Святого Антония``); a group that names itself in
English (``we called ourselves old castle ultras``); one bare word after ``working at`` in lower-case English
(``working at lantern``); a church named by a standing adjective (``у фарны касцёл``, ``the farny cathedral``).
Each with decoys of the same frame that stay open.
"""

from __future__ import annotations

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect
from tests.pseudonymise.masking import touched, variant


def _covered(text: str, lang: str, surface: str, label: str | None = "ORGANISATION") -> bool:
    start = text.index(surface)
    end = start + len(surface)
    spans = [s for s in detect(text, lang) if label in (None, s.label)]
    return any(s.start <= start and end <= s.end for s in spans)


NUMBERED_WORKS = [
    ("ru", "Я водитель, двадцать лет на автобусе в третьем автопарке, это на окраине.", "третьем автопарке"),
    ("ru", "Отец был в стачкоме на четвёртой шахте, его потом уволили.", "четвёртой шахте"),
    ("be", "Ён адпрацаваў пятнаццаць гадоў на трэцяй шахце пад Салігорскам.", "трэцяй шахце"),
    ("be", "Мама была дыспетчарам у пятым аўтапарку, пакуль не звольнілі.", "пятым аўтапарку"),
    ("en", "My uncle was on the strike committee at the fourth mine, so they took him.", "fourth mine"),
    ("en", "She drove for the sixth bus depot for ten years.", "sixth bus depot"),
    ("en", "He was a surgeon at the twenty-second hospital, then he left.", "twenty-second hospital"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), NUMBERED_WORKS)
@pytest.mark.parametrize("lower", [False, True])
def test_numbered_workplaces(lang: str, text: str, surface: str, lower: bool) -> None:
    text, surface = variant(text, surface, lower)
    assert _covered(text, lang, surface)


NUMBERED_DECOYS = [
    ("ru", "Он работал на шахте, потом в автопарке, потом нигде.", "шахте"),
    ("be", "Ён працаваў на шахце, потым у аўтапарку.", "аўтапарку"),
    ("en", "We lived on the third floor, it was the second time I moved.", "third floor"),
    ("en", "In the fifth grade I went to the first school near us.", "first school"),
    ("en", "That old car is mine, not his.", "mine"),
    ("en", "The second hospital visit was worse than the first.", "second hospital"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), NUMBERED_DECOYS)
@pytest.mark.parametrize("lower", [False, True])
def test_numbered_decoys_stay_open(lang: str, text: str, surface: str, lower: bool) -> None:
    text, surface = variant(text, surface, lower)
    assert not touched(text, lang, surface)


def test_cased_parish_takes_its_head() -> None:
    text = "В 2017 году меня перевели в приход Святого Николая в Бресте, там я и служил."
    assert _covered(text, "ru", "приход Святого Николая")


def test_cased_parish_without_saint_stays_a_person() -> None:
    text = "Это был приход Ивана Петрова, так все говорили."
    assert not touched(text, "ru", "приход", "ORGANISATION")


SELF_NAMED_EN = [
    ("At fifteen I joined the fans, we called ourselves Iron Bridge Boys, about forty people.", "Iron Bridge Boys"),
    ("The girls from the choir, we named ourselves Silver Linden, sang in churches.", "Silver Linden"),
]


@pytest.mark.parametrize(("text", "surface"), SELF_NAMED_EN)
def test_english_self_named_group_lower_case(text: str, surface: str) -> None:
    assert _covered(asr_like(text), "en", surface.lower())


def test_english_self_description_stays_open() -> None:
    assert not touched(asr_like("We called ourselves a family, and we were one."), "en", "family")


WORKING_AT = [
    ("So I'm a designer, I was working at Beacon, it's a small product company.", "Beacon"),
    ("Then I came to study at Goldsmiths, I was twenty then.", "Goldsmiths"),
]


@pytest.mark.parametrize(("text", "surface"), WORKING_AT)
def test_one_bare_word_after_working_at(text: str, surface: str) -> None:
    assert _covered(asr_like(text), "en", surface.lower())


def test_one_bare_word_spreads_to_its_other_mentions() -> None:
    text = asr_like("I was working at Beacon, a product company. Later Beacon moved to Warsaw.")
    second = text.rindex("beacon")
    assert any(s.start <= second and second + 6 <= s.end for s in detect(text, "en"))


WORKING_AT_DECOYS = [
    ("I worked at home then, and studied at university.", "home"),
    ("I worked at home then, and studied at university.", "university"),
    ("She worked at night and studied at weekends.", "night"),
    ("He worked at improving the code, at seven he left.", "improving"),
]


@pytest.mark.parametrize(("text", "surface"), WORKING_AT_DECOYS)
def test_bare_idioms_after_working_at_stay_open(text: str, surface: str) -> None:
    assert not touched(asr_like(text), "en", surface)


STANDING_CHURCHES = [
    ("be", "Так, у Гродне, у Фарны касцёл мы хадзілі кожную нядзелю.", "Фарны касцёл"),
    ("ru", "Мы ходили в фарный костёл, там ксёндз Андрей служил.", "фарный костёл"),
    ("en", "Yes, at the Farny Cathedral in Hrodna, every Sunday.", "Farny Cathedral"),
    ("en", "We met at the Red Church in Minsk after the vigil.", "Red Church"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), STANDING_CHURCHES)
@pytest.mark.parametrize("lower", [False, True])
def test_church_named_by_standing_adjective(lang: str, text: str, surface: str, lower: bool) -> None:
    text, surface = variant(text, surface, lower)
    assert _covered(text, lang, surface, None)


CHURCH_DECOYS = [
    ("be", "Мы хадзілі ў стары касцёл каля рынку.", "стары касцёл"),
    ("en", "We went to the old church and then to the catholic cathedral.", "old church"),
    ("en", "We went to the old church and then to the catholic cathedral.", "catholic cathedral"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), CHURCH_DECOYS)
@pytest.mark.parametrize("lower", [False, True])
def test_descriptive_church_stays_open(lang: str, text: str, surface: str, lower: bool) -> None:
    text, surface = variant(text, surface, lower)
    assert not touched(text, lang, surface)


INITIATIVE_PHRASES = [
    ("be", "А яшчэ Ліда, яна з ініцыятывы Ліст з волі, яны шлюць кнігі ў калоніі.", "Ліст з волі"),
    ("ru", "Нам помогали девочки из инициативы Посылка из дома, они собирают вещи.", "Посылка из дома"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), INITIATIVE_PHRASES)
@pytest.mark.parametrize("lower", [False, True])
def test_initiative_phrase_name_whole(lang: str, text: str, surface: str, lower: bool) -> None:
    text, surface = variant(text, surface, lower)
    assert _covered(text, lang, surface)


INITIATIVE_DECOYS = [
    ("be", "Яна з ініцыятывы Разам з сябрамі, яны збіраюць грошы.", "сябрамі"),
    ("be", "Яна з ініцыятывы Разам з самага пачатку была, яшчэ з 2020.", "самага"),
    ("ru", "Она из инициативы Вместе с подругами, они собирают посылки.", "подругами"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), INITIATIVE_DECOYS)
@pytest.mark.parametrize("lower", [False, True])
def test_initiative_tail_decoys_stay_open(lang: str, text: str, surface: str, lower: bool) -> None:
    text, surface = variant(text, surface, lower)
    assert not touched(text, lang, surface)


def test_initiative_hyphenated_compound_lower_case() -> None:
    text = asr_like("І ёсць ініцыятыва Мамы-валанцёркі, яны ездзяць па калоніях.")
    assert _covered(text, "be", "ініцыятыва мамы-валанцёркі")


def test_initiative_particle_hyphen_stays_open() -> None:
    assert not touched(asr_like("Ініцыятыва ўсё-такі была, але малая."), "be", "ўсё-такі")


ANSWERS = [
    ("be", "Інтэрв'юер: Чым займаецца ваша ініцыятыва? Рэспандэнт: Маяк, гэта дваццаць валанцёраў.", "Маяк"),
    ("ru", "Интервьюер: Как называется ваш фонд? Респондент: Причал, это небольшой фонд в Вильнюсе.", "Причал"),
    ("en", "Interviewer: What does your initiative do? Respondent: Harbour, it's about twenty volunteers.", "Harbour"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), ANSWERS)
@pytest.mark.parametrize("lower", [False, True])
def test_answer_names_the_body_asked_about(lang: str, text: str, surface: str, lower: bool) -> None:
    text, surface = variant(text, surface, lower)
    assert _covered(text, lang, surface)


ANSWER_DECOYS = [
    ("be", "Інтэрв'юер: Чым займаецца ваша ініцыятыва? Рэспандэнт: Ну, гэта дваццаць валанцёраў.", "Ну"),
    ("be", "Інтэрв'юер: Чым займаецца ваша ініцыятыва? Рэспандэнт: Дапамагаем, гэта галоўнае.", "Дапамагаем"),
    ("ru", "Интервьюер: Чем занимается ваш фонд? Респондент: Помогаем, это главное.", "Помогаем"),
    ("be", "Інтэрв'юер: Чым вы займаецеся? Рэспандэнт: Пасылкі, гэта галоўнае.", "Пасылкі"),
    ("en", "Interviewer: What does your initiative do? Respondent: Mostly, it's parcels.", "Mostly"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), ANSWER_DECOYS)
@pytest.mark.parametrize("lower", [False, True])
def test_answer_decoys_stay_open(lang: str, text: str, surface: str, lower: bool) -> None:
    text, surface = variant(text, surface, lower)
    assert not touched(text, lang, surface)
