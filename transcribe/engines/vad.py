"""Voice-activity detection for engines without their own: faster-whisper's bundled Silero VAD.

Keeps only speech, concatenated, and maps times in that speech back to the recording, exactly as
faster-whisper does for its own ``vad_filter``, so both engines decode the same audio.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from transcribe.audio import WHISPER_SAMPLE_RATE


@dataclass
class SpeechOnly:
    """The speech of a recording and a map from its times back to the original's."""

    audio: np.ndarray
    _map: Any = None  # faster_whisper.vad.SpeechTimestampsMap, None when VAD was off
    intervals: tuple[tuple[float, float], ...] = ()  # the speech stretches in the recording (seconds)

    def original_time(self, t: float, *, anchor: float | None = None, is_end: bool = False) -> float:
        """Time ``t`` of the speech-only audio in the recording; ``anchor`` pins the chunk (word middle)."""
        if self._map is None:
            return t
        index = self._map.get_chunk_index(anchor if anchor is not None else t, is_end=is_end and anchor is None)
        return float(self._map.get_original_time(t, index))


def speech_only(samples: np.ndarray, enabled: bool) -> SpeechOnly:
    """The speech parts of 16 kHz ``samples`` (all of them when ``enabled`` is False); the speech stretches
    are found either way, for coverage."""
    from faster_whisper.vad import SpeechTimestampsMap, VadOptions, collect_chunks, get_speech_timestamps

    chunks = get_speech_timestamps(samples, VadOptions()) if samples.size else []
    intervals = tuple((c["start"] / WHISPER_SAMPLE_RATE, c["end"] / WHISPER_SAMPLE_RATE) for c in chunks)
    if not enabled:
        return SpeechOnly(samples, intervals=intervals)
    if not chunks:
        return SpeechOnly(np.zeros(0, dtype=np.float32))
    audio_chunks, _ = collect_chunks(samples, chunks)
    audio = np.concatenate(audio_chunks, axis=0)
    return SpeechOnly(audio, SpeechTimestampsMap(chunks, WHISPER_SAMPLE_RATE), intervals)
