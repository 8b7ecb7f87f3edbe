"""Word classes propagation never spreads (detectors/word_classes.py): generic words of a multi-word name, verbs.

Every row is invented; the seed span is given directly (a span the detectors would have found), so that
each row tests propagation, not the detectors.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise.propagate import propagate
from intake.pseudonymise.spans import Span


def seeded(text: str, seed: str, label: str, lang: str) -> dict[str, str]:
    start = text.index(seed)
    spans = [Span(start, start + len(seed), label, seed, 0.8, "test")]
    return {s.text: s.reason for s in propagate(text, lang, spans)}


GENERIC = [
    # (language, text, seed, label, words that still spread, generic words that must stay)
    (
        "be",
        "Маму паклалі ў Бярозаўскую раённую бальніцу. Потым у бальніцы сказалі, што ў Бярозаўскай усё ведаюць.",
        "Бярозаўскую раённую бальніцу",
        "ORGANISATION",
        ["Бярозаўскай"],
        ["бальніцы"],
    ),
    (
        "be",
        "маму паклалі ў бярозаўскую раённую бальніцу потым у бальніцы сказалі што ў бярозаўскай усё ведаюць",
        "бярозаўскую раённую бальніцу",
        "ORGANISATION",
        ["бярозаўскай"],
        ["бальніцы"],
    ),
    (
        "en",
        "He was tried by the Vitebsk Regional Court. The court gave him five years, and in Vitebsk nobody argued.",
        "Vitebsk Regional Court",
        "ORGANISATION",
        ["Vitebsk"],
        ["court"],
    ),
    (
        "en",
        "she wrote to the working group on enforced disappearances and the group said working there is slow",
        "working group on enforced disappearances",
        "ORGANISATION",
        [],
        ["group", "working"],
    ),
    (
        "be",
        "Яго этапавалі ў папраўчую калонію нумар 3. У калоніі ён шыў рукавіцы.",
        "папраўчую калонію нумар 3",
        "DETENTION",
        [],
        ["калоніі"],
    ),
    ("be", "Сына перавялі ў турму нумар 8. У турме холадна.", "турму нумар 8", "DETENTION", [], ["турме"]),
    (
        "be",
        "Брат вучыўся ў Полацкім універсітэце, а потым ва ўніверсітэце яго адлічылі.",
        "Полацкім універсітэце",
        "ORGANISATION",
        [],
        ["ўніверсітэце"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "seed", "label", "spread", "stay"), GENERIC)
def test_a_generic_word_of_a_name_never_spreads_alone(
    lang: str, text: str, seed: str, label: str, spread: list[str], stay: list[str]
) -> None:
    got = seeded(text, seed, label, lang)
    for word in spread:
        assert word in got, f"{word} should spread: {got}"
    for word in stay:
        assert word not in got, f"{word} should stay: {got}"


def test_a_one_word_name_that_is_a_common_word_still_spreads() -> None:
    got = seeded("Мы пісалі ў Вясну. Пра Вясны справу ведаюць усе.", "Вясну", "ORGANISATION", "be")
    assert "Вясны" in got


VERBS = [
    # (text, seed, verb forms that must stay): a verb is never a form of a person's name
    ("потым ганна адпіша нам і мы адпісалі ёй", "ганна адпіша", ["адпісалі"]),
    ("а стася прачытае і мы прачыталі", "стася прачытае", ["прачыталі"]),
    ("а стася адкажа і яна адказала", "стася адкажа", ["адказала"]),
    ("Пішыце Тамары. Калі пішыце, то пішыце коратка.", "Пішыце Тамары", ["пішыце"]),
    ("суседка Чытала прыйшла а мы чыталі кнігі", "Чытала", ["чыталі"]),
]


@pytest.mark.parametrize(("text", "seed", "stay"), VERBS)
def test_a_verb_form_is_never_a_propagated_name(text: str, seed: str, stay: list[str]) -> None:
    got = seeded(text, seed, "PERSON", "be")
    for word in stay:
        assert word not in got, f"{word} should stay: {got}"
