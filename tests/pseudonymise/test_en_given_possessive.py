"""A given name that is also an English word, established by a full name or a title in lower-case text,
is masked at a later possessive (detectors/en_fullnames.py, ``_possessive``): ``ivy's flat``.

Every row is invented; no sentence comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def _masked_at(text: str, word: str, nth: int) -> bool:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return any(s.start <= start and start + len(word) <= s.end for s in detect(text, "en"))


@pytest.mark.parametrize(
    ("text", "word", "nth"),
    [
        ("so um my neighbour ivy brennan came over and ivy's flat was cold that winter you know", "ivy", 1),
        ("so um my friend holly helped us a lot and later holly's car broke down you know", "holly", 1),
        ("so um frank doherty wrote the appeal and frank's letter reached the court you know", "frank", 1),
    ],
)
def test_a_possessive_of_an_established_name_is_masked(text: str, word: str, nth: int) -> None:
    assert _masked_at(text, word, nth)


@pytest.mark.parametrize(
    ("text", "word", "nth"),
    [
        ("so um my neighbour ivy brennan came over and the ivy's leaves were red you know", "ivy", 1),
        ("so um frank doherty wrote the appeal and to be frank it was weak you know", "frank", 1),
    ],
)
def test_the_word_stays_open(text: str, word: str, nth: int) -> None:
    assert not _masked_at(text, word, nth)
