"""The surname inventory test (``surname_inventory.py``): every listed surname, male and female, in the frames a
transcript uses, and the mechanisms its misses led to.

The inventory (surnames common in Belarus, written from general knowledge: every morphological class and many
common-word surnames) is rendered after a given name, after a title or role, as a verb's object, at a sentence
start, in the oblique cases, lower-cased and unpunctuated like speech recognition, and in English. Common-word
surnames (``Дуб``, ``Корж``, ``Белый``) are decoys by design and miss alone at a sentence start or lower-cased
after a title; the test bounds the misses and pins the mechanisms. No row comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from tests.pseudonymise.masking import check, covered
from tests.pseudonymise.surname_inventory import entries, rows

# Of 10,568 rendered rows: 743 missed before round 14's object-surname slot, 598 after (``start`` and
# lower-case ``title``/``verb`` rows of common-word surnames), 247 after the subject-surname slots.
MAX_MISSED_ROWS = 250


def test_inventory_frames_are_mostly_masked() -> None:
    missed = [text for _, lang, text, surface in rows() if not covered(detect(text, lang), text, surface)]
    assert len(entries()) >= 220
    assert len(missed) <= MAX_MISSED_ROWS, missed[:50]


# A surname as the object of a verb done to a person, lower case and unpunctuated: shaped like a surname in the
# accusative, or a masculine common noun in the animate accusative (the genitive form).
OBJECT_ROWS = [
    ("be", "праз тыдзень выклікалі лапіцкую на допыт", ["лапіцкую"]),
    ("be", "потым выклікалі мікуліна на допыт", ["мікуліна"]),
    ("ru", "следом задержали сазана с женой", ["сазана"]),
    ("be", "потым затрымалі сямашкова каля пад'езда", ["сямашкова"]),
    ("be", "а потым асудзілі дзятла на тры гады", ["дзятла"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces"), OBJECT_ROWS)
def test_surname_as_the_object_of_a_person_verb(lang: str, text: str, surfaces: list[str]) -> None:
    check(lang, text, surfaces, [])


# The same slot keeps its things and its noun phrases: an inanimate object keeps the thing's form, an adjective
# before its noun, and the common words of the inventory in their common use.
STAY_ROWS = [
    ("ru", "потом вызвали скорую и участкового", ["скорую"]),
    ("ru", "вызвали городского участкового на место", ["городского"]),
    ("ru", "у них обыскали дом и забрали телефоны", ["дом"]),
    ("ru", "задержали двоих и отпустили вечером", ["двоих"]),
    ("ru", "на стене висела картина а под окном рос дуб", ["дуб"]),
    ("ru", "бабушка испекла корж и сварила борщ", ["корж"]),
    ("be", "на бярозе сядзела сарока а ў траве поўз вуж", ["сарока"]),
    ("ru", "Коваль в деревне ковал подковы для всех.", ["ковал"]),
    ("ru", "Кот спал на подоконнике весь день.", ["спал"]),
]


@pytest.mark.parametrize(("lang", "text", "stay"), STAY_ROWS)
def test_common_words_in_their_common_use_stay(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)
