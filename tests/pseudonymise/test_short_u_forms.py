"""A Belarusian word ending in ``ў`` (``маўляў``, ``маршаў``) is no pet form of a given name: ``ў`` is no case
ending, so the pet-form reading (``маўля`` + ``у``) does not apply; a listed name form in ``ў`` (``Якаў``,
``Леў``) stays a name."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def _masked(text: str, word: str) -> bool:
    start = text.index(word)
    return any(s.start <= start < s.end for s in detect(text, "be"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Яна напісала, маўляў, усё добра, не хвалюйцеся.", "маўляў"),
        ("ён сказаў маўляў не чакайце мяне", "маўляў"),
        ("Пасля тых маршаў многіх затрымалі.", "маршаў"),
        ("пасля маршаў нас шукалі  ну і знайшлі", "маршаў"),
    ],
)
def test_short_u_word_stays_unmasked(text: str, word: str) -> None:
    assert not _masked(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Мой брат Якаў піша з калоніі кожны тыдзень.", "Якаў"),
        ("Сусед Леў Пятровіч дапамагаў з перадачамі.", "Леў"),
        ("брат якаў піша кожны тыдзень", "якаў"),
    ],
)
def test_listed_name_in_short_u_stays_masked(text: str, word: str) -> None:
    assert _masked(text, word)
