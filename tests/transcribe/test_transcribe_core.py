"""Options, segments, fingerprints, the fake engine, and the cheap import."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from transcribe import (
    Engine,
    FakeEngine,
    FakeLine,
    Segment,
    TranscribeOptions,
    Word,
    transcript_fingerprint,
)

SCRIPT = (FakeLine(0.0, 2.5, " Hello there. "), FakeLine(3.0, 6.0, "How are you today?"))


def test_language_auto_and_codes_are_normalised() -> None:
    assert TranscribeOptions().language is None
    assert TranscribeOptions(language="auto").language is None
    assert TranscribeOptions(language="RU").language == "ru"


@pytest.mark.parametrize(
    "kwargs",
    [{"language": "russian"}, {"language": "r1"}, {"language": "rus"}, {"languages": ("ru", "rus")},
     {"languages": ()}, {"beam_size": 0}, {"batch_size": -1}, {"temperatures": ()}, {"temperatures": (1.5,)}],
)
def test_invalid_options_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        TranscribeOptions(**kwargs)  # type: ignore[arg-type]


def test_fingerprint_is_stable_and_sensitive_to_every_field() -> None:
    base = TranscribeOptions()
    assert base.fingerprint() == TranscribeOptions(temperatures=[0, 0.2, 0.4, 0.6, 0.8, 1]).fingerprint()  # type: ignore[arg-type]
    assert TranscribeOptions(language="auto").fingerprint() == base.fingerprint()
    variants = [
        TranscribeOptions(language="ru"),
        TranscribeOptions(beam_size=1),
        TranscribeOptions(vad=False),
        TranscribeOptions(word_timestamps=True),
        TranscribeOptions(initial_prompt="Minsk"),
        TranscribeOptions(temperatures=(0.0,)),
        TranscribeOptions(compression_ratio_threshold=None),
        TranscribeOptions(log_prob_threshold=-2.0),
        TranscribeOptions(no_speech_threshold=0.5),
        TranscribeOptions(condition_on_previous_text=False),
        TranscribeOptions(languages=("ru", "be")),
        TranscribeOptions(batch_size=8),
    ]
    prints = {v.fingerprint() for v in variants}
    assert len(prints) == len(variants)
    assert base.fingerprint() not in prints


def test_to_dict_is_json_with_a_version_marker() -> None:
    data = TranscribeOptions(language="be").to_dict()
    assert data["options_version"] == 2
    assert json.loads(json.dumps(data)) == data
    assert data["temperatures"] == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]


def test_segment_to_dict_round_trips_through_json() -> None:
    seg = Segment(0, 0.0, 1.0, "hi", words=(Word(0.0, 0.5, " hi", 0.9),), flags=("repetition",))
    data = json.loads(json.dumps(seg.to_dict()))
    assert data["words"] == [{"start": 0.0, "end": 0.5, "word": " hi", "probability": 0.9}]
    assert data["flags"] == ["repetition"]


def test_fake_engine_satisfies_the_protocol_and_yields_its_script() -> None:
    engine = FakeEngine(SCRIPT, language="ru", language_probability=0.8)
    assert isinstance(engine, Engine)
    result = engine.transcribe(np.zeros(16000 * 7, dtype=np.float32))
    assert (result.language, result.language_probability, result.duration) == ("ru", 0.8, 7.0)
    assert result.progress() == 0.0
    segments = list(result)
    assert [s.text for s in segments] == ["Hello there.", "How are you today?"]
    assert [s.id for s in segments] == [0, 1]
    assert result.progress() == pytest.approx(6.0 / 7.0)


def test_forced_language_wins_and_options_are_recorded() -> None:
    engine = FakeEngine(SCRIPT)
    opts = TranscribeOptions(language="be", word_timestamps=True)
    result = engine.transcribe(b"unused", opts)
    assert (result.language, result.language_probability) == ("be", 1.0)
    words = next(result).words
    assert [w.word.strip() for w in words] == ["Hello", "there."]
    assert engine.calls == [opts]


def test_empty_script_reports_no_language() -> None:
    result = FakeEngine(()).transcribe(np.zeros(16000, dtype=np.float32))
    assert list(result) == []
    assert (result.language, result.language_probability) == (None, 0.0)


def test_fake_engine_can_fail_midway() -> None:
    result = FakeEngine(SCRIPT, fail_after=1, error=OSError("disk")).transcribe(b"")
    assert next(result).text == "Hello there."
    with pytest.raises(OSError, match="disk"):
        next(result)


def test_transcript_fingerprint_depends_on_model_and_options() -> None:
    opts = TranscribeOptions()
    a = transcript_fingerprint(FakeEngine(), opts)
    assert a == transcript_fingerprint(FakeEngine(), TranscribeOptions())
    assert a != transcript_fingerprint(FakeEngine(model_sha256="1" * 64), opts)
    assert a != transcript_fingerprint(FakeEngine(compute_type="int8"), opts)
    assert a != transcript_fingerprint(FakeEngine(), TranscribeOptions(language="ru"))


def test_import_does_not_load_heavy_libraries() -> None:
    code = (
        "import sys, transcribe; heavy = ('numpy', 'av', 'torch', 'whisper', 'ctranslate2', 'faster_whisper',"
        " 'onnxruntime', 'tokenizers'); print([m for m in heavy if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"
