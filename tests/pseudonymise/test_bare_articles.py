"""Criminal-code article numbers said bare (``detectors/bare_articles.py``): a repeat of an article of the same
document, the answer to a charge word, a part after the number, the offence named next to it. Rows invented;
each group fails without its rule."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors.bare_articles import bare_articles
from intake.pseudonymise.detectors.pattern_tokens import split
from intake.pseudonymise.detectors.spoken_articles import admin_articles
from intake.pseudonymise.spans import Span


def _labels(lang: str, text: str, part: str, nth: int = 0) -> list[str]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    end = start + len(part)
    return [s.label for s in detect(text, lang) if s.start < end and start < s.end]


REPEATED = [  # (language, text, the bare repeat, which occurrence)
    ("en", "She was tried under article 369. The 369 came from one comment online.", "369", 1),
    ("ru", "Судили по статье 293. Про 293 адвокат сказал, что доказательств нет.", "293", 1),
    ("be", "Па артыкуле 342 яго і асудзілі. Трыста сорак два ў нас даюць за кожны марш.", "Трыста сорак два", 0),
    ("en", "Article 130 was the main one. Her lawyer said 130 was a stretch.", "130", 1),
]


@pytest.mark.parametrize(("lang", "text", "part", "nth"), REPEATED)
@pytest.mark.parametrize("lower", [False, True])
def test_a_bare_repeat_of_an_article_is_masked(lang: str, text: str, part: str, nth: int, lower: bool) -> None:
    text, part = (text.lower(), part.lower()) if lower else (text, part)
    assert "AGE_OR_SENTENCE" in _labels(lang, text, part, nth)


CUED = [
    # the answer to a charge word, a question and a speaker label between
    ("ru", "Интервьюер: А в чём её обвиняли?\nРеспондент: 342, за площадь.", "342"),
    ("be", "Пытанне: Што яму інкрымінуюць? Адказ: 369, як і ўсім.", "369"),
    ("en", "Q: What was she charged with? A: 342, like everybody after the marches.", "342"),
    ("ru", "его обвиняют ну 130 вроде бы", "130"),
    # a part after the number
    ("ru", "и ещё добавилась 364 часть вторая уже в колонии", "364"),
    ("en", "there was also 342 part 1 in the file", "342"),
    ("be", "потым прыйшла 293 частка 2 як масавыя", "293"),
    # the offence named next to it
    ("ru", "а за неповиновение, 411, ему продлили на год", "411"),
    ("en", "and 368, insulting the president, on top of that", "368"),
    ("be", "за абразу суддзі, 391, яшчэ асобна", "391"),
    ("ru", "потом 130 за разжигание, хотя он просто репостнул", "130"),
]


@pytest.mark.parametrize(("lang", "text", "part"), CUED)
@pytest.mark.parametrize("lower", [False, True])
def test_a_bare_article_cued_by_the_charges_is_masked(lang: str, text: str, part: str, lower: bool) -> None:
    text, part = (text.lower(), part.lower()) if lower else (text, part)
    assert "AGE_OR_SENTENCE" in _labels(lang, text, part)


NOT_ARTICLES = [
    # counts, money and measures after the number
    ("ru", "Обвинили 342 человека сразу после выборов.", "342"),
    ("ru", "по статье 130 штраф, а потом ещё 130 рублей за адвоката", "130"),
    ("en", "they charged 150 people that week", "150"),
    # no article in the document, no charge word, part or offence near it
    ("ru", "автобус 342 ходит до вокзала раз в час", "342"),
    ("en", "room 411 on the fourth floor was where we met", "411"),
    # a charge word too far back, or another number answering it
    ("ru", "его обвинили в том, что он ходил на марши. Мы жили в доме 130 на окраине.", "130"),
    ("en", "charged with 2 counts, 130 pages in the file", "130"),
]


@pytest.mark.parametrize(("lang", "text", "part"), NOT_ARTICLES)
def test_numbers_that_are_not_articles_stay_unmasked(lang: str, text: str, part: str) -> None:
    start = text.index(part) if part != "130" or "рублей" not in text else text.rindex(part)
    spans = bare_articles(text, split(text), [])
    assert not [s for s in spans if s.start <= start < s.end]


def _shown(number: str) -> Span:
    return Span(0, len(number), "AGE_OR_SENTENCE", number, 0.85, "patterns.article")


def test_a_repeat_needs_an_article_of_the_same_number() -> None:
    text = "потом 342 снова всплыла"
    assert [(s.text, s.reason) for s in bare_articles(text, split(text), [_shown("342")])] == [
        ("342", "uncertain:article")
    ]
    assert bare_articles(text, split(text), [_shown("293")]) == []
    assert bare_articles(text, split(text), []) == []


ADMIN_IN_WORDS = [  # a chapter and an article of the Code of Administrative Offences said in words
    (
        "ru",
        "его взяли прямо у дома и по двадцать четыре двадцать три дали пятнадцать суток",
        "двадцать четыре двадцать три",
    ),
    ("be", "суд па дзевятнаццаць адзінаццаць, за сцяжок на балконе", "дзевятнаццаць адзінаццаць"),
    ("en", "she was fined under twenty-four point twenty-three again", "twenty-four point twenty-three"),
    ("ru", "Протокол составили: статья двадцать четыре точка двадцать три.", "двадцать четыре точка двадцать три"),
]


@pytest.mark.parametrize(("lang", "text", "part"), ADMIN_IN_WORDS)
@pytest.mark.parametrize("lower", [False, True])
def test_an_administrative_article_in_words_is_masked(lang: str, text: str, part: str, lower: bool) -> None:
    text, part = (text.lower(), part.lower()) if lower else (text, part)
    assert "AGE_OR_SENTENCE" in _labels(lang, text, part)


@pytest.mark.parametrize(
    "text", ["платили по двадцать четыре двадцать пять рублей", "работали по двадцать четыре двенадцать часов"]
)
def test_two_numbers_after_po_with_a_count_are_not_an_article(text: str) -> None:
    assert not admin_articles(text, split(text))
