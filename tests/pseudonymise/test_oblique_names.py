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
    # an uncertain given name seeds its own oblique forms (``context_names.detect_weak``)
    ("ru", "я расскажу про надежду бельчик  её задержали летом  потом надежде дали свидание", ["надежде"]),
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


# Speech-recognition text: a dropped full stop (two blanks) after a given name and a surname ends the name,
# not the start of an organisation (``institutions._joins``).
ASR_ROWS = [
    ("ru", "мы говорим про судьбу марины ковальской  суд над ней был закрытый", "марины ковальской", "PERSON"),
    ("be", "мы гаворым пра лёс аксаны маеўскай  суд над ёй быў закрыты", "аксаны маеўскай", "PERSON"),
    ("ru", "его судил ленинский районный  суд города гродно", "ленинский районный  суд", "ORGANISATION"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "label"), ASR_ROWS)
def test_a_dropped_mark_after_a_full_name_ends_it(lang: str, text: str, surface: str, label: str) -> None:
    from intake.pseudonymise import detect

    spans = detect(text, lang)
    at = text.index(surface)
    end = at + len(surface)
    assert any(s.label == label and s.start <= at and end <= s.end for s in spans), spans
    assert not any(s.label != label and s.start < end and at < s.end for s in spans), spans
