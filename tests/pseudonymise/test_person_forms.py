"""The person-forms inventory (``person_forms_inventory.py``, issue 14): a person introduced by full name is
later referred to by another form (pet form in an oblique case, possessive adjective, surname alone,
lower case, transliteration, ASR misspelling, line break, English ``'s``), cased and as unpunctuated
lower-case ASR text; known gaps bounded per form class. No row comes from an evaluation set.
"""

from __future__ import annotations

import collections

import pytest

from intake.pseudonymise import detect
from tests.pseudonymise.masking import check
from tests.pseudonymise.person_forms_inventory import Doc, documents

# Misses per form class of 4,636 rendered documents (round 14, 34 in all; 54 before lower-case oblique forms
# of proven names, ``oblique_names.py``; 66 before the inventory's pet forms were linked to their names,
# ``test_inventory_pets.py``). Known gaps: a lower-cased three-letter name (``але``), Belarusian forms of an
# uncertain seed (``надзеі``), common-word pets (``нора``, ``ружа``), pets of three letters or whose case
# forms are common words (``Еся``, ``Эва``, ``Вита``, ``Патя``), seeds found by nothing (``ружы лапцёнак``),
# Belarusian ``мая``/``яна`` over a line break.
MAX_MISSES = {"asr-misspelling": 7, "line-break": 4, "lower-case": 6, "pet-oblique": 11, "possessive": 5,
              "surname-oblique": 1, "transliteration": 0}


def _asr_like(text: str) -> str:
    return "".join(" " if c in '.,!?;:«»"()—–' else c.lower() for c in text)


def _masked(doc: Doc, lower: bool) -> bool:
    text = _asr_like(doc.text) if lower else doc.text
    spans = detect(text, doc.lang)
    for surface in doc.surfaces:
        surface = surface.lower() if lower else surface
        at = text.find(surface, doc.later)
        chars = [i for i in range(at, at + len(surface)) if text[i].isalnum()]
        if at < 0 or not all(any(s.start <= i < s.end for s in spans) for i in chars):
            return False
    return True


def test_later_forms_of_a_person_are_mostly_masked() -> None:
    docs = documents()
    assert len(docs) >= 2000
    missed: collections.Counter[str] = collections.Counter()
    for doc in docs:
        for lower in (False, True):
            missed[doc.form] += not _masked(doc, lower)
    assert all(missed[form] <= bound for form, bound in MAX_MISSES.items()), missed


# The common word a seeded name also is stays (``розы`` after ``купили``), and with no person of that name in
# the text.
STAY_ROWS = [
    ("ru", "Роза Кулешова работает в Вильнюсе. Мы купили ей розы на день рождения.", ["розы"]),
    ("ru", "Вера Лагутина приехала позже. У неё вера в бога сильная.", ["бога"]),
    ("ru", "Сергей Тарасов сидит в Шклове. Потом злате дали ещё год.", ["злате"]),
]


@pytest.mark.parametrize(("lang", "text", "stay"), STAY_ROWS)
def test_common_words_beside_a_seeded_name_stay(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)
