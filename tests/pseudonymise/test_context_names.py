"""Later mentions of an established common-word name where the sentence makes it a person (invented rows)."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def _masked(text: str, language: str) -> set[str]:
    return {text[s.start : s.end] for s in detect(text, language) if s.label == "PERSON"}


@pytest.mark.parametrize(
    ("language", "text", "mention"),
    [
        ("be", "ігар кот сядзіць у магілёве. мы сустракаліся з катом у мінску зімой.", "катом"),
        ("ru", "его прозвали комарик. потом я узнала номер комарика от соседки.", "комарика"),
        ("ru", "все его знают как карась. жена карася пишет ему каждую неделю.", "карася"),
    ],
)
def test_later_mention_in_person_context(language: str, text: str, mention: str) -> None:
    assert mention in _masked(text, language)


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("ru", "все его знают как карась. летом мы поймали карася в пруду.", "карася"),
    ],
)
def test_common_noun_stays(language: str, text: str, word: str) -> None:
    spans = detect(text, language)
    later = text.rindex(word)
    assert not any(s.start <= later < s.end for s in spans)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("ru", "для своих просто вишня. она вышла весной.", "вишня"),
        ("ru", "все его знают как карась, он сидел в шклове.", "карась"),
    ],
)
def test_naming_phrases(language: str, text: str, name: str) -> None:
    assert name in _masked(text, language)


def test_knowing_without_pronoun_names_nothing() -> None:
    text = "она не знает, как посылку отправить."
    assert "посылку" not in _masked(text, "ru")
