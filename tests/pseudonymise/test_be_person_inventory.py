"""The Belarusian person inventory (``be_person_inventory.py``, round 15): given names, pet forms,
patronymics and invented surnames of every Belarusian class in all six cases, cased and as unpunctuated
lower-case ASR text; misses bounded per class; lower-case common words with surname-like endings stay.
No row comes from an evaluation set.
"""

from __future__ import annotations

import collections

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect
from intake.pseudonymise.detectors import be_surnames, be_vocab
from intake.pseudonymise.detectors.tokens import tokenize
from tests.pseudonymise.be_person_inventory import STAY, STAY_WORDS, rows

# Misses per (class, variant) of 2,483 rows x 2 renderings: 406 of 4,966 (535 before ``be_surnames.py``).
# Known gaps: lower-case ``-ец``, ``-скі``, ``-оў``/``-ін`` nominatives, soft-sign and consonant-final
# surnames (their shapes are those of unknown common words: plural genitives ``сілавікоў``, adjectives
# ``валанцёрскі``), pets that are common words (``волю``, ``колькі``, ``света``).
MAX_MISSES = {"given+surname": 33, "pet": 56, "surname:consonant": 50, "surname:еня": 29, "surname:ец": 50,
              "surname:ка": 8, "surname:онак": 5, "surname:оў": 34, "surname:скі": 50, "surname:чык": 15,
              "surname:ь": 50, "surname:ін": 26}


def _masked(text: str, surface: str) -> bool:
    spans = detect(text, "be")
    at = text.find(surface)
    chars = [i for i in range(at, at + len(surface)) if text[i].isalnum()]
    return at >= 0 and all(any(s.start <= i < s.end for s in spans) for i in chars)


@pytest.mark.skipif(not be_vocab.available(), reason="hunspell-be is not installed")
def test_belarusian_persons_are_mostly_masked() -> None:
    missed: collections.Counter[str] = collections.Counter()
    for row in rows():
        missed[row.cls] += not _masked(row.text, row.surface)
        missed[row.cls] += not _masked(asr_like(row.text), row.surface.lower())
    assert all(missed[cls] <= MAX_MISSES.get(cls, 0) for cls in missed), missed


@pytest.mark.parametrize("text", STAY)
@pytest.mark.parametrize("lower", [False, True])
def test_belarusian_common_words_stay(text: str, lower: bool) -> None:
    text = asr_like(text) if lower else text
    masked = {w for s in detect(text, "be") for w in s.text.lower().split()}
    assert not masked & set(STAY_WORDS), masked


@pytest.mark.skipif(not be_vocab.available(), reason="hunspell-be is not installed")
@pytest.mark.parametrize("word", ["гардзейчыкам", "жураконку", "лапенем", "бурдзейкі", "жаўрыцковым", "лагуцінай"])
def test_unknown_words_of_a_surname_class_are_surnames(word: str) -> None:
    tokens = tokenize(f"мы з {word} ездзілі")
    assert be_surnames.surname(tokens, 2)
    assert _masked(f"ліст ад {word} прыйшоў учора", word)
