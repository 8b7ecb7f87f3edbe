"""Adjective surnames of both genders in lower-case speech (``detectors/adjective_surnames.py``).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import be_vocab
from tests.pseudonymise.masking import check

ROWS = [
    # A feminine adjective after a woman's name, then its noun-less oblique forms elsewhere.
    (
        "ru",
        "нас защищала ирина заботливая потом заботливую отстранили а с заботливой мы дружим",
        ["заботливая", "заботливую", "заботливой"],
        ["отстранили"],
    ),
    # An intensifier before a second adjective: the first is the name.
    ("ru", "следователь была марина ласковая очень вежливая", ["ласковая"], ["вежливая"]),
    # After a title, either gender.
    ("ru", "дело вёл судья кривой он дал пять лет", ["кривой"], ["дело"]),
    ("ru", "адвокат заботливая пришла на свидание", ["заботливая"], ["свидание"]),
    # Decoys: a predicate word after the adjective, a noun after it, a very common adjective.
    ("ru", "ольга заботливая была всегда", [], ["заботливая"]),
    ("ru", "наташа заботливая женщина", [], ["заботливая"]),
    ("ru", "катя добрая и смешная", [], ["добрая"]),
]
BE_ROWS = [
    # Belarusian adjectives no Russian reading knows: by their endings, through hunspell-be.
    ("be", "мы доўга чакалі а потым марына чорная выйшла да нас", ["чорная"], ["выйшла"]),
    ("be", "сёння пётр чорны зноў напісаў ліст", ["чорны"], ["ліст"]),
    ("be", "перадачу аддалі вользе чорнай у сераду", ["чорнай"], ["сераду"]),
    # A spread form with a noun after it is an attribute, not the surname.
    ("be", "марына чорная кажа што ў чорны спіс іх не ўнеслі", ["чорная"], ["чорны", "спіс"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_adjective_surname_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


@pytest.mark.skipif(not be_vocab.available(), reason="hunspell-be is not installed")
@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), BE_ROWS)
def test_belarusian_adjective_surname_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


def test_candidates_are_uncertain_with_their_rule() -> None:
    spans = detect("дело вёл судья кривой он дал пять лет", "ru")
    assert [s.reason for s in spans if s.text == "кривой"] == ["uncertain:adjective-surname"]
