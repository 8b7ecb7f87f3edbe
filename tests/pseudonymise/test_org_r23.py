"""Organisations of round 23: text -> expected spans (every sentence invented), each as written and as speech
recognition writes it (lower case, punctuation blanked).

Kinds: an English school or hospital named by its number with the stage of schooling before it (``primary school
number 12``, ``middle school #9``), as Russian and Belarusian already read it (``начальной школе номер
двенадцать``); a university by its clipped, spoken name (``у палітэху``, ``закончила нархоз``, ``поступила в
мед``), with the clippings that are common words (``кулёк``, ``мёд``) left open outside talk of study. Each with
decoys of the same words that stay open.
"""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check, touched, variant

NUMBERED = [
    ("en", "I am a teacher at primary school number 12 in the east of town.", "primary school number 12"),
    ("en", "Her son went to elementary school No 5, then to the lyceum.", "elementary school No 5"),
    ("en", "They moved him to middle school #9 after the protests.", "middle school #9"),
    ("en", "She teaches at high school number seven, maths.", "high school number seven"),
    ("en", "He was a cook at boarding school number 2 for years.", "boarding school number 2"),
    ("en", "Our daughter goes to kindergarten number 45 now.", "kindergarten number 45"),
    ("en", "The ambulance took her to hospital number six.", "hospital number six"),
    ("ru", "Я учительница в начальной школе номер двенадцать уже десять лет.", "начальной школе номер двенадцать"),
    ("be", "Я працую ў пачатковай школе нумар дванаццаць з мужам.", "пачатковай школе нумар дванаццаць"),
    ("ru", "Сын ходит в детский сад номер 45 возле дома.", "детский сад номер 45"),
    ("be", "Дачка ходзіць у ліцэй нумар два, яна ў дзясятым класе.", "ліцэй нумар два"),
]
NUMBER_DECOYS = [
    ("en", "It was a primary school, nothing special, and the number of kids was small.", "primary school"),
    ("en", "The high school kids were loud, and in middle school too.", "high school"),
    ("en", "She went to high school and then to a vocational school.", "vocational school"),
]

CLIPPED = [
    ("be", "Я вучылася ў Мінску, ну ў палітэху, на другім курсе.", "палітэху"),
    ("ru", "Мы вместе учились в политехе, потом он ушёл в армию.", "политехе"),
    ("ru", "Она закончила нархоз и пошла работать в банк.", "нархоз"),
    ("ru", "Он студент радиотеха, четвёртый курс, программист.", "радиотеха"),
    ("be", "Я скончыла інфіз і працавала трэнеркай у басейне.", "інфіз"),
    ("ru", "Сестра из иняза, преподаёт английский детям.", "иняза"),
    ("ru", "Я поступила в мед в семнадцать, училась шесть лет.", "мед"),
    ("be", "Яна вучылася ў медзе, на трэцім курсе яе адлічылі.", "медзе"),
    ("ru", "Брат учился в кульке на режиссёра, его отчислили.", "кульке"),
]
CLIPPED_DECOYS = [
    ("ru", "Купила мёд на рынке и положила в кулёк.", "кулёк"),
    ("ru", "Мы учились вместе, а потом он ел мёд с чаем.", "мёд"),
    ("ru", "Я учусь добавлять мёд в чай по утрам.", "мёд"),
    ("ru", "Купил консервы, потому что учиться надо экономить.", "консервы"),
    ("be", "Бабуля дала нам мёд у слоіку, і мы паехалі.", "мёд"),
]

IN_PLACE = [
    ("be", "Я вучуся ва універсітэце ў Беластоку і працую ў краме.", "універсітэце ў Беластоку"),
    ("ru", "Её положили в больницу в Пинске, потом перевели.", "больницу в Пинске"),
    ("ru", "Он работал в суде в Лиде до двадцатого года.", "суде в Лиде"),
    ("en", "She studied at the university in Vilnius for two years.", "university in Vilnius"),
    ("en", "He works as a nurse at the hospital in Grodno now.", "hospital in Grodno"),
    ("be", "Сястра працавала ў бальніцы ў Пінску, медсястрой.", "бальніцы ў Пінску"),
]
IN_PLACE_DECOYS = [
    ("ru", "В школе в первом классе нам об этом не говорили.", "школе"),
    ("ru", "В больнице в ночную смену было тихо и страшно.", "больнице"),
    ("en", "At school in English lessons we read about it.", "school"),
    ("ru", "Мы сидели в саду в Ждановичах у бабушки.", "саду"),
    ("be", "Пасля суда ў Лідзе мы пайшлі дадому.", "суда"),
]
NAMED_BEFORE = [
    ("be", "У яго кавярня на Ліпавай, кава і мятлік называецца, ён там кухар.", "кава і мятлік"),
    ("ru", "Кофейня у неё своя, синяя птица называется, маленькая.", "синяя птица"),
    ("be", "Наша ініцыятыва, белы дах называецца, дапамагае тым, хто прыехаў.", "белы дах"),
    ("en", "We have a small group of medics here, white coats we call it, and we help people.", "white coats"),
    ("en", "There's a chat for parents, the night owls we call it, about thirty people.", "night owls"),
]
NAMED_DECOYS = [
    ("ru", "Как эта болезнь называется, я не помню.", "болезнь"),
    ("ru", "Ну так это называется у нас в группе.", "группе"),
    ("be", "Гэта называецца салідарнасць, і ўсё.", "салідарнасць"),
    ("en", "Our group is small, but family we call it, honestly.", "family"),
    ("en", "We call it a day and go home after the meeting of the club.", "day"),
]


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize(("lang", "text", "surface"), NUMBERED + CLIPPED + IN_PLACE + NAMED_BEFORE)
def test_found(lang: str, text: str, surface: str, lower: bool) -> None:
    text, surface = variant(text, surface, lower)
    check(lang, text, [surface], [])
    assert touched(text, lang, surface, "ORGANISATION")


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize(("lang", "text", "surface"), NUMBER_DECOYS + CLIPPED_DECOYS + IN_PLACE_DECOYS + NAMED_DECOYS)
def test_decoys_stay_open(lang: str, text: str, surface: str, lower: bool) -> None:
    text, surface = variant(text, surface, lower)
    assert not touched(text, lang, surface), surface
