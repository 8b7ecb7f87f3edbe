"""Stem changes and productive pet forms of Russian and Belarusian names (``declension.py``), and their use
by propagation: a name proved once in a text masks its oblique forms and pet forms elsewhere.

Every row is invented for this file (no sentence or name of an evaluation set).
"""

from __future__ import annotations

import pytest

from intake.pseudonymise.declension import fleeting_stems, oblique_forms, pet_forms
from tests.pseudonymise.masking import check


@pytest.mark.parametrize(
    ("norm", "stems"),
    [
        ("бабер", {"бабр"}),  # -ёр (folded): Бабёр -> Бабра
        ("арол", {"арл"}),  # Belarusian Арол -> Арла
        ("шаучонак", {"шаучонк"}),  # Belarusian akanye: -ак -> -к
        ("кудзел", {"кудзл"}),
        ("лев", {"льв"}),  # л before the lost е stays soft
        ("коралек", {"коральк"}),
        ("кравец", {"кравц"}),
        ("федор", set()),  # -ор keeps its vowel: Фёдора
        ("таранак", {"таранк"}),
        ("бондар", set()),  # -ар keeps it too
        ("корзун", set()),
        ("кот", set()),
    ],
)
def test_fleeting_vowels(norm: str, stems: set[str]) -> None:
    assert fleeting_stems(norm) == stems


def test_oblique_forms_are_singular_and_alternate_consonants() -> None:
    assert {"бабра", "бабру", "бабром"} <= oblique_forms("бабер")
    assert "бабры" not in oblique_forms("бабер")  # a plural is mostly the animal, not the family
    assert {"вользе", "парасе", "аленцы"} <= oblique_forms("вольга") | oblique_forms("параха") | oblique_forms(
        "аленка"
    )


def test_pet_forms_are_generated_from_syllables() -> None:
    assert {"циша", "цишка"} <= pet_forms("цихан")
    assert {"проша", "прошка"} <= pet_forms("прохор")
    assert {"ирка", "ириша"} <= pet_forms("ирина")
    assert "тоня" in pet_forms("антон")
    assert "наша" not in pet_forms("наталья")  # a possessive pronoun, never generated
    assert pet_forms("ян") == frozenset()


# Kind: a surname with a fleeting vowel, proved once, is masked in its oblique cases, also in lower case.
FLEETING = [
    ("be", "наш настаўнік ігнат сцябёр прыйшоў а сцябра потым забралі ў пятніцу", ["сцябра"], ["пятніцу"]),
    ("be", "Мой сусед Лявон Кудзел, добры чалавек. Кудзла ўсе паважаюць.", ["Кудзла"], ["паважаюць"]),
    ("ru", "Со мной сидел Пётр Мурашонок. Мурашонка потом перевели в другой отряд.", ["Мурашонка"], ["отряд"]),
    ("be", "Гэта была Агата Таранак з Ліды. Таранка мы больш не бачылі.", ["Таранка"], ["бачылі"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), FLEETING)
def test_fleeting_vowel_forms_propagate(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


# Kind: a pet form the list of given names lacks, from a given name proved in the same text.
PETS = [
    ("ru", "Мой сосед Харитон Ткачук уехал в Польшу. Харишу мы потом видели в Варшаве.", ["Харишу"], ["видели"]),
    ("ru", "дед ерофей лапицкий жил один а ерошка его внук приезжал летом", ["ерошка"], ["летом"]),
    ("be", "брат цімафей гарох жыве ў вёсцы а ціму мы бачым рэдка", ["ціму"], ["рэдка"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), PETS)
def test_generated_pet_forms_propagate(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


def test_generated_pet_forms_skip_ordinary_words() -> None:
    """``марка`` is a closed first syllable of Марина plus ``-ка``, and an ordinary word: it stays."""
    check("ru", "Моя сестра Марина Ковальчук приклеила марку на конверт.", ["Марина Ковальчук"], ["марку"])
    check("be", "Наталля Гарох сказала, што нашых у двары не было.", ["Наталля Гарох"], ["нашых"])


# Kind: Belarusian pronouns, adverbs and verbs that share a form with a pet name stay in lower case and at a
# sentence start; a pet form in -йка of a name in -я is a name in its oblique cases.
@pytest.mark.parametrize(
    ("lang", "text", "stay"),
    [
        ("be", "гэта мая кніга, а тая паліца не маёй сяброўкі", ["мая", "тая", "маёй"]),
        ("be", "Сёння дрэва расце каля хаты, а на рацэ ўжо лёд", ["сёння", "расце", "рацэ"]),
        ("be", "Мая кніга ляжыць на стале", ["мая"]),
    ],
)
def test_belarusian_function_words_are_no_names(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)


def test_pet_form_in_iyka_of_a_name_in_ya() -> None:
    check("be", "калі хочаце, напішыце марыйцы на пошту", ["марыйцы"], ["пошту"])


def test_polish_belarusian_pet_suffix_ek_on_a_short_name() -> None:
    """``-эк`` (Polish ``-ek``) makes pet forms of short names as ``-ік`` does: ``юрэк`` of Юра, ``янэк`` of Ян."""
    check("be", "а потым брат кажа юрэк прыходзь раней", ["юрэк"], ["брат"])
    check("be", "сусед напісаў янэк ужо дома", ["янэк"], ["сусед"])


def test_belarusian_dative_in_ze_propagates() -> None:
    """``-га`` -> ``-зе`` (Вольга -> Вользе): the stem changes, so stripping an ending cannot find it."""
    text = "мая сяброўка вольга кавалёва жыве ў мінску я пішу вользе кожны тыдзень"
    check("be", text, ["вольга кавалёва", "вользе"], ["жыве", "тыдзень"])


def test_no_third_name_word_after_a_name_and_surname() -> None:
    """After a given name and a surname a third word is no name part (``вольга кавалёва жыве``), unless the
    middle word is a given name or patronymic (``ковальчук анна сергеевна``)."""
    check("be", "наша суседка ганна вярбіцкая жыве побач", ["ганна вярбіцкая"], ["жыве"])
    check("ru", "в камере была ковальчук анна сергеевна из бреста", ["ковальчук анна сергеевна"], [])
