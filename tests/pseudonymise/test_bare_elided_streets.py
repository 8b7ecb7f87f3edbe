"""Elided streets with no street word near (``elided_streets.bare_place``).

``мама засталася ў мазыры на рэчыцкай``, ``встретимся на бабушкинской``: after ``на`` a feminine adjective in
-ск-/-цк- derived from a place or a person, with nothing after it that it agrees with, is a street or a metro
station. Invented rows in Russian and Belarusian (English has no such ellipsis), cased and in lower case; decoys
keep their noun, are ordinals or ordinary adjectives, name a language or a war, or follow a word of speaking.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def asr_like(text: str) -> str:
    """Lower case, punctuation blanked (as ``bench/detection_scoring.asr_like``)."""
    return "".join(" " if c in '.,!?;:«»"()—–' else c.lower() for c in text)


HITS = [
    ("be", "Бабуля засталася ў Мазыры на рэчыцкай, да яе ніхто не прыходзіў.", "рэчыцкай"),
    ("be", "Сустрэнемся на гродзенскай каля крамы, калі хочаш.", "гродзенскай"),
    ("be", "Цяпер яна на віцебскай, бацькі ёй дапамагаюць.", "віцебскай"),
    ("ru", "Встретимся на бабушкинской у выхода из метро.", "бабушкинской"),
    ("ru", "Тётя осталась в Бобруйске на могилёвской, ей уже за семьдесят.", "могилёвской"),
    ("ru", "Я вышла на дзержинской и пошла пешком.", "дзержинской"),
]

NON_HITS = [
    ("ru", "Мы стояли на могилёвской трассе почти час.", "могилёвской"),  # the noun follows
    ("be", "На гродзенскай мяжы нас спынілі.", "гродзенскай"),  # the noun follows
    ("ru", "Пробка была на московской кольцевой дороге.", "московской"),  # an adjective, then the noun
    ("ru", "На первой встрече он молчал, на следующей тоже.", "следующей"),  # ordinary adjectives
    ("ru", "Она говорила на последней, что устала.", "последней"),
    ("ru", "Он работал на политической, потом ушёл.", "политической"),  # an abstract -ическ- adjective
    ("be", "Яна размаўляе на італьянскай і трохі на іспанскай.", "італьянскай"),  # a language
    ("ru", "Дед погиб на гражданской, бабушка рассказывала.", "гражданской"),  # a war
    ("be", "Ён піша вершы на нямецкай, друкуецца ў Берліне.", "нямецкай"),  # a language after writing
    ("ru", "Субтитры были на шведской, я ничего не поняла.", "шведской"),  # a language
]


def _locations(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text, lang) if s.label == "LOCATION"]


@pytest.mark.parametrize(("lang", "text", "word"), HITS)
@pytest.mark.parametrize("lower", [False, True])
def test_bare_elided_street_is_a_place(lang: str, text: str, word: str, lower: bool) -> None:
    if lower:
        text, word = asr_like(text), word.lower()
    assert any(word in found for found in _locations(text, lang))


@pytest.mark.parametrize(("lang", "text", "word"), NON_HITS)
@pytest.mark.parametrize("lower", [False, True])
def test_adjective_with_its_noun_or_ordinary_reading_stays(lang: str, text: str, word: str, lower: bool) -> None:
    if lower:
        text, word = asr_like(text), word.lower()
    assert word not in _locations(text, lang)
