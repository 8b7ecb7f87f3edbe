"""A phone said in two runs with one unknown word between them is one phone (``phones._bridged``)."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

BRIDGED = [
    ("be", "Нумар восем нуль дваццаць дзевяць пасьля сто дваццаць тры сорак пяць шэсцьдзясят сем.", "пасьля"),
    ("ru", "Пиши восемь ноль тридцать три апосля двести сорок один семнадцать ноль два.", "апосля"),
    ("en", "my number is oh seven seven hmm nine one two three four five six", "hmm"),
]
APART = [
    ("ru", "Он позвонил в восемь часов двадцать минут, а ушёл в девять."),
    ("en", "We waited seven years and five months for that letter."),
]


@pytest.mark.parametrize(("lang", "text", "word"), BRIDGED)
def test_the_word_between_two_runs_is_inside_the_phone(lang: str, text: str, word: str) -> None:
    start = text.index(word)
    assert any(s.label == "PHONE" and s.start <= start and start + len(word) <= s.end for s in detect(text, lang))


@pytest.mark.parametrize(("lang", "text"), APART)
def test_quantities_stay_apart(lang: str, text: str) -> None:
    assert not [s for s in detect(text, lang) if s.label == "PHONE"]
