"""Round-6 contact shape: a spoken web address whose first word keeps a written hyphen (invented rows)."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


@pytest.mark.parametrize(("text", "language", "surface"), [
    ("we keep a page, free-radio dot org, with the letters", "en", "free-radio dot org"),
    ("пишите на сайт pomogi-sosedu точка бай, там все контакты", "ru", "pomogi-sosedu точка бай"),
])
def test_hyphenated_spoken_url_is_one_address(text: str, language: str, surface: str) -> None:
    assert surface in [s.text for s in detect(text, language) if s.label == "URL"]
