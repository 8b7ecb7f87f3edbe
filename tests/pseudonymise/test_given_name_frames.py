"""The given-name inventory test (``given_name_inventory.py``): every invented-list name in the frames a
transcript uses, and the mechanisms its misses led to.

The inventory (names of people born 1940-2020 in Belarus, Russia, Ukraine, Poland and Lithuania, written
from general knowledge) is rendered at a sentence start before a comma, mid-sentence, lower-cased after a
preposition, in the oblique cases (Russian and Belarusian) and in English. Names that are common words in
their own right (``Вера``, ``Надежда``, ``Слава``, ``Роман``, ``Фомка``) are decoys by design and may miss
alone at a sentence start; the test bounds the misses and pins the mechanisms. No row comes from an
evaluation set.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import givenlex
from tests.pseudonymise.given_name_inventory import entries, rows
from tests.pseudonymise.masking import check, covered

MAX_MISSED_ROWS = 80  # of ~3,500 rendered rows: 137 before round 13's mechanisms, 74 after


def test_inventory_frames_are_mostly_masked() -> None:
    missed = [text for _, lang, text, surface in rows() if not covered(detect(text, lang), text, surface)]
    assert len(entries()) >= 180
    assert len(missed) <= MAX_MISSED_ROWS, missed


# A listed name opening a sentence before a comma, which pymorphy3 reads as a name or as another noun's case
# form (``злата`` of ``злато``, ``лука`` of ``лук``, ``мира`` of ``мир``); Russian and Belarusian.
START_ROWS = [
    ("ru", "Злата, младшая, всё время спрашивала про папу.", ["Злата"]),
    ("ru", "Лука, сосед наш, помогал с передачами.", ["Лука"]),
    ("ru", "Мира, его двоюродная сестра, ходила на суд.", ["Мира"]),
    ("ru", "Ева, ей тогда было шесть, рисовала ему открытки.", ["Ева"]),
    ("be", "Злата, малодшая, увесь час пыталася пра тату.", ["Злата"]),
    ("be", "Тома, суседка, насіла перадачы.", ["Тома"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces"), START_ROWS)
def test_name_opening_a_sentence_before_a_comma(lang: str, text: str, surfaces: list[str]) -> None:
    check(lang, text, surfaces, [])


# Common words stay: their own lemma at a sentence start, a case form of a name that is a Belarusian word,
# and common-word names in running lower-case text.
STAY_ROWS = [
    ("ru", "Вера, как говорится, двигает горами.", ["вера"]),
    ("ru", "Надежда, конечно, умирает последней.", ["надежда"]),
    ("ru", "Слава, деньги, всё это ему было неважно.", ["слава"]),
    ("ru", "Роман, который он писал в колонии, забрали.", ["роман"]),
    ("be", "Але, як кажуць, нічога не зробіш.", ["але"]),
    ("ru", "у неё вера в бога очень сильная", ["вера"]),
    ("ru", "мы видели, как лев в зоопарке спал", ["лев"]),
    ("ru", "Нора, которую вырыла лиса, была пустой.", ["нора"]),
]


@pytest.mark.parametrize(("lang", "text", "stay"), STAY_ROWS)
def test_common_words_at_a_sentence_start_stay(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)


# Listed names that pymorphy3 reads mainly as common words enter as decoys instead of being dropped: a capital
# inside a sentence or the lower-case speech cues (a verb after them) then mask them.
DECOY_NAME_ROWS = [
    ("ru", "потом кирочка сказала что передачу не приняли", ["кирочка"]),
    ("ru", "вчера фомка звонил из вильнюса", ["фомка"]),
    ("ru", "потом златка позвонила и всё рассказала", ["златка"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces"), DECOY_NAME_ROWS)
def test_listed_names_that_are_common_words_are_decoys(lang: str, text: str, surfaces: list[str]) -> None:
    check(lang, text, surfaces, [])


def test_listed_common_forms_are_decoys() -> None:
    assert {"кирочка", "фомка", "златка"} <= givenlex.listed_common_forms() <= givenlex.decoys()
    assert "александр" not in givenlex.decoys()


# Belarusian spellings of frequent names (official orthography), in the lower-case instrumental.
BE_SPELLING_ROWS = [
    ("be", "мы з карынай ездзілі на суд", ["карынай"]),
    ("be", "мы з дыянай ездзілі на суд", ["дыянай"]),
    ("be", "я доўга размаўляла з яўдакіяй пра суд", ["яўдакіяй"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces"), BE_SPELLING_ROWS)
def test_belarusian_spellings(lang: str, text: str, surfaces: list[str]) -> None:
    check(lang, text, surfaces, [])
