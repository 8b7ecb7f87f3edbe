"""Organisation names in lower-case speech by their head noun and slot (``detectors/org_slots.py``).

A nominative that does not agree with an oblique organisation head is a name (``в фундации ласточка``); a
dependant that agrees or takes the genitive is not (``в фонде заработной платы``). An unknown word after a
verb of working is a workplace (``устроилась в софтлайн``); a bare phrase after ``work at`` in English is a
name (``i work at harbour lights studio``). Every row is invented.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import org_slots, org_work
from intake.pseudonymise.detectors.orgnames import name_tail
from intake.pseudonymise.detectors.tokens import tokenize

NAMES = [
    ("ru", "я сейчас волонтёрю в фундации ласточка мы помогаем с документами", "ласточка"),
    ("ru", "она раньше помогала клубу рябина это беларусы в грузии", "рябина"),
    ("ru", "он вёл канал гомель для людей и его за это посадили", "гомель для людей"),
    ("ru", "я устроилась в софтлайн тестировщиком", "софтлайн"),
    ("ru", "муж работает на гродтексе уже десять лет", "гродтексе"),
    ("be", "я спяваю ў гурце белы човен мы граем у гародні", "белы човен"),
    ("be", "яна працуе ў фундацыі сарока у беластоку", "сарока"),
    ("be", "я працую ў трансгура кіроўцам", "трансгура"),
    ("en", "i work at harbour lights studio as a sound engineer", "harbour lights studio"),
    ("en", "in 2019 i joined open river defenders and stayed", "open river defenders"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), NAMES)
def test_name_in_slot(lang: str, text: str, surface: str) -> None:
    tokens = tokenize(text)
    spans = org_slots.detect(text, tokens, lang, lowercase=True, tail=name_tail)
    found = [s.text for s in spans + org_work.detect(text, tokens, lang, lowercase=True)]
    assert surface in found
    masked = detect(text, lang)
    start = text.index(surface)
    letters = [k for k in range(start, start + len(surface)) if text[k].isalnum()]
    assert all(any(s.start <= k < s.end for s in masked) for k in letters)


DECOYS = [
    ("ru", "в фонде заработной платы денег не было"),
    ("ru", "канал связи был плохой весь день"),
    ("ru", "он ходил в клуб по интересам по средам"),
    ("ru", "я работаю в офисе с девяти утра"),
    ("ru", "в школе учительница сказала что нельзя"),
    ("ru", "на заводе зарплата маленькая была"),
    ("ru", "работаю в айти уже пять лет"),
    ("ru", "в банке зарплату мне так и не выдали"),
    ("be", "у фірме нейкі праграміст з мінска"),
    ("be", "я працую ў кавярні каля вакзала"),
    ("be", "калі хор спявае мне лягчэй"),
    ("en", "i work at home most days"),
    ("en", "he worked for two years there"),
    ("en", "she worked for state companies before"),
]


@pytest.mark.parametrize(("lang", "text"), DECOYS)
def test_no_name_in_slot(lang: str, text: str) -> None:
    assert org_slots.detect(text, tokenize(text), lang, lowercase=True, tail=name_tail) == []


def test_cased_text_is_left_alone() -> None:
    text = "Я сейчас волонтёрю в фундации ласточка, мы помогаем."
    assert org_slots.detect(text, tokenize(text), "ru", lowercase=False, tail=name_tail) == []


def test_belarusian_vocabulary_can_be_plugged_in() -> None:
    text = "я працую ў трансгура кіроўцам"
    org_slots.KNOWN["be"] = lambda word: word == "трансгура"
    try:
        assert org_slots.detect(text, tokenize(text), "be", lowercase=True, tail=name_tail) == []
    finally:
        org_slots.KNOWN.clear()


def test_other_mentions_of_a_slot_name_are_masked() -> None:
    text = "я граю ў групе белы човен ужо пяць гадоў а потым мы зноў сабралі белы човен у варшаве"
    second = text.rindex("белы човен")
    assert any(s.start <= second and s.end >= second + len("белы човен") for s in detect(text, "be"))


def test_an_ordinary_word_named_once_is_not_spread() -> None:
    text = "я волонтёрю в фундации ласточка а весной ласточка свила гнездо под крышей"
    bird = text.rindex("ласточка")
    assert not any(s.start <= bird < s.end for s in detect(text, "ru"))
