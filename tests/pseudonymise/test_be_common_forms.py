"""A Belarusian common word that only a derivation reads as a given name (a case ending or pet suffix on a
listed name: ``ларок``, ``галінку``, ``даваў``, ``маўляў``) is the word when hunspell-be knows it only as a
common word and nothing shows a person; a listed name, a capital inside a sentence or a kin noun before keeps the
name masked (rows invented, cased and lower case)."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

WORDS = [
    ("Ён заўсёды даваў суседзям малако.", "даваў"),
    ("Мы сядзелі ў першым радзе на судзе.", "радзе"),
    ("Следчы забраў кампутар з усімі данымі.", "данымі"),
]
NAMES = [
    ("Учора мне патэлефанавала Галінка з Ліды.", "Галінка"),
    ("Мая сястра галінка напісала ліст.", "галінка"),
    ("У нас нарадзілася дачка, мілачка, і ён бачыў яе толькі двойчы.", "мілачка"),
]


def _covered(text: str, word: str) -> bool:
    at = text.index(word)
    return any(s.start <= at < s.end for s in detect(text, "be"))


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize(("text", "word"), WORDS)
def test_a_common_word_read_as_a_name_form_is_the_word(text: str, word: str, lower: bool) -> None:
    if lower:
        text = text.lower()
    assert not _covered(text, word), detect(text, "be")


@pytest.mark.parametrize(("text", "word"), NAMES)
def test_the_name_stays_masked(text: str, word: str) -> None:
    assert _covered(text, word), detect(text, "be")
