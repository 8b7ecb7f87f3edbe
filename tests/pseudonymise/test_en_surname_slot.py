"""Lower-case English: a common English word right after a masked given name, in a surname slot, is masked
(``detectors/en_surname_slot.py``). Invented rows: given names x English-word surnames x frames, and decoys
where the word after the name is a function word, a verb, a time or kin word, or an attribute of a noun."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from tests.pseudonymise.masking import check, covered

GIVEN = ("anna", "maria", "olga", "sasha", "pavel", "andrei", "natalia", "ivan")
SURNAMES = ("bear", "king", "white", "black", "green", "wood", "cook", "young")
FRAMES = (
    "yesterday we met {} in court",
    "{} said the trial was closed",
    "the lawyer for {} was not admitted",
    "we wrote letters to {}",
    "everyone knew {} who ran the shelter",
)


def _rows() -> list[tuple[str, str]]:
    out = []
    for k, sur in enumerate(SURNAMES):
        for f, frame in enumerate(FRAMES):
            name = f"{GIVEN[(k + f) % len(GIVEN)]} {sur}"
            out.append((frame.format(name), name))
    return out


def test_given_name_and_english_word_surname_inventory() -> None:
    missed = [text for text, name in _rows() if not covered(detect(text, "en"), text, name)]
    assert len(_rows()) == 40
    assert not missed, missed


DECOYS = [
    ("he told anna that it was over", ["that"]),
    ("they asked maria about the trial", ["about"]),
    ("with sasha last week we went to minsk", ["last", "week"]),
    ("then olga went home", ["went", "home"]),
    ("please let maria know about it", ["know"]),
    ("pavel brother of mine", ["brother"]),
    ("anna thinks they will come", ["thinks"]),
    ("i saw andrei leave in a hurry", ["leave"]),
    ("natalia still works there", ["still", "works"]),
]


@pytest.mark.parametrize(("text", "stay"), DECOYS)
def test_words_that_are_no_surname_slot_stay(text: str, stay: list[str]) -> None:
    check("en", text, [], stay)


def test_cased_text_is_unchanged() -> None:
    spans = detect("Yesterday we met Anna and the bear in court.", "en")
    assert not any(s.text == "bear" for s in spans)
