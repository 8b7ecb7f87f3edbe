"""Coverage of voice activity by segments, flagged gaps, and engines that never skip a window as silence."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from tx_helpers import speak, tone

from transcribe import Engine, FakeEngine, FakeLine, Segment, TranscribeOptions
from transcribe.coverage import measure_coverage, speech_intervals
from transcribe.engines.faster import _batched_kwargs, _decode_kwargs, first_speech
from transcribe.guards import LOW_CONFIDENCE, POSSIBLE_NO_SPEECH, SPEECH_NOT_TRANSCRIBED, with_gaps


def seg(start: float, end: float, text: str = "words") -> Segment:
    return Segment(id=0, start=start, end=end, text=text)


@pytest.mark.parametrize(
    ("speech", "segments", "ratio", "gaps"),
    [
        ([(0.0, 10.0)], [seg(0.0, 10.0)], 1.0, ()),
        ([(0.0, 10.0)], [], 0.0, ((0.0, 10.0),)),
        ([(0.0, 10.0)], [seg(0.0, 3.0), seg(7.0, 10.0)], 0.6, ((3.0, 7.0),)),
        ([(0.0, 10.0)], [seg(0.0, 4.0), seg(6.0, 10.0)], 0.8, ()),  # a 2-second hole: counted, not flagged
        ([(0.0, 4.0), (20.0, 30.0)], [seg(0.0, 4.0), seg(20.0, 22.0)], 6 / 14, ((22.0, 30.0),)),
        ([(0.0, 10.0)], [seg(0.0, 10.0, "  ")], 0.0, ((0.0, 10.0),)),  # a segment without text covers nothing
        ([], [seg(0.0, 1.0)], 1.0, ()),  # no voice activity: nothing to miss
        ([(2.0, 4.0), (3.0, 8.0)], [seg(0.0, 5.0)], 3 / 6, ((5.0, 8.0),)),  # overlapping VAD stretches merge
    ],
)
def test_coverage_table(speech: list[tuple[float, float]], segments: list[Segment], ratio: float,
                        gaps: tuple[tuple[float, float], ...]) -> None:
    cov = measure_coverage(speech, segments)
    assert cov.ratio == pytest.approx(ratio)
    assert cov.gaps == gaps


def test_gaps_become_flagged_empty_segments_in_time_order() -> None:
    segments = [seg(0.0, 3.0, "a"), seg(7.0, 10.0, "b")]
    filled = with_gaps(segments, measure_coverage([(0.0, 10.0), (12.0, 20.0)], segments))
    assert [(s.id, s.start, s.end, s.text, s.flags) for s in filled] == [
        (0, 0.0, 3.0, "a", ()),
        (1, 3.0, 7.0, "", (SPEECH_NOT_TRANSCRIBED,)),
        (2, 7.0, 10.0, "b", ()),
        (3, 12.0, 20.0, "", (SPEECH_NOT_TRANSCRIBED,)),
    ]


def test_vad_finds_speech_and_not_silence_or_a_tone(tmp_path: Path) -> None:
    from transcribe import decode_audio

    samples = decode_audio(speak(tmp_path, "ru", "Сегодня хорошая погода. Мы идём домой.", 120))
    found = speech_intervals(samples)
    assert found and sum(b - a for a, b in found) > 1.0
    assert speech_intervals(np.zeros(16000 * 3, dtype=np.float32)) == ()
    assert speech_intervals(tone(3.0, 1000)) == ()


def test_engine_with_no_segments_on_speech_reports_zero_coverage(tmp_path: Path) -> None:
    from transcribe import decode_audio

    samples = decode_audio(speak(tmp_path, "ru", "Сегодня хорошая погода. Мы идём домой. Один, два, три.", 120))
    result = FakeEngine(script=[]).transcribe(samples, TranscribeOptions(language="ru"))
    assert list(result) == []
    cov = result.coverage()
    assert cov.speech_s > 2.0 and cov.ratio == 0.0
    assert len(cov.gaps) == 1 and cov.gaps[0][1] - cov.gaps[0][0] == pytest.approx(cov.speech_s)


def test_no_engine_call_asks_faster_whisper_to_skip_silence() -> None:
    opts = TranscribeOptions(no_speech_threshold=0.6)
    assert _decode_kwargs(opts, "ru")["no_speech_threshold"] is None
    assert _batched_kwargs(opts, "ru", 60.0)["no_speech_threshold"] is None


def test_batched_without_vad_gets_thirty_second_windows() -> None:
    kwargs = _batched_kwargs(TranscribeOptions(vad=False, batch_size=4), "en", 65.0)
    assert kwargs["clip_timestamps"] == [{"start": 0.0, "end": 30.0}, {"start": 30.0, "end": 60.0},
                                         {"start": 60.0, "end": 65.0}]


def test_language_is_detected_on_the_first_thirty_seconds_of_speech() -> None:
    samples = np.arange(16000 * 100, dtype=np.float32)
    clip = first_speech(samples, [(10.0, 30.0), (50.0, 70.0)])
    assert clip.size == 16000 * 30
    assert clip[0] == 16000 * 10 and clip[-1] == 16000 * 60 - 1


@pytest.mark.model
def test_windows_judged_silent_are_kept_and_flagged(faster_engine: Engine, jfk_bytes: bytes) -> None:
    # With these thresholds faster-whisper's own skip would drop every window (no_speech_prob > 0 while
    # avg_logprob < 0): the segments must survive and carry the flags instead.
    opts = TranscribeOptions(language="en", no_speech_threshold=0.0, log_prob_threshold=0.0)
    result = faster_engine.transcribe(io.BytesIO(jfk_bytes), opts)
    segments = list(result)
    assert segments and "country" in " ".join(s.text for s in segments)
    assert all(POSSIBLE_NO_SPEECH in s.flags and LOW_CONFIDENCE in s.flags for s in segments)
    assert result.coverage().ratio > 0.8


@pytest.mark.model
def test_batched_decoding_keeps_the_text_and_reports_coverage(faster_engine: Engine, jfk_bytes: bytes) -> None:
    result = faster_engine.transcribe(io.BytesIO(jfk_bytes), TranscribeOptions(batch_size=4, word_timestamps=True))
    segments = list(result)
    text = " ".join(s.text for s in segments).lower()
    assert "ask not what your country can do for you" in text.replace(",", "")
    assert result.language == "en"
    assert all(w.probability > 0 for s in segments for w in s.words)
    assert result.coverage().ratio > 0.8


def test_fake_engine_lines_cover_their_own_script() -> None:
    result = FakeEngine([FakeLine(0.0, 2.0, "a"), FakeLine(2.0, 4.0, "b")]).transcribe(b"unused")
    list(result)
    assert result.coverage().ratio == 1.0


def test_measuring_voice_activity_sets_the_offline_switches_first() -> None:
    import os
    import subprocess
    import sys

    code = ("import os, numpy; from transcribe.coverage import speech_intervals; "
            "speech_intervals(numpy.zeros(16000, dtype='float32')); print(os.environ.get('HF_HUB_OFFLINE'))")
    env = {k: v for k, v in os.environ.items() if not k.startswith("HF_")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env,
                         cwd=Path(__file__).resolve().parents[2]).stdout
    assert out.strip() == "1"
