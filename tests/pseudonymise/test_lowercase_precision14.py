"""Round 14, precision in lower-case speech: common words that lose their capitalisation evidence.

Every row is invented for this file (no sentence or name of an evaluation set). A decoy row names the
occurrence (the ``n``-th, from 0) of a word that must stay unmasked; a positive row the surfaces that must stay
masked.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from tests.pseudonymise.masking import check, word_masked

# Kind: a common noun counted by a cardinal number just before it; a seeded name's same form elsewhere does
# not make it the name (a person is not counted by name).
COUNTED = [
    ("ru", "соседка роза зашла вечером а у меня на балконе три роза нет три розы цветут", "розы", 0),
    ("ru", "лилия петровна пишет часто а на окне у неё пять лилий стоит", "лилий", 0),
    ("ru", "тётя вера работает в школе и у неё одна вера что всё кончится", "вера", 1),
]


@pytest.mark.parametrize(("lang", "text", "word", "n"), COUNTED)
def test_a_counted_common_noun_is_not_the_seeded_name(lang: str, text: str, word: str, n: int) -> None:
    assert not word_masked(lang, text, word, n), detect(text, lang)


# Kind: the names themselves, and a name's possessive after a number, stay masked.
COUNTED_NAMES = [
    ("ru", "соседка роза зашла вечером и три дня сидела у нас", ["роза"]),
    ("ru", "письма от зои доходят одно из трёх зоины письма теряются", ["зои", "зоины"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces"), COUNTED_NAMES)
def test_names_beside_numbers_stayword_masked(lang: str, text: str, surfaces: list[str]) -> None:
    check(lang, text, surfaces, [])


# Kind: a listed organisation whose name is a frequent English word (``life:)``) is that name only when
# capitalised; the English word in lower case, or in lower-case speech, is the word.
ENGLISH_WORD_ORGS = [
    ("en", "she said that prison took half a life from him", ["life"]),
    ("en", "how is life in vilnius now  respondent  quiet", ["life"]),
    ("en", "Honestly, life in Warsaw is calm now.", ["life"]),
]


@pytest.mark.parametrize(("lang", "text", "stay"), ENGLISH_WORD_ORGS)
def test_a_frequent_english_word_is_no_listed_organisation_in_lower_case(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)


def test_the_capitalised_operator_staysword_masked() -> None:
    check("en", "My number was with the operator Life until they blocked it.", ["Life"], [])
