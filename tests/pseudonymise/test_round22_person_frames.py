"""Person frames of round 22: an age statement after a name, the answer to "who is X", a nickname noun with a
phrase of since when, a decoy given name in the comitative, an adjective surname after a governed instrumental
name or a decoy name (and the same adjective used as a word nearby).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover and which words must stay unmasked; each is checked as written and as lower-case speech
recognition writes it (punctuation blanked).
"""

from __future__ import annotations

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise.detectors import be_vocab
from tests.pseudonymise.masking import check, word_masked

Row = tuple[str, str, list[str], list[str]]

AGE_ROWS: list[Row] = [
    # ``я X, мне N``: a given name that is also a word, then the speaker's age; the word itself stays.
    ("be", "Рэспандэнт: Я Надзея, мне трыццаць дзевяць, і надзея ў мяне вялікая.", ["Надзея"], ["вялікая"]),
    ("ru", "Респондент: Я Надежда, мне тридцать девять, и надежда у меня большая.", ["Надежда"], ["большая"]),
    ("en", "Respondent: I'm Grace, I'm thirty-nine, so that is me.", ["Grace"], ["me"]),
    # A name (and a surname), then ``ему/ей сейчас N`` in digits.
    ("ru", "Дочка у меня, Мила, ей уже 12.", ["Мила"], ["дочка"]),
    ("ru", "Была у меня ученица, Роза Цыбулька, ей сейчас 15, она в Гданьске.", ["Роза Цыбулька"], ["ученица"]),
    # Decoys: a number of times, not an age.
    ("ru", "Вера мне два раза помогала.", [], ["вера"]),
    ("be", "Надзея мне два разы дапамагла.", [], ["надзея"]),
    ("en", "respondent  i'm hope  i'm two minutes away", [], ["hope"]),
]
WHO_ROWS: list[Row] = [
    # The answer to "who is X" opens with the name, a decoy given name and an unknown surname.
    ("be", "Інтэрв'юер: Хто такі Алесік?\nРэспандэнт: Ян Дзяргачык, мой сусед.", ["Ян Дзяргачык"], ["сусед"]),
    ("ru", "Интервьюер: А кто такой Алесик?\nРеспондент: Ян Дзергачик, мой сосед.", ["Ян Дзергачик"], ["сосед"]),
    (
        "en",
        "Interviewer: Who is Ales?\nRespondent: Will Dziarhachyk, my neighbour.",
        ["Will Dziarhachyk"],
        ["neighbour"],
    ),
    # Decoys: an answer that opens with a pronoun or a role names no one.
    ("be", "Інтэрв'юер: Хто такі Алесік?\nРэспандэнт: Ён мой сусед, ян сказаў бы.", [], ["сусед"]),
    ("en", "Interviewer: Who is Ales?\nRespondent: He is my neighbour, will call you.", [], ["will"]),
]
NICKNAME_ROWS: list[Row] = [
    # A nickname noun, a copula and a phrase of since when or where, then the nickname.
    ("ru", "У него кличка была ещё с армии Ворона, потому что чёрный.", ["Ворона"], ["армии"]),
    ("be", "У яго мянушка яшчэ з войска Вожык, бо калючы.", ["Вожык"], ["войска"]),
    ("en", "His nickname since school was Sparrow, because he was small.", ["Sparrow"], ["school"]),
    # Decoy: an adjective there describes the nickname.
    ("ru", "У него кличка была ещё с армии обидная.", [], ["обидная"]),
    ("be", "У яго мянушка была з войска смешная.", [], ["смешная"]),
]
COMITATIVE_ROWS: list[Row] = [
    # ``мы с X``: a pet form that is also a word (``любой``), proven as a name elsewhere; ``в любой момент`` stays.
    (
        "ru",
        "Жена у меня Любовь Сергеевна, Люба. Мы с Любой решили уехать, в любой момент могли прийти.",
        ["Любой"],
        ["момент"],
    ),
    # Decoy: the adjective before its noun.
    ("ru", "Жена у меня Любовь Сергеевна, Люба. Мы с любой проблемой справлялись.", ["Люба"], ["любой"]),
]
ADJECTIVE_ROWS: list[Row] = [
    # An adjective surname after a name a preposition governs (``-ым`` is its case ending); the same adjective
    # used as a word later (after an adverb or an intensifier) stays.
    (
        "ru",
        "Интервьюер: Вы работали со Станиславом Угрюмым?\nРеспондент: Да, он вечно угрюмый был.",
        ["Угрюмым"],
        ["угрюмый"],
    ),
    # After a name that is also a word (``Львом``) in an oblique case.
    ("ru", "Вы работали со Львом Угрюмым? Он всегда такой угрюмый.", ["Львом Угрюмым"], ["угрюмый"]),
]
BE_ADJECTIVE_ROWS: list[Row] = [
    # A name that is also a word, an adjective surname and a kin apposition at a line start (the adjective as a
    # word later stays: ``test_round22_adjective_used_as_word``).
    ("be", "Рэспандэнт: Леў Сумны, мой стрыечны брат, ён заўсёды быў такі сумны.", ["Леў Сумны"], ["брат"]),
    # A man's name in a soft sign (``алесь``, also a plural of Алеся) takes a masculine adjective surname.
    ("be", "Рэспандэнт: Алесь Сумны, мой сябар, пісаў мне.", ["Алесь Сумны"], ["сябар"]),
]


def _variants(rows: list[Row]) -> list[Row]:
    """Each row as written and in lower case with punctuation blanked (surfaces and stay words lower-cased)."""
    out = []
    for lang, text, surfaces, stay in rows:
        out.append((lang, text, surfaces, stay))
        low = asr_like(text)
        out.append((lang, low, [asr_like(s) for s in surfaces], [asr_like(w).strip() for w in stay]))
    return out


ALL_ROWS = _variants(AGE_ROWS + WHO_ROWS + NICKNAME_ROWS + COMITATIVE_ROWS + ADJECTIVE_ROWS)


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ALL_ROWS)
def test_round22_person_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


@pytest.mark.skipif(not be_vocab.available(), reason="hunspell-be is not installed")
@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), _variants(BE_ADJECTIVE_ROWS))
def test_round22_belarusian_adjective_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


@pytest.mark.skipif(not be_vocab.available(), reason="hunspell-be is not installed")
@pytest.mark.parametrize(
    ("lang", "text", "name", "n", "word", "m"),
    [
        ("be", "рэспандэнт  леў сумны  мой стрыечны брат  ён заўсёды быў такі сумны ", "сумны", 0, "сумны", 1),
        ("ru", "вы работали со львом угрюмым \nреспондент  он всегда угрюмый был", "угрюмым", 0, "угрюмый", 0),
    ],
)
def test_round22_adjective_used_as_word(lang: str, text: str, name: str, n: int, word: str, m: int) -> None:
    """The surname is masked where the name stands and the same adjective stays where it describes."""
    assert word_masked(lang, text, name, n)
    assert not word_masked(lang, text, word, m)
