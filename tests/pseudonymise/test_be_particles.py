"""Belarusian discourse particles and conjunctions (``нібыта``, ``быццам``, ``хаця``, ``нават``) are function
words, never names (rows invented); a name beside one stays masked."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

ROWS = [
    ("Суседка казала, нібыта ўсё скончыцца да зімы.", "нібыта"),
    ("гэта я не пра сына  хаця і пра яго таксама", "хаця"),
    ("Ён глядзеў так, быццам нічога не здарылася.", "быццам"),
    ("нават лісты не даходзілі тры месяцы", "нават"),
]


@pytest.mark.parametrize(("text", "word"), ROWS)
@pytest.mark.parametrize("lower", [False, True])
def test_particle_unmasked(text: str, word: str, lower: bool) -> None:
    text = text.lower() if lower else text
    assert not [s.text for s in detect(text, "be") if s.text.lower() == word]


def test_name_beside_particle_masked() -> None:
    text = "Алесь Грыгаровіч, нібыта, нічога не ведае."
    assert any("Грыгаровіч" in s.text for s in detect(text, "be"))
