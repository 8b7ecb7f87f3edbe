"""A capitalised proven name written later in lower case in cased text (``oblique_names.py``): only an
oblique case the syntax makes a person is masked, never the nominative or the word after a preposition.
Rows invented."""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

MASK_ROWS = [
    ("ru", "Злата Мироненко живёт в Лиде. Адвокат сказал, что злате передали письмо.", ["злате"]),
    ("ru", "Это письмо от Любови Драгун. Суд перенесли. Потом любови дали свидание.", ["любови"]),
    ("be", "Надзея Карповіч сядзіць у Гомелі. Потым надзеі адмовілі ў спатканні.", ["надзеі"]),
    ("ru", "Виктория Зубец сидит в Гомеле. Потом адвокат передал виктории письмо.", ["виктории"]),
    ("ru", "Майя Бородич пишет мне. Вчера я виделась с майей и её мамой.", ["майей"]),
]

STAY_ROWS = [
    ("ru", "Вера Климович ждёт суда. Но вера у неё есть, и надежда тоже.", ["вера"]),
    ("ru", "Надежда Лисовская пишет из колонии. Мы живём в надежде на скорое освобождение.", ["надежде"]),
    ("ru", "Надежда Лисовская пишет из колонии. Все говорили с надеждой на лучшее.", ["надеждой"]),
    ("ru", "Роза Гончарик ждёт суда. Каждой розе дали воды.", ["розе"]),
]


@pytest.mark.parametrize(("lang", "text", "mask"), MASK_ROWS)
def test_lower_case_oblique_forms_of_a_proven_name(lang: str, text: str, mask: list[str]) -> None:
    check(lang, text, mask, [])


@pytest.mark.parametrize(("lang", "text", "stay"), STAY_ROWS)
def test_nominative_and_prepositional_forms_stay(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)
