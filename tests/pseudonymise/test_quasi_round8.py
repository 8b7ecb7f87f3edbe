"""Terms said again without a unit and ages said without a verb (round 8). Every row is invented for this test
(none is copied from an evaluation set); each fails without its mechanism."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def _ages(text: str, lang: str) -> list[str]:
    return [s.text for s in detect(text, lang) if s.label == "AGE_OR_SENTENCE"]


@pytest.mark.parametrize(("text", "lang", "number"), [
    ("Брату дали семь лет. Семь. Мама плакала весь вечер.", "ru", "Семь"),
    ("Яму далі пяць гадоў. Пяць. Мы не чакалі.", "be", "Пяць"),
    ("ёй далі пяць гадоў  пяць  яму сказалі чакаць", "be", "пяць"),  # blanked punctuation, a noun-like word after
    ("They gave him nine years, nine, for one comment.", "en", "nine"),
])
def test_a_terms_number_echoed_alone_is_masked(text: str, lang: str, number: str) -> None:
    assert number in _ages(text, lang)


def test_an_other_number_after_a_term_is_no_echo() -> None:
    assert "Два" not in _ages("Дали семь лет. Два брата пришли на суд.", "ru")


@pytest.mark.parametrize(("text", "lang", "number"), [
    ("Суд дал пять лет. Прокурор просил восемь.", "ru", "восемь"),
    ("пракурор прасіў дзевяць, а суд даў сем гадоў", "be", "дзевяць"),
    ("The prosecutor asked for eleven. The judge gave her nine years.", "en", "eleven"),
])
def test_the_number_the_prosecution_asked_for_is_masked(text: str, lang: str, number: str) -> None:
    assert number in _ages(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("She asked for nine copies of the letter.", "en"),
    ("Я просила две минуты, чтобы собраться.", "ru"),
    ("Он просил восемь, а мы принесли шесть яблок.", "ru"),  # no prosecution, no term near
])
def test_asking_for_a_count_is_not_a_term(text: str, lang: str) -> None:
    assert not [s for s in detect(text, lang) if s.label == "AGE_OR_SENTENCE" and not s.uncertain], text
    assert not _ages(text, lang), text


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("ён адбыў год з трох і цяпер чакае", "be", "год з трох"),
    ("отсидел год из четырёх, осталось три", "ru", "год из четырёх"),
    ("he has served one of three so far", "en", "one of three"),
])
def test_a_year_served_of_the_whole_is_masked(text: str, lang: str, span: str) -> None:
    assert span in _ages(text, lang)


def test_one_of_several_people_is_no_share() -> None:
    assert not _ages("Один из трёх братьев уехал в Польшу.", "ru")
    assert not _ages("One of three brothers left for Poland.", "en")


@pytest.mark.parametrize(("text", "lang", "number"), [
    ("мне пятьдесят два уезжать страшно", "ru", "пятьдесят два"),  # an infinitive is never counted
    ("ёй сорак адзін працаваць трэба", "be", "сорак адзін"),
    ("старшему двенадцать, а младшей пять", "ru", "двенадцать"),  # the elder child named by an adjective
    ("старэйшаму дзевяць а малодшай чатыры", "be", "дзевяць"),
    ("Her sister was\nforty-four when they came for her.", "en", "forty-four"),  # a wrapped line
])
def test_an_age_after_a_dative_or_a_wrapped_copula_is_masked(text: str, lang: str, number: str) -> None:
    assert number in _ages(text, lang)


def test_a_dative_before_money_is_no_age() -> None:
    assert not _ages("мне пятьдесят рублей должны", "ru")
