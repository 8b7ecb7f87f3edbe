"""Ages, sentence lengths and article numbers said as one word or in words (bench/age_words.py): the inventory's
misses and masked decoys are bounded; then invented rows (none copied from an evaluation set), each failing
without its mechanism (``word_terms.py``, ``aged_things.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from intake.pseudonymise import detect

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from age_words import rows, tally
from rendering_common import covered

# ``at 19 he was`` (an English clock time or an age), ``сел на восемь`` (a bus or a term), ``Пятидесятилетний
# юбилей`` (a person's anniversary is an age: kept masked)
_KNOWN = {"age_restated/en": 1, "term_word/ru": 1, "stay_decoy/ru": 1}


@pytest.mark.parametrize("lower", [False, True])
def test_inventory_misses_are_bounded(lower: bool) -> None:
    table = tally(rows(lower))
    over = {cell: k for cell, (n, k) in table.items() if k > _KNOWN.get(cell, 0)}
    assert not over, (over, table)


def _masked(text: str, lang: str, part: str) -> bool:
    start = text.index(part)
    return covered(text, start, start + len(part), [(s.start, s.end) for s in detect(text, lang)])


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("ru", "соседа осудили на год за пост в телеграме", "год"),
    ("ru", "дядя сел на пятилетку ещё в двадцать первом", "пятилетку"),
    ("ru", "а ему впаяли пятерик, без вариантов", "пятерик"),
    ("ru", "он отсидел трёшку и его выпустили", "трёшку"),
    ("ru", "кто-то отсидел шесть, кто-то больше", "шесть"),
    ("ru", "им вынесли приговор, брату присудили пожизненное", "пожизненное"),
    ("be", "суседу прысудзілі пажыццёвае, уявіце", "пажыццёвае"),
    ("be", "ён адсядзеў дзясятку ад званка да званка", "дзясятку"),
    ("en", "her uncle got life in the end", "life"),
    ("en", "the teacher was handed down a decade", "a decade"),
    ("en", "my cousin is serving a life sentence now", "a life sentence"),
])
def test_one_word_terms_are_masked(lang: str, text: str, part: str) -> None:
    assert _masked(text, lang, part)


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("ru", "отец принёс тридцатилетний коньяк на праздник", "тридцатилетний"),
    ("ru", "подписали десятилетний контракт с заводом", "десятилетний"),
    ("be", "бацька падпісаў пяцігадовы кантракт", "пяцігадовы"),
    ("en", "they took a ten-year loan for the flat", "ten-year"),
    ("en", "he opened a twelve-year-old scotch", "twelve-year-old"),
    ("en", "he got life insurance from work", "life"),
])
def test_aged_things_keep_no_span(lang: str, text: str, part: str) -> None:
    start = text.index(part)
    end = start + len(part)
    assert not any(s.label == "AGE_OR_SENTENCE" and s.start < end and start < s.end for s in detect(text, lang))
