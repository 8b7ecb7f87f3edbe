"""Language codes, a study's allowed languages, and detection restricted to them."""

from __future__ import annotations

import io

import numpy as np
import pytest

from transcribe import Engine, FakeEngine, FakeLine, TranscribeOptions
from transcribe.languages import (
    DEFAULT_LANGUAGES,
    WHISPER_LANGUAGES,
    LanguageCodeError,
    check_language,
    choose_language,
    parse_languages,
)


def test_the_code_list_is_whispers() -> None:
    from faster_whisper.tokenizer import _LANGUAGE_CODES

    assert tuple(_LANGUAGE_CODES) == WHISPER_LANGUAGES
    assert set(DEFAULT_LANGUAGES) <= set(WHISPER_LANGUAGES)


@pytest.mark.parametrize("code", ["rus", "russian", "xx", "", "ru-RU"])
def test_unknown_codes_are_refused_with_the_valid_ones(code: str) -> None:
    with pytest.raises(LanguageCodeError, match=r"valid: af, am, .*\bbe\b.*\bru\b"):
        check_language(code)


def test_parse_languages_checks_dedupes_and_keeps_order() -> None:
    assert parse_languages(" RU, be,ru ,en ") == ("ru", "be", "en")
    assert parse_languages(["uk"]) == ("uk",)
    with pytest.raises(LanguageCodeError):
        parse_languages(" , ")
    with pytest.raises(LanguageCodeError, match="'bel'"):
        parse_languages("ru,bel")


PROBS = [("pl", 0.41), ("ru", 0.30), ("si", 0.12), ("be", 0.09), ("en", 0.01)]


@pytest.mark.parametrize(
    ("allowed", "language", "probability", "outside"),
    [
        (("ru", "be", "en"), "ru", 0.30, True),
        (("be", "en"), "be", 0.09, True),
        (("pl", "ru"), "pl", 0.41, False),
        (None, "pl", 0.41, False),
        (("ka",), "ka", 0.0, True),  # not scored at all: the first allowed one, with probability 0
    ],
)
def test_detection_chooses_among_the_allowed_languages(
    allowed: tuple[str, ...] | None, language: str, probability: float, outside: bool
) -> None:
    choice = choose_language(PROBS, allowed)
    assert (choice.language, choice.probability, choice.outside) == (language, probability, outside)
    assert (choice.best, choice.best_probability) == ("pl", 0.41)


def test_fake_engine_restricts_detection_like_the_real_ones() -> None:
    engine = FakeEngine([FakeLine(0.0, 1.0, "dzień dobry")], language="pl")
    result = engine.transcribe(b"x", TranscribeOptions(languages=("ru", "be", "en")))
    assert (result.language, result.best_language) == ("ru", "pl")


@pytest.mark.model
def test_real_detection_is_restricted_and_reports_the_best_guess(faster_engine: Engine, jfk_bytes: bytes) -> None:
    free = faster_engine.transcribe(io.BytesIO(jfk_bytes))
    assert (free.language, free.best_language) == ("en", "en")
    assert free.language_probability == free.best_language_probability > 0.5
    restricted = faster_engine.transcribe(io.BytesIO(jfk_bytes), TranscribeOptions(languages=("ru", "be")))
    assert restricted.language in ("ru", "be")
    assert restricted.best_language == "en"
    assert restricted.language_probability < restricted.best_language_probability


@pytest.mark.model
def test_forced_language_is_kept_for_silence(faster_engine: Engine) -> None:
    result = faster_engine.transcribe(np.zeros(16000 * 2, dtype=np.float32), TranscribeOptions(language="be"))
    assert list(result) == []
    assert (result.language, result.language_probability, result.speech) == ("be", 1.0, ())
