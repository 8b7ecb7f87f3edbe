"""Names joined by two or more spoken dots are handles (``web_dotted.py``). Rows invented."""

from __future__ import annotations

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect

HANDLES = [
    ("en", "Find us as olenka dot by dot media, we post every day.", "olenka dot by dot media"),
    ("en", "Look for zmitser dot art dot studio, that is his page.", "zmitser dot art dot studio"),
    ("en", "Her channel is called hanna dot grodno dot news now.", "hanna dot grodno dot news"),
    ("ru", "Пишите в лесик точка арт точка студио, там ответят.", "лесик точка арт точка студио"),
    ("be", "Шукайце нас як зорка кропка вольная кропка хата.", "зорка кропка вольная кропка хата"),
]

DECOYS = [
    ("en", "And then, dot dot dot, nothing happened for a year."),
    ("en", "He drew a dot, then another dot on the map."),
    ("en", "Go to viasna dot org and read it."),  # a URL, found as one
    ("ru", "С моей точки зрения, точка, и всё."),
    ("be", "Ён паставіў кропку, а потым яшчэ кропку."),
]


@pytest.mark.parametrize(("language", "text", "handle"), HANDLES)
@pytest.mark.parametrize("variant", ["cased", "asr"])
def test_dotted_names_are_handles(language: str, text: str, handle: str, variant: str) -> None:
    text = asr_like(text) if variant == "asr" else text
    start = text.lower().index(handle.lower())
    spans = detect(text, language)
    assert any(s.label == "HANDLE" and s.start <= start and start + len(handle) <= s.end for s in spans), spans


@pytest.mark.parametrize(("language", "text"), DECOYS)
@pytest.mark.parametrize("variant", ["cased", "asr"])
def test_dots_in_speech_are_no_handle(language: str, text: str, variant: str) -> None:
    text = asr_like(text) if variant == "asr" else text
    assert not [s for s in detect(text, language) if s.label == "HANDLE"], text
