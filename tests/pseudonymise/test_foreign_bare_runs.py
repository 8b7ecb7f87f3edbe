"""A Latin-letter run that the Cyrillic sentence uses as a noun is a name even when nothing flagged it
(``foreign_runs.bare_runs``).

Invented rows: the organisations and carrier sentences were written for these tests (none is taken from an
evaluation set)."""

from __future__ import annotations

import pytest

from intake.pseudonymise.detectors.foreign_runs import bare_runs
from intake.pseudonymise.detectors.tokens import tokenize
from intake.pseudonymise.spans import Span
from tests.pseudonymise.masking import check

# A nationality or place adjective (no lower-case English word) or capitals in cased text show the name.
NAMED = [
    ("ru", "Нам помогали ребята из lithuanian rescue fund, это волонтёры.", "lithuanian rescue fund"),
    ("ru", "Сестра теперь работает в Armenian Bread House, на кухне.", "Armenian Bread House"),
    ("be", "Цяпер ён кіроўца ў Polish Freight Union, ездзіць па ўсёй Еўропе.", "Polish Freight Union"),
    ("be", "я ўладкавалася ў estonian hope kitchen і там мыю посуд", "estonian hope kitchen"),
    ("ru", "деньги шли через dresdner nachbarschaft verein а потом перестали", "dresdner nachbarschaft verein"),
    ("be", "мы збіралі рэчы для Kaunas Winter Shelter кожную суботу", "Kaunas Winter Shelter"),
]


@pytest.mark.parametrize(("lang", "text", "name"), NAMED)
def test_a_latin_run_after_a_cyrillic_preposition_is_masked_whole(lang: str, text: str, name: str) -> None:
    check(lang, text, [name], [], whole=True)


@pytest.mark.parametrize(("lang", "text", "name"), NAMED)
def test_the_rule_finds_it_alone_as_an_uncertain_organisation(lang: str, text: str, name: str) -> None:
    found = bare_runs([], tokenize(text), text)
    assert [(s.text, s.label, s.reason) for s in found] == [(name, "ORGANISATION", "uncertain:foreign-run")]


@pytest.mark.parametrize(
    "text",
    [
        "мы созванивались в real time без пауз",  # English words in lower case: a borrowed phrase
        "Я уже год на home office, и мне нормально.",
        "Пишу ему в WhatsApp chat каждый вечер.",  # a platform and an English word
        "Он сказал Georgian Railway и замолчал.",  # no preposition: not a noun of the sentence
    ],
)
def test_borrowed_phrases_platforms_and_runs_without_a_preposition_stay(text: str) -> None:
    assert bare_runs([], tokenize(text), text) == []


def test_english_text_and_single_latin_words_are_left_to_other_rules() -> None:
    english = "Then she started at Armenian Bread House in Yerevan and stayed there."
    assert bare_runs([], tokenize(english), english) == []
    single = "Он работает в Gardenia, это фирма."
    assert bare_runs([], tokenize(single), single) == []


def _spans(text: str, *words: str, label: str = "PERSON") -> list[Span]:
    return [Span(text.index(w), text.index(w) + len(w), label, w, 0.8, "test") for w in words]


def test_a_run_one_span_already_covers_is_left_alone() -> None:
    text = "письмо пришло от Marina Kovalchuk вчера"
    assert bare_runs(_spans(text, "Marina Kovalchuk"), tokenize(text), text) == []


def test_a_person_in_sure_pieces_stays_a_person_and_a_stray_piece_gives_no_label() -> None:
    text = "письмо пришло от Marina Kovalchuk вчера"
    found = bare_runs(_spans(text, "Marina", "Kovalchuk"), tokenize(text), text)
    assert [(s.text, s.label) for s in found] == [("Marina Kovalchuk", "PERSON")]
    text = "она устроилась в Baltic Rail Works прошлой весной"
    found = bare_runs(_spans(text, "Baltic"), tokenize(text), text)
    assert [(s.text, s.label) for s in found] == [("Baltic Rail Works", "ORGANISATION")]


def test_a_name_spelled_letter_by_letter_is_no_run() -> None:
    text = "фамилия через j  k-o-w-a-l пишется"
    assert bare_runs([], tokenize(text), text) == []
