"""Guards: repetition loops, repeated segments, confidence flags, language hints."""

from __future__ import annotations

import pytest

from transcribe import BELARUSIAN_HINT, FakeEngine, FakeLine, TranscribeOptions, language_hint
from transcribe.guards import SegmentGuard, compression_ratio, has_loop


@pytest.mark.parametrize(
    ("text", "loop"),
    [
        ("And so my fellow Americans, ask not what your country can do for you.", False),
        ("No, no, no, I did not say that.", False),
        ("Нет, нет, нет и ещё раз нет.", False),
        ("Thank you. Thank you. Thank you. Thank you.", True),
        ("the the the the the the", True),
        ("я не знаю я не знаю я не знаю", True),
        ("and then we went home and then we went home and then we went home", True),
        ("we were told to wait outside the building until nine " * 3, True),
        ("we were told to wait outside the building until nine, and we waited until nine", False),
        ("", False),
    ],
)
def test_loop_detector(text: str, loop: bool) -> None:
    assert has_loop(text) is loop


def test_compression_ratio_is_high_for_loops() -> None:
    assert compression_ratio("") == 0.0
    assert compression_ratio("ask not what your country can do for you") < 2.4
    assert compression_ratio("ha " * 60) > 2.4


def test_guard_flags_a_loop_and_keeps_the_text() -> None:
    seg = SegmentGuard(TranscribeOptions()).segment(0, 5, "Thank you. " * 8)
    assert "repetition" in seg.flags
    assert seg.text.startswith("Thank you.")


def test_guard_flags_a_segment_repeated_verbatim() -> None:
    guard = SegmentGuard(TranscribeOptions())
    first = guard.segment(0, 2, "We met in the square.")
    second = guard.segment(2, 4, "We met in the square!")
    short = [guard.segment(4, 5, "Yes."), guard.segment(5, 6, "Yes.")]
    assert first.flags == ()
    assert second.flags == ("repetition",)
    assert [s.flags for s in short] == [(), ()]


def test_confidence_flags_follow_the_thresholds() -> None:
    guard = SegmentGuard(TranscribeOptions())
    seg = guard.segment(0, 1, "mumble", avg_logprob=-1.5, no_speech_prob=0.9)
    assert seg.flags == ("low-confidence", "possible-no-speech")
    lax = SegmentGuard(TranscribeOptions(log_prob_threshold=None, no_speech_threshold=None))
    assert lax.segment(0, 1, "mumble", avg_logprob=-1.5, no_speech_prob=0.9).flags == ()


def test_engines_pass_segments_through_the_guard() -> None:
    script = (FakeLine(0, 1, "fine words here"), FakeLine(1, 9, "go go go go go go go go"))
    flags = [s.flags for s in FakeEngine(script).transcribe(b"")]
    assert flags == [(), ("repetition",)]


def test_belarusian_hint() -> None:
    assert language_hint("be") == BELARUSIAN_HINT
    assert "43%" in BELARUSIAN_HINT
    assert language_hint("ru") is None
    assert language_hint(None) is None
