"""Prepositions and adverbs of place and time (Belarusian ``пасля``, ``побач``, ``нядаўна``; Russian ``около``,
``недавно``) are function words: never a name or a place, while the names beside them stay masked."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.stopwords import is_stop_word


@pytest.mark.parametrize(
    "word", ["пасля", "каля", "побач", "нядаўна", "цяпер", "заўсёды", "около", "рядом", "недавно", "сегодня"]
)
def test_adverb_or_preposition_is_a_function_word(word: str) -> None:
    assert is_stop_word(word)


@pytest.mark.parametrize(
    ("text", "language", "word", "name"),
    [
        ("таццяну ціхую зусім нядаўна перавялі ў гомель", "be", "нядаўна", "таццяну"),
        ("мікалай бурак пасля суда напісаў мне ліст", "be", "пасля", "мікалай"),
        ("витю сорокина недавно перевели в гомель", "ru", "недавно", "витю"),
    ],
)
def test_function_word_unmasked_name_masked(text: str, language: str, word: str, name: str) -> None:
    spans = detect(text, language)
    at = text.index(word)
    assert not any(s.start <= at < s.end for s in spans)
    assert any(s.start <= text.index(name) < s.end for s in spans)
