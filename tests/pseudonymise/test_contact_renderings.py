"""Contacts rendered the ways speech recognition writes them (bench/contact_renderings.py) are masked whole;
ordinary numbers are not called contacts. Then one invented row per mechanism the generator drove."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.pseudonymise import detect

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from contact_renderings import CONTACT_LABELS, LANGUAGES, covered, render

CONTACT_KINDS = ("PHONE", "EMAIL", "HANDLE", "URL", "IBAN", "ID")


@settings(max_examples=300, deadline=None)
@given(st.randoms(use_true_random=False), st.sampled_from(CONTACT_KINDS), st.sampled_from(LANGUAGES), st.booleans())
def test_every_rendered_contact_is_masked_whole(rng: random.Random, kind: str, lang: str, lower: bool) -> None:
    r = render(kind, lang, rng)
    text = r.text.lower() if lower else r.text
    spans = [(s.start, s.end) for s in detect(text, lang)]
    assert covered(text, r.start, r.end, spans), (r.surface, text, spans)


@settings(max_examples=200, deadline=None)
@given(st.randoms(use_true_random=False), st.sampled_from(LANGUAGES))
def test_ordinary_numbers_are_not_contacts(rng: random.Random, lang: str) -> None:
    r = render("NUMBER", lang, rng)
    assert not [s for s in detect(r.text, lang) if s.label in CONTACT_LABELS], r.text


def _masked(text: str, lang: str, part: str) -> bool:
    start = text.index(part)
    return covered(text, start, start + len(part), [(s.start, s.end) for s in detect(text, lang)])


# One row per mechanism: each fails without it.
MASKED = [
    # dictated phones: fillers and "и"/"and" between groups, recognition letters (also lower-case "i"), slashes
    ("ru", "ну записывайте, плюс три семь пять, тридцать три, э-э, семьсот один, ну, сорок, двенадцать",
     "плюс три семь пять, тридцать три, э-э, семьсот один, ну, сорок, двенадцать"),
    ("be", "нумар мамы +375 44 731 і 20 58, толькі ўвечары", "+375 44 731 і 20 58"),
    ("be", "стары нумар 8 оi7, 88i, 26, 82 не працуе", "8 оi7, 88i, 26, 82"),
    ("en", "the old one is +370 6/204/9917 but it is off", "+370 6/204/9917"),
    ("en", "text me on plus three seven five two five, eight one one, four o",
     "plus three seven five two five, eight one one, four o"),
    ("be", "стары нумар 8 0 33, 904, 2011, ён не працуе", "8 0 33, 904, 2011"),
    # spoken web addresses: hyphens said, "double u", a provider without the dot, a number said in two words
    ("ru", "сбор идёт через dobro дефис ruki точка org можно помочь", "dobro дефис ruki точка org"),
    ("en", "go to double u double u double u dot lesnaya dash hata dot by",
     "double u double u double u dot lesnaya dash hata dot by"),
    ("ru", "ссылка lesnaya.io.", "lesnaya.io"),
    ("ru", "пишите ей, сова точка ночь собака протон ми", "сова точка ночь собака протон ми"),
    ("be", "пошта yas кропка сорак адзін сабака gmail кропка com", "yas кропка сорак адзін сабака gmail кропка com"),
    # handles: Cyrillic words joined by "точка" after a naming cue, Belarusian fillers, hyphens, number tails
    ("ru", "ник у него лиса точка рыжая, так и ищите", "лиса точка рыжая"),
    ("be", "нік у яе sova дэфіс noch і ўсё", "sova дэфіс noch"),
    ("be", "лагін noch-sova-77.", "noch-sova-77"),
    ("en", "on telegram I'm yas dot sova dot forty one", "yas dot sova dot forty one"),
    # dictated IDs: "double", "o", and lower-case letters of a personal number
    ("en", "his passport is kay bee double o seven four eight o seven", "kay bee double o seven four eight o seven"),
    # a phone broken off and restarted: a plus-led fragment alone (digits, a three-digit code, a code said digit by
    # digit), the fragment joined through the break to the restart, a run without a plus that the restart repeats
    ("en", "my cell, +46 73... hold on, it is on the card", "+46 73"),
    ("ru", "звоните на плюс 371... нет, лучше в сигнал", "плюс 371"),
    ("be", "нумар плюс чатыры восем... ды не, я забылася", "плюс чатыры восем"),
    ("en", "call +44 78... sorry, plus four four, seven eight one two, 330 914",
     "+44 78... sorry, plus four four, seven eight one two, 330 914"),
    ("ru", "мобильный 8 033... вернее, восемь ноль тридцать три, 614 20 87",
     "8 033... вернее, восемь ноль тридцать три, 614 20 87"),
    ("ru", "номер +375 44 465... так, 00 375 44, ну, 465, ну, 63, 41, местный", "00 375 44, ну, 465, ну, 63, 41"),
    # the run before the break read with English "o" for zero, or repeated by its last two digits after a trunk
    ("en", "dial eight o one seven... I mean, eight oh one seven, two five four, one five two four, any time",
     "eight o one seven... I mean, eight oh one seven, two five four, one five two four"),
    ("be", "набірайце 80 29, гэта значыць, 029, 365, 65, 28 увечары", "80 29, гэта значыць, 029, 365, 65, 28"),
    ("be", "асабісты нумар тры два адзін нуль пяць пяць сем a нуль чатыры два pb адзін, запішыце",
     "тры два адзін нуль пяць пяць сем a нуль чатыры два pb адзін"),
]


@pytest.mark.parametrize(("lang", "text", "part"), MASKED)
def test_mechanism_rows_are_masked(lang: str, text: str, part: str) -> None:
    assert _masked(text, lang, part)


NOT_CONTACTS = [
    ("ru", "в 2019, 2020 и 2021 годах он сидел, номер камеры 14"),
    ("ru", "по телефону сказали: 12, 15 и 30 тысяч рублей штрафа"),
    ("ru", "приезжали в 13 30, 20 30, без предупреждения"),  # times said without a colon
    ("be", "у 2018, 2019 і 2020 гадах, тэлефон забралі"),
    ("en", "we sold it on 12 march at 3 pm, to 4400122 people"),
    ("ru", "на улице плюс 20 градусов, а вчера было плюс 7... ну, плюс восемь"),
    ("en", "plus 30 people came, plus two more... um, 40 in all"),
    ("ru", "встреча в 9 00... нет, в 10 00, в кабинете 214"),
    ("ru", "на улице было +7, потом +20 и ветер"),  # a short code alone, without a unit: not a fragment
]


@pytest.mark.parametrize(("lang", "text"), NOT_CONTACTS)
def test_ordinary_number_rows_are_not_contacts(lang: str, text: str) -> None:
    assert not [s.text for s in detect(text, lang) if s.label in CONTACT_LABELS]


ROUND7_KINDS = ("PHONE_INTL", "PHONE_HOME", "IBAN_ANY", "PASSPORT", "PERSONAL", "CASE")


def test_round7_renderings_are_masked_at_the_goal_rate() -> None:
    """Every ITU calling code, national formats, IBANs of every registry country, foreign passports, personal
    and case numbers: at least 97% masked whole per kind and language (a fixed seed; the rest are ambiguous
    by design, such as a lone last digit after a year-like group)."""
    from contact_renderings import evaluate, renderings

    table = evaluate(renderings(60, 7, ROUND7_KINDS))
    low = {(k, lang): row["detect"] for k, rows in table.items() for lang, row in rows.items() if row["detect"] < 0.97}
    assert not low, low


def test_restarted_phones_are_masked_at_the_goal_rate() -> None:
    """A phone broken off and restarted (round 8): at least 97% masked whole per language, plain and lower-case."""
    from contact_renderings import evaluate, renderings

    for lower in (False, True):
        table = evaluate(renderings(80, 8, ("PHONE_RESTART",), lower))
        low = {lang: row["detect"] for lang, row in table["PHONE_RESTART"].items() if row["detect"] < 0.97}
        assert not low, (lower, low)
