"""English adverbs of time and likelihood (``now``, ``later``, ``today``, ``maybe``) are function words: never a
name, even where a capital opens a sentence before a nickname (``Now Lantern does the letters``)."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.stopwords import is_stop_word


@pytest.mark.parametrize("word", ["now", "later", "today", "yesterday", "tomorrow", "often", "ago", "maybe"])
def test_time_adverb_is_a_function_word(word: str) -> None:
    assert is_stop_word(word)


def test_now_after_a_nickname_sentence_stays_unmasked() -> None:
    text = (
        "We called him Kettle at school. Now Kettle runs the letter evenings. "
        "I was twenty then, I'm thirty-one now, and he's now in colony number two."
    )
    spans = detect(text, "en")
    assert [s.text for s in spans if s.text.lower() == "now"] == []
    assert any(s.text == "Kettle" for s in spans)


def test_name_beside_an_adverb_stays_masked() -> None:
    text = "Maybe Hanna Kovalchuk will write to him today, she said yesterday."
    assert any("Hanna" in s.text for s in detect(text, "en"))
