"""Common-word organisation names in apposition to a type noun (``detectors/org_appos.py``).

An oblique organisation noun and a nominative that cannot be read in its case stand in apposition: the
nominative is the name, in text with capitals too (``в фирме прогресс``); an indeclinable noun takes its
cases from the preposition (``в кафе ромашка``); a quoted phrase after the noun is its name in any case;
``под названием``/``называлась`` after an organisation noun introduces the name. Genitives, prepositions,
adverbs, verbs, people and a noun that opens its clause (``В фирме бардак.``) stay open. Every row is
invented; names are checked cased and, where only this module finds them, as unpunctuated lower-case
speech (``asr_like``); decoys both ways.
"""

from __future__ import annotations

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect
from intake.pseudonymise.detectors import org_appos
from intake.pseudonymise.detectors.orgnames import name_tail
from intake.pseudonymise.detectors.tokens import is_lowercase_text, tokenize

# (language, text, name): type nouns x common-word names x cases, cased (lower-case speech: ``ASR_NEW``).
NAMES = [
    ("ru", "Она долго работала в фирме прогресс бухгалтером.", "прогресс"),
    ("ru", "Я тогда работал в компании вектор.", "вектор"),
    ("ru", "Мы познакомились в кафе ромашка на проспекте.", "ромашка"),
    ("ru", "Договорились встретиться у кафе встреча.", "встреча"),
    ("ru", "Она пять лет пела в хоре светлица.", "светлица"),
    ("ru", "Он играл в ансамбле родник на свадьбах.", "родник"),
    ("ru", "Её статью напечатали в журнале огонёк.", "огонёк"),
    ("ru", "Он выступал в театре зеркало.", "зеркало"),
    ("ru", "Статья вышла в издании зеркало.", "зеркало"),
    ("ru", "Сестра занималась в студии радуга.", "радуга"),
    ("ru", "Она работала в проекте маяк два года.", "маяк"),
    ("ru", "Он руководил агентством горизонт.", "горизонт"),
    ("ru", "Мы работали в фирме под названием ласточка.", "ласточка"),
    ("ru", "Она работала в компании, которая называлась сфера.", "сфера"),
    ("ru", "Она работала в кафе «ромашка» официанткой.", "ромашка"),
    ("ru", "Я пела в группе «белые росы».", "белые росы"),
    ("be", "Ён граў у гурце «белыя росы».", "белыя росы"),
    ("be", "Яна працавала ў краме пралеска.", "пралеска"),
    ("be", "Мы сустракаліся ў кавярні сонейка.", "сонейка"),
    ("be", "Ён спяваў у хоры світанак.", "світанак"),
    ("be", "Яна працавала ў фірме вясёлка.", "вясёлка"),
    ("be", "Ён працаваў у кампаніі крок.", "крок"),
    ("be", "Мы хадзілі ў кафэ крыніца.", "крыніца"),
    ("be", "Яна спявала ў хоры, ён называўся ветразь.", "ветразь"),
]

# Rows whose lower-case rendering only this module finds (the others ``org_slots``/``orgcues`` find there).
ASR_NEW = [
    row for row in NAMES if row[2] in ("ромашка", "встреча", "огонёк", "ласточка", "сфера", "крыніца", "ветразь")
]

DECOYS = [
    ("ru", "Я был в компании друзей."),
    ("ru", "Я ходила в группу поддержки."),
    ("ru", "Мы сидели в кафе у дома."),
    ("ru", "В кафе было холодно."),
    ("ru", "В фирме работали одни женщины."),
    ("ru", "Куплю что-нибудь в магазине одежды."),
    ("ru", "Я был в компании тогда."),
    ("ru", "В кафе мы говорили долго."),
    ("ru", "Мы работали в фирме три года."),
    ("ru", "Он был в хоре старшим."),
    ("ru", "В группе человек двадцать."),
    ("ru", "Мы пошли в кафе вечером."),
    ("ru", "В кафе напротив работала мама."),
    ("ru", "В компании коллег было весело."),
    ("ru", "В фирме бардак."),
    ("ru", "А в компании кризис, зарплату не платят."),
    ("ru", "В магазине очередь."),
    ("ru", "У нас в клубе тишина."),
    ("ru", "Там в кафе очередь."),
    ("be", "У краме чарга."),
    ("be", "Цяпер у гурце сварка."),
    ("be", 'Мяне зноў выклікалі ў РАУС "на размову".'),
    ("ru", "Нас позвали в кафе «на минутку» поговорить."),
    ("be", "У кавярні было холадна."),
    ("be", "Ён працаваў у фірме два гады."),
    ("be", "Ён спяваў у хоры з дзяцінства."),
    ("be", "Яна сядзела ў кавярні ўвечары."),
    ("be", "Ён у хоры спяваў з дзесяці гадоў."),
]


def _rule_spans(text: str, lang: str) -> list[str]:
    tokens = tokenize(text)
    return [s.text for s in org_appos.detect(text, tokens, lang, is_lowercase_text(tokens), name_tail)]


def _masked(text: str, lang: str, surface: str) -> bool:
    spans = detect(text, lang)
    start = text.index(surface)
    return all(any(s.start <= k < s.end for s in spans) for k in range(start, start + len(surface)))


@pytest.mark.parametrize(("lang", "text", "surface"), NAMES)
def test_name_in_apposition(lang: str, text: str, surface: str) -> None:
    assert _masked(text, lang, surface)


@pytest.mark.parametrize(("lang", "text", "surface"), ASR_NEW)
def test_name_in_apposition_in_speech(lang: str, text: str, surface: str) -> None:
    assert _masked(asr_like(text), lang, surface)


@pytest.mark.parametrize(("lang", "text"), DECOYS)
@pytest.mark.parametrize("variant", ["cased", "asr"])
def test_modifier_stays_open(lang: str, text: str, variant: str) -> None:
    text = asr_like(text) if variant == "asr" else text
    assert _rule_spans(text, lang) == []
    assert not [s for s in detect(text, lang) if s.label == "ORGANISATION" and "orgappos" in s.reason]


def test_capitalised_name_is_left_to_orgcues() -> None:
    assert _rule_spans("Она работала в фирме Прогресс.", "ru") == []


def test_spans_are_uncertain() -> None:
    spans = detect("Мы познакомились в кафе ромашка.", "ru")
    assert any(s.text == "ромашка" and s.reason == "uncertain:orgappos-indecl" for s in spans)
