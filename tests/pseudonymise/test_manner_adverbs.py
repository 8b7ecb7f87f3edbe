"""``по немецки``, ``па польску``: a manner adverb of a language written without its hyphen is no name; a name
after another preposition stays masked (rows invented, cased and lower case)."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

ADVERBS = [
    ("Одна женщина из Германии пишет ему по немецки, а он отвечает по русски.", "ru", "немецки"),
    ("Есть общество охраны птиц, так по белорусски называется, я там был волонтёром.", "ru", "белорусски"),
    ("Яна піша яму па нямецку, а ён адказвае па руску.", "be", "нямецку"),
]
NAMES = [
    ("Мы писали письма Ковальски в Варшаву.", "ru", "Ковальски"),
]


def _covered(text: str, language: str, word: str) -> bool:
    at = text.index(word)
    return any(s.start <= at < s.end for s in detect(text, language))


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize(("text", "language", "word"), ADVERBS)
def test_a_language_adverb_is_no_name(text: str, language: str, word: str, lower: bool) -> None:
    if lower:
        text = text.lower()
    assert not _covered(text, language, word), detect(text, language)


@pytest.mark.parametrize(("text", "language", "word"), NAMES)
def test_a_name_stays_masked(text: str, language: str, word: str) -> None:
    assert _covered(text, language, word), detect(text, language)
