"""Partly masked organisation names grown to the whole name (``detectors/org_growth.py``). Every row is invented."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

GROWN = [
    ("be", "цяпер я ў асацыяцыі беларускіх мастакоў у польшчы робім выставы", "асацыяцыі беларускіх мастакоў"),
    ("be", "яна валанцёрыла ў фондзе Сонейка Гомеля", "фондзе Сонейка"),
    ("be", "яна валанцёрыла ў фондзе сонейка гомеля", "фондзе сонейка"),
    ("en", "we got help from the lithuanian union of writers in vilnius", "lithuanian union of writers"),
]
DECOYS = [
    ("ru", "мы жили в центре Минска возле вокзала", "центре"),
    ("be", "у цэнтры Гродна мы стаялі ўсе разам", "цэнтры"),
    ("en", "in the group chat we talked about the union of two towns", "union of two"),
]


def _covered(text: str, language: str, phrase: str) -> bool:
    """Every letter of ``phrase`` lies inside one ORGANISATION span."""
    start = text.index(phrase)
    end = start + len(phrase)
    return any(s.label == "ORGANISATION" and s.start <= start and end <= s.end for s in detect(text, language))


@pytest.mark.parametrize(("language", "text", "name"), GROWN)
def test_partly_masked_name_grows_to_the_whole_name(language: str, text: str, name: str) -> None:
    assert _covered(text, language, name)


@pytest.mark.parametrize(("language", "text", "word"), DECOYS)
def test_plain_heads_and_phrases_do_not_grow(language: str, text: str, word: str) -> None:
    start = text.index(word)
    assert not any(s.start <= start < s.end for s in detect(text, language))
