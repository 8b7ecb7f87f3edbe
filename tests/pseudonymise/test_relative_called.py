"""An English nickname after ``who we all called`` (``nickname_slots._en_given``): the relative clause names the
person just mentioned, in lower-case speech too. ``what we called it`` (a thing) and ``called back`` stay.
Rows invented."""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check, word_masked

MASK_ROWS = [
    ("en", "there was andrei  who we all called heron because he was so tall  heron drove us", ["heron"]),
    ("en", "my neighbour  whom they called walrus  was taken in march", ["walrus"]),
    ("en", "and a guard who everyone called biscuit  he was kind to us", ["biscuit"]),
]

STAY_ROWS = [
    ("en", "it was a picket  what we called a walk  in the yard", ["walk"]),
    ("en", "the lawyer who we called twice never answered", ["twice"]),
    ("en", "there was a man who they called back later", ["back"]),
]


@pytest.mark.parametrize(("lang", "text", "mask"), MASK_ROWS)
def test_a_nickname_in_a_relative_clause(lang: str, text: str, mask: list[str]) -> None:
    check(lang, text, mask, [])


@pytest.mark.parametrize(("lang", "text", "stay"), STAY_ROWS)
def test_things_and_adverbs_after_called_stay(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)


def test_a_later_possessive_mention_is_the_nickname() -> None:
    text = "and pavel  who we all called heron  drove a taxi for years  and heron's car was the first thing they took"
    assert word_masked("en", text, "heron", 0)
    assert word_masked("en", text, "heron", 1)
