"""Letters written for digits inside a phone's digit groups: besides Latin ``I``/``l``/``O`` and Cyrillic
``О``/``З``, the Belarusian ``і`` (1) and the Cyrillic ``б`` / Latin ``b`` (6). Invented numbers."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.residual.scan import scan


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        ("Лепш праз Ірэну, у яе латвійскі нумар, плюс 371 2б7 45 О81. Ці пошта яе.", "be", "плюс 371 2б7 45 О81"),
        ("мой нумар польскі плюс 48 5і3 908 з17 ён і ў вайбер", "be", "плюс 48 5і3 908 з17"),
        ("Звоните на +375 29 1b4 22 71, это мой рабочий.", "ru", "+375 29 1b4 22 71"),
    ],
)
def test_phone_with_letters_for_digits_is_masked(text: str, language: str, number: str) -> None:
    start = text.index(number)
    end = start + len(number)
    spans = detect(text, language)
    covered = {i for s in spans for i in range(s.start, s.end)}
    assert all(i in covered for i in range(start, end) if not text[i].isspace()), [(s.text, s.label) for s in spans]


@pytest.mark.parametrize(
    "text",
    ["у яе нумар плюс 371 2б7 45 О81 вось так", "мой нумар плюс 48 5і3 908 з17 пішыце"],
)
def test_residual_gate_flags_letters_for_digits(text: str) -> None:
    hits = scan(text, "be")
    assert any("5і3" in h.text or "2б7" in h.text for h in hits), hits
