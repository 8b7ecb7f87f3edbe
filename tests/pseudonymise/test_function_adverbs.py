"""Adverbs of time after a lower-case name (Belarusian ``нядаўна``, ``пасля``; Russian ``недавно``) are no name
part, while the name before them stays masked.

Round 19c listed such prepositions and adverbs as function words; that list lost an entity on a never-tuned set
(counts only) and was reverted. The row only it fixed is a strict xfail; the others hold without it."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

REVERTED = pytest.mark.xfail(strict=True, reason="the adverb list lost a never-tuned entity; reverted")


@pytest.mark.parametrize(
    ("text", "language", "word", "name"),
    [
        pytest.param("таццяну ціхую зусім нядаўна перавялі ў гомель", "be", "нядаўна", "таццяну", marks=REVERTED),
        ("мікалай бурак пасля суда напісаў мне ліст", "be", "пасля", "мікалай"),
        ("витю сорокина недавно перевели в гомель", "ru", "недавно", "витю"),
    ],
)
def test_function_word_unmasked_name_masked(text: str, language: str, word: str, name: str) -> None:
    spans = detect(text, language)
    at = text.index(word)
    assert not any(s.start <= at < s.end for s in spans)
    assert any(s.start <= text.index(name) < s.end for s in spans)
