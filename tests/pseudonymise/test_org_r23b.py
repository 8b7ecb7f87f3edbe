"""Organisations and places of round 23b: text -> expected spans (every sentence invented).

Kinds: a church or parish named by two coordinated saints (``касцёл святых Кірылы і Мяфодзія``, ``St Cyril and
Methodius church``), each with decoys of the same shape.
"""

from __future__ import annotations

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect


def _covered(text: str, lang: str, surface: str, label: str | None = "ORGANISATION") -> bool:
    start = text.index(surface)
    end = start + len(surface)
    spans = [s for s in detect(text, lang) if label in (None, s.label)]
    return any(s.start <= start and end <= s.end for s in spans)


def _touched(text: str, lang: str, surface: str) -> bool:
    start = text.index(surface)
    end = start + len(surface)
    return any(s.start < end and start < s.end for s in detect(text, lang))


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
