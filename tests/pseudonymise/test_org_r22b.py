"""Organisations, facilities and places of round 22b: text -> expected spans (every sentence invented).

Kinds: a workplace named by its kind and town (``в локомотивном депо Орша``); a members' body named by a nation
(``з саюзам палякаў``) and a national branch of a found body (``the Lithuanian Red Cross``); a body that the
answer calls ours (``ну, мост, гэта наша ініцыятыва``) with its mention in the question; a plant or college by
its clipped name (``пайшоў на трактарны``, ``у політэху``); a name an address spells (``svitanak.chor@...`` ->
``світанак``); the Belarusian ordinal ``трэцці`` spelt with a doubled ``ц`` (``у трэццюю калонію``); Minsk
districts named like a hill (``на Золотой Горке``). Each with decoys of the same frame that stay open.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from tests.pseudonymise.masking import touched, variant


def _covered(text: str, lang: str, surface: str, label: str | None = None) -> bool:
    start = text.index(surface)
    end = start + len(surface)
    spans = [s for s in detect(text, lang) if label in (None, s.label)]
    return all(any(s.start <= k < s.end for s in spans) for k in range(start, end) if not text[k].isspace())


FOUND = [
    # workplace kind + town
    ("ru", "Я помощником машиниста был в локомотивном депо Орша четырнадцать лет.", "локомотивном депо Орша"),
    ("ru", "Отец работал на молочном комбинате Гомель, пока его не уволили.", "молочном комбинате Гомель"),
    ("be", "Ён слесарам быў на аўтарамонтным заводзе Ліда, потым звольніўся.", "заводзе Ліда"),
    ("en", "He was a driver at the Orsha locomotive depot until 2020.", "Orsha locomotive depot"),
    # members' body named by a nation
    ("be", "А потым у 2021 пачалося гэтае з саюзам палякаў, кіраўніцтва пасадзілі.", "саюзам палякаў"),
    ("ru", "Нам помогало общество белорусов в Литве, собирали посылки.", "общество белорусов"),
    ("en", "My aunt was active in the union of poles in our town.", "union of poles"),
    # national branch of a found body
    ("en", "And the Lithuanian Red Cross helped with blankets the first winter.", "Lithuanian Red Cross"),
    ("ru", "Потом литовский Красный Крест дал нам одеяла.", "литовский Красный Крест"),
    ("be", "Потым польскі Чырвоны Крыж даў нам коўдры.", "польскі Чырвоны Крыж"),
    # a body the answer calls ours, and its mention in the question
    ("be", "Інтэрв'юер: Што такое «Мост»? Рэспандэнт: Ну, «Мост», гэта наша ініцыятыва, мы яе заснавалі.", "Мост"),
    ("ru", "Интервьюер: Что такое Ветер? Респондент: Ну, Ветер, это наш хор, мы поём вместе.", "Ветер"),
    ("en", "Interviewer: What is Lantern? Respondent: Well, Lantern, it's our project, we started it.", "Lantern"),
    # clipped names of a plant or college
    ("be", "Мы разам вучыліся ў політэху, потым ён пайшоў на трактарны, а я на будоўлю.", "трактарны"),
    ("be", "Мы разам вучыліся ў політэху, потым ён пайшоў на трактарны, а я на будоўлю.", "політэху"),
    ("ru", "Меня сразу уволили с шинного, по статье, за прогулы.", "шинного"),
    ("ru", "Он на моторном двадцать лет отработал.", "моторном"),
    # a name an address spells
    ("be", "Я ў «Світанак» прыйшла студэнткай. Пошта хору: svitanak.chor@gmail.com.", "Світанак"),
    ("ru", "Я пришла в «Рассвет» давно. Пишите нам: rassvet.chor@gmail.com.", "Рассвет"),
    ("be", "Мы зноў збіраем «Белы човен» у Варшаве. Інстаграм: @bely_choven_band.", "Белы човен"),
    # doubled ``ц`` in ``трэцці``
    ("be", "Яго перавялі ў трэццюю калонію пад Віцебскам.", "трэццюю калонію"),
    ("be", "Ён сядзіць у трэццяй калоніі ўжо два гады.", "трэццяй калоніі"),
    # Minsk districts named like a hill
    ("ru", "Он ходил в костёл святого Роха на Золотой Горке каждое воскресенье.", "Золотой Горке"),
    ("be", "Мы жылі на Залатой Горцы, каля касцёла.", "Залатой Горцы"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), FOUND)
@pytest.mark.parametrize("lower", [False, True])
def test_found(lang: str, text: str, surface: str, lower: bool) -> None:
    text, surface = variant(text, surface, lower)
    assert _covered(text, lang, surface)


DECOYS = [
    ("ru", "Я работал на заводе, потом уехал в Оршу.", "заводе"),
    ("ru", "Депо у нас старое, крыша течёт.", "Депо"),
    ("ru", "Мы дружили с поляками, это был такой союз с соседями.", "союз с соседями"),
    ("ru", "Это общество людей, которые любят читать.", "общество людей"),
    ("en", "It was a union of workers from three towns.", "union of workers"),
    ("en", "A Lithuanian friend of ours helped with the Polish paperwork.", "Lithuanian friend"),
    ("ru", "Интервьюер: Что такое этап? Респондент: Ну, этап, это когда везут в колонию.", "этап"),
    ("be", "Інтэрв'юер: Што такое мост? Рэспандэнт: Мост, гэта збудаванне праз раку.", "збудаванне"),
    ("en", "Interviewer: What is a parcel? Respondent: Well, a parcel, it's a box we send.", "parcel"),
    ("ru", "Он поехал на тракторный завод за запчастями.", "тракторный"),
    ("ru", "Мы ехали на тракторной тележке через поле.", "тракторной"),
    ("be", "Ён купіў трактарны прычэп у суседа.", "трактарны"),
    ("be", "Пошта хору: svitanak.chor@gmail.com. А на досвітку мы спявалі.", "досвітку"),
    ("be", "Інстаграм: @bely_choven_band. А белы дом на рагу стаіць пусты.", "белы дом"),
    ("ru", "Пишите на pavel.choven@gmail.com, а белый чёлн стоит у реки.", "белый чёлн"),
    ("be", "Гэта была трэццяя спроба, і ўсё роўна не ўдалося.", "трэццяя"),
    ("ru", "Дети катались на ледяной горке во дворе.", "ледяной горке"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), DECOYS)
@pytest.mark.parametrize("lower", [False, True])
def test_decoys_stay_open(lang: str, text: str, surface: str, lower: bool) -> None:
    text, surface = variant(text, surface, lower)
    assert not touched(text, lang, surface)
