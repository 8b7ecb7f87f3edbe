"""Round 23 quasi-identifiers: a year added with an adverb of addition (``bare_terms.py``), an article number
followed by the term given under it (``article_inventory.py``, ``spoken_articles.py``), ``another one 130``,
document numbers after any document word in lower case (``cued_numbers.py``), towns named by an adjective as
a person's origin (``common_entries.py``). Each row cased and as unpunctuated lower-case speech. Rows invented."""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import asr_variants, check

MASK_ROWS = asr_variants([
    # a year added to a term, the number left unsaid
    ("Брату далі дадаткова год па 411-м.", "be", "год"),
    ("Мужу потом дали дополнительно год за нарушения.", "ru", "год"),
    ("Then they gave him an extra year for the colony.", "en", "year"),
    # an article number, then the term given under it: both, apart
    ("Сосед сидит за 293 пять лет, отсидел два.", "ru", "293"),
    ("Сосед сидит за 293 пять лет, отсидел два.", "ru", "пять лет"),
    ("Яе муж сядзіць па 342 тры гады ўжо.", "be", "342"),
    ("Яе муж сядзіць па 342 тры гады ўжо.", "be", "тры гады"),
    ("По статье 361 четыре года дали.", "ru", "четыре года"),
    ("She is in for 342 two years now.", "en", "342"),
    # ``one`` after a determiner is the pronoun for an article, not a digit of the next number
    ("He was charged under 342 and another one 130 for the posts.", "en", "130"),
    ("He was tried under 361 and that one 342 came later.", "en", "342"),
    # a document number after any document word, the series in lower case
    ("We showed the travel document number lt 0917743 at the border.", "en", "0917743"),
    ("Ей выдали документ номер lt 2208815 в Вильнюсе.", "ru", "2208815"),
    ("Мне далі дакумент, нумар lt 3318826, на год.", "be", "3318826"),
    # a town named by an adjective, in its genitive, as where a person comes from
    ("Быў у нас трактарыст з Круглага, добры дзядзька.", "be", "Круглага"),
    ("Он родом из Круглого, это под Могилёвом.", "ru", "Круглого"),
    ("Сосед из Круглого привёз нам картошки.", "ru", "Круглого"),
])

STAY_ROWS = [
    ("be", "ён дадаткова год хадзіў на курсы англійскай", ["год"]),
    ("ru", "я дополнительно год учила немецкий в школе", ["год"]),
    ("en", "we had an extra year at school because of covid", ["year"]),
    ("ru", "мы шли за 130 два километра по полю", ["130"]),
    ("ru", "купили за 310 два раза по скидке", ["310"]),
    ("en", "i bought another one 130 euros for the bike", ["130"]),
    ("en", "the documents were 20 pages long and all in polish", ["20"]),
    ("ru", "в документе было 250 страниц и ни одной подписи", ["250"]),
    ("be", "ён з круглага акна глядзеў на двор", ["круглага"]),
    ("ru", "он из круглого сделал квадратное и смеялся", ["круглого"]),
    ("ru", "сосед из круглого окна смотрел на нас", ["круглого"]),
]


@pytest.mark.parametrize(("text", "lang", "surface"), MASK_ROWS)
def test_round_23_quasi_identifiers_are_masked(text: str, lang: str, surface: str) -> None:
    check(lang, text, [surface], [])


@pytest.mark.parametrize(("lang", "text", "stay"), STAY_ROWS)
def test_ordinary_uses_of_the_same_words_stay(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)


@pytest.mark.parametrize(
    ("lang", "text", "article", "term"),
    [
        ("ru", "по статье 342 шесть лет дали", "342", "шесть лет"),
        ("be", "па артыкуле 342 два гады далі", "342", "два гады"),
        ("ru", "он сидит за 293 шесть лет а отсидел три", "293", "шесть лет"),
    ],
)
def test_a_term_after_an_article_is_not_its_part(lang: str, text: str, article: str, term: str) -> None:
    from intake.pseudonymise import detect

    spans = {s.text for s in detect(text, lang) if s.label == "AGE_OR_SENTENCE"}
    assert article in spans and term in spans, spans
