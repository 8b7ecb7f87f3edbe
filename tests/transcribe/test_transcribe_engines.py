"""The real engines on the bundled Whisper base: jfk.flac, espeak-ng speech, silence, both engines alike."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from tx_helpers import speak, tone, wav_bytes

from transcribe import BUNDLED_SHA256, EmptyAudioError, Engine, Segment, TranscribeOptions

pytestmark = pytest.mark.model

JFK = "ask not what your country can do for you"
ENGLISH = "The quick brown fox jumps over the lazy dog. Please call me tomorrow morning at the office."
RUSSIAN = "Сегодня хорошая погода. Мы идём домой. Один, два, три, четыре, пять."


def words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def full_text(result: Any) -> str:
    return words(" ".join(segment.text for segment in result))


def test_engine_identity(faster_engine: Engine) -> None:
    assert isinstance(faster_engine, Engine)
    assert (faster_engine.name, faster_engine.model_name) == ("faster-whisper", "whisper-base")
    assert faster_engine.model_sha256 == BUNDLED_SHA256
    assert faster_engine.compute_type == "int8"


@pytest.fixture(scope="module")
def jfk_result(faster_engine: Engine, jfk_bytes: bytes) -> tuple[Any, list[Segment]]:
    result = faster_engine.transcribe(io.BytesIO(jfk_bytes), TranscribeOptions(word_timestamps=True))
    return result, list(result)


def test_jfk(jfk_result: tuple[Any, list[Segment]]) -> None:
    result, segments = jfk_result
    assert result.language == "en"
    assert result.language_probability > 0.5
    assert result.duration == pytest.approx(11.0)
    assert JFK in full_text(segments)
    assert all(0 <= s.start < s.end <= result.duration + 0.01 for s in segments)
    assert [s.start for s in segments] == sorted(s.start for s in segments)
    assert not any("repetition" in s.flags for s in segments)
    spoken = [w for s in segments for w in s.words]
    assert words(" ".join(w.word for w in spoken)) == full_text(segments)
    assert all(w.start <= w.end and 0 <= w.probability <= 1 for w in spoken)
    assert result.progress() > 0.9


def test_english_speech(faster_engine: Engine, tmp_path: Path) -> None:
    result = faster_engine.transcribe(speak(tmp_path, "en", ENGLISH, 150))
    text = full_text(result)
    assert result.language == "en"
    for expected in ("quick brown fox", "lazy dog", "tomorrow morning", "office"):
        assert expected in text


def test_russian_speech_with_forced_language(faster_engine: Engine, tmp_path: Path) -> None:
    result = faster_engine.transcribe(speak(tmp_path, "ru", RUSSIAN, 110), TranscribeOptions(language="ru"))
    text = full_text(result)
    assert (result.language, result.language_probability) == ("ru", 1.0)
    assert re.search("[а-я]", text)
    found = [w for w in ("сегодня", "хорошая", "два", "три", "четыре", "пять") if w in text.split()]
    assert len(found) >= 4, text


@pytest.mark.parametrize(
    "audio",
    [np.zeros(16000 * 5, dtype=np.float32),
     wav_bytes(0.001 * np.random.default_rng(1).standard_normal(16000 * 4).astype(np.float32)),
     wav_bytes(tone(3.0, 1000))],
    ids=["zeros", "faint-noise", "tone"],
)
def test_no_speech_gives_no_text(faster_engine: Engine, audio: Any) -> None:
    result = faster_engine.transcribe(audio)
    assert list(result) == []
    assert (result.language, result.language_probability) == (None, 0.0)


def test_empty_recording_raises(faster_engine: Engine) -> None:
    with pytest.raises(EmptyAudioError):
        faster_engine.transcribe(b"")


@pytest.mark.torch
def test_openai_engine_on_the_same_weights_agrees(
    openai_engine: Engine, jfk_result: tuple[Any, list[Segment]], jfk_bytes: bytes
) -> None:
    assert (openai_engine.name, openai_engine.model_sha256) == ("openai-whisper", BUNDLED_SHA256)
    assert openai_engine.compute_type == "float32"
    ours = openai_engine.transcribe(jfk_bytes, TranscribeOptions(word_timestamps=True))
    assert ours.language == "en"
    assert ours.language_probability > 0.5
    segments = list(ours)
    assert JFK in full_text(segments)
    assert full_text(segments) == full_text(jfk_result[1])
    assert segments[-1].words[-1].end == pytest.approx(10.4, abs=0.5)


@pytest.mark.torch
def test_openai_engine_hears_no_speech_in_silence(openai_engine: Engine) -> None:
    result = openai_engine.transcribe(np.zeros(16000 * 3, dtype=np.float32))
    assert list(result) == []
    assert result.language is None
