"""How much of the speech in a recording ended up in the transcript, and where speech was lost.

Voice-activity detection (Silero, the same model faster-whisper uses) gives the stretches that hold
speech; the segments with text cover parts of them. Coverage is the covered share of the speech time.
Uncovered stretches of speech of at least :data:`GAP_SECONDS` are the gaps; :func:`transcribe.guards.with_gaps`
turns them into segments of their own with empty text and a flag, so a reviewer sees where to listen.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import numpy as np

#: An uncovered stretch of speech at least this long is flagged as speech not transcribed.
GAP_SECONDS = 3.0
Interval = tuple[float, float]


class Spoken(Protocol):
    """What coverage needs of a segment."""

    @property
    def start(self) -> float: ...
    @property
    def end(self) -> float: ...
    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class Coverage:
    """Speech time (VAD), the part of it inside segments with text, and the flagged gaps (seconds)."""

    speech_s: float
    covered_s: float
    gaps: tuple[Interval, ...] = ()

    @property
    def ratio(self) -> float:
        """Covered share of the speech time, in [0, 1]; 1.0 when no speech was detected."""
        return 1.0 if self.speech_s <= 0 else min(1.0, self.covered_s / self.speech_s)

    def to_dict(self) -> dict[str, object]:
        return {"speech_s": round(self.speech_s, 3), "covered_s": round(self.covered_s, 3),
                "ratio": round(self.ratio, 4), "gaps": [[round(a, 3), round(b, 3)] for a, b in self.gaps]}


def speech_intervals(samples: np.ndarray, sample_rate: int = 16000) -> tuple[Interval, ...]:
    """Stretches of speech (seconds) found by faster-whisper's bundled Silero VAD, default options."""
    from transcribe.offline import ensure_offline

    ensure_offline()
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    if samples.size == 0:
        return ()
    chunks = get_speech_timestamps(samples, VadOptions())
    return tuple((c["start"] / sample_rate, c["end"] / sample_rate) for c in chunks)


def _merge(intervals: Iterable[Interval]) -> list[Interval]:
    merged: list[Interval] = []
    for start, end in sorted(i for i in intervals if i[1] > i[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _subtract(speech: Interval, covered: Sequence[Interval]) -> list[Interval]:
    start, end = speech
    left: list[Interval] = []
    for a, b in covered:
        if b <= start or a >= end:
            continue
        if a > start:
            left.append((start, a))
        start = max(start, b)
    if start < end:
        left.append((start, end))
    return left


def measure_coverage(speech: Sequence[Interval], segments: Iterable[Spoken], *,
                     min_gap: float = GAP_SECONDS) -> Coverage:
    """Coverage of ``speech`` by the segments that hold text; gaps of at least ``min_gap`` seconds."""
    covered = _merge((s.start, s.end) for s in segments if s.text.strip())
    speech_merged = _merge(speech)
    uncovered = [gap for interval in speech_merged for gap in _subtract(interval, covered)]
    speech_s = sum(b - a for a, b in speech_merged)
    lost = sum(b - a for a, b in uncovered)
    gaps = tuple(g for g in uncovered if g[1] - g[0] >= min_gap)
    return Coverage(speech_s, max(0.0, speech_s - lost), gaps)
