"""A name said across a segment break in lower-case speech is one name (tokens.py); speaker labels never join.
A possessive built on a pet form of a proven name is the name (propagate.py).

Rows invented for this test."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors.tokens import tokenize

JOINED = [
    ("be", "рэспандэнт: мы хадзілі разам з мікітам\nжуком ён вучыўся ў менску", "жуком"),
    ("ru", "респондент: со мной сидел фёдор\nрыбак он тоже из гомеля", "рыбак"),
    ("be", "рэспандэнт: у нас была настаўніца ганна\nсініца яна вельмі добрая", "сініца"),
    ("ru", "респондент: адвокат наш павел\nграч очень старался", "грач"),
    ("ru", "респондент: я дружил с артёмом\nворобьём ещё со школы", "воробьём"),
]


@pytest.mark.parametrize(("language", "text", "surname"), JOINED)
def test_a_lower_case_name_continues_over_a_line_break(language: str, text: str, surname: str) -> None:
    start = text.index(surname)
    spans = detect(text, language)
    assert any(s.label == "PERSON" and s.start <= start and start + len(surname) <= s.end for s in spans), spans


def test_a_speaker_label_never_continues_a_name() -> None:
    text = "интервьюер: а кто такой олег\nреспондент: олег это мой брат"
    tokens = tokenize(text)
    label = next(t for t in tokens if t.text == "респондент")
    assert not label.spaced
    text = "интервьюер  а кто такой олег\nреспондент  олег это мой брат"  # a stripped export drops the colon
    assert not next(t for t in tokenize(text) if t.text == "респондент").spaced


def test_a_capitalised_line_or_two_breaks_stay_apart() -> None:
    assert not next(t for t in tokenize("он сказал олег\nПотом ушёл") if t.text == "Потом").spaced
    assert not next(t for t in tokenize("он сказал олег\n\nпотом ушёл") if t.text == "потом").spaced


@pytest.mark.parametrize(("language", "text", "word"), [
    ("ru", "тимур сидел два года а нашли тимкин старый ноутбук", "тимкин"),
])
def test_a_possessive_of_a_pet_form_of_a_proven_name(language: str, text: str, word: str) -> None:
    """``propagate``: a possessive adjective built on a pet form generated from a name found in the text."""
    start = text.index(word)
    assert any(s.start <= start and start + len(word) <= s.end for s in detect(text, language))


@pytest.mark.parametrize(("language", "text", "date"), [
    ("ru", "его задержали в апреле 21 года на остановке", "апреле 21 года"),
    ("ru", "суд был в ноябре 22-го года", "ноябре 22-го года"),
    ("be", "суд быў у снежні 24 года", "снежні 24 года"),
])
def test_a_month_and_a_two_digit_year_is_a_date(language: str, text: str, date: str) -> None:
    """``dates.py``: a month with a two-digit year and its year word (``года``), with or without ``-го``."""
    start = text.index(date)
    assert any(s.label == "DATE" and s.start == start and s.end == start + len(date) for s in detect(text, language))


@pytest.mark.parametrize(("language", "text", "word"), [
    ("ru", "и тут брат мой сокол андрей приехал за нами", "сокол"),
    ("ru", "потом сосед наш грач виталик всё рассказал", "грач"),
])
def test_a_noun_before_a_given_name_after_a_role_and_a_possessive(language: str, text: str, word: str) -> None:
    """``noun_surnames``: ``сосед наш X серёга`` puts the person's name after the possessive, surname first."""
    start = text.index(word)
    assert any(s.start <= start and start + len(word) <= s.end for s in detect(text, language))


def test_a_role_and_a_possessive_without_a_given_name_after_name_nobody() -> None:
    text = "сосед наш часто ходит на рынок"
    assert not [s for s in detect(text, "ru") if s.label == "PERSON"]


@pytest.mark.parametrize(("language", "text", "article"), [
    ("ru", "интервьюер: а статьи какие\nреспондент: 361 4 и ещё 130", "361 4"),
    ("en", "she got 293 for the mass riots in her town", "293"),
])
def test_a_bare_article_asked_for_or_named_by_its_offence(language: str, text: str, article: str) -> None:
    """``bare_articles``: the part after a space (``361 4``), the answer to ``какие статьи``, the offence four
    words on."""
    start = text.index(article)
    assert any(s.start <= start and start + len(article) <= s.end for s in detect(text, language))


def test_a_spaced_digit_before_a_term_is_no_part() -> None:
    text = "дали по 342 3 года"
    assert any(text[s.start:s.end].endswith("3 года") for s in detect(text, "ru"))


@pytest.mark.parametrize(("language", "text", "org"), [
    ("ru", "она вела кружок при дк железнодорожников", "дк железнодорожников"),
    ("ru", "он три сезона играл за фк лида", "фк лида"),
])
def test_the_acronym_of_a_house_of_culture_or_a_club_takes_its_name(language: str, text: str, org: str) -> None:
    """``orgcue_words.FORMS``: ``дк``, ``фк``, ``хк`` announce a name, as ``оао`` and ``рнпц`` do."""
    start = text.index(org)
    assert any(s.label == "ORGANISATION" and s.start == start and s.end == start + len(org)
               for s in detect(text, language))
