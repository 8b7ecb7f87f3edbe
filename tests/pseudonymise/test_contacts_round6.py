"""Round-6 contact shapes (invented rows): a spoken web address whose first word keeps a written hyphen, a
Belarusian personal number with the letter O for a zero; the residual gate flags both when left unmasked."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.residual.scan import scan


@pytest.mark.parametrize(("text", "language", "surface"), [
    ("we keep a page, free-radio dot org, with the letters", "en", "free-radio dot org"),
    ("пишите на сайт pomogi-sosedu точка бай, там все контакты", "ru", "pomogi-sosedu точка бай"),
])
def test_hyphenated_spoken_url_is_one_address(text: str, language: str, surface: str) -> None:
    assert surface in [s.text for s in detect(text, language) if s.label == "URL"]


@pytest.mark.parametrize("text", [
    "his personal number, 4O71205 K 0O3 PB 6, is in every database",
    "the number 4071205 K 003 PB 6 is in every database",
])
def test_personal_number_with_asr_letter_o(text: str) -> None:
    assert [s for s in detect(text, "en") if s.label == "ID_NUMBER" and s.text.startswith("4")]


@pytest.mark.parametrize("text", ["site free-radio dot org here", "number 4O71205 K 0O3 PB 6 here"])
def test_residual_gate_sees_both_shapes(text: str) -> None:
    assert scan(text, "en")
