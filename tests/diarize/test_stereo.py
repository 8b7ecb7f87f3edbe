"""Stereo layout detection on synthetic signals (no voices or weights needed)."""

from __future__ import annotations

import numpy as np

from transcribe.diarize import diarize
from transcribe.diarize.stereo import correlation, is_per_channel

SR = 16000


def _bursts(seed: int, pattern: list[int], seconds: float = 2.0) -> tuple[np.ndarray, np.ndarray]:
    """Noise bursts, each on the channel given by ``pattern`` (0/1), leaking at -20 dB into the other."""
    rng = np.random.default_rng(seed)
    n = int(SR * seconds)
    gap = np.zeros(SR // 2, dtype=np.float32)
    left, right = [gap], [gap]
    for channel in pattern:
        burst = (rng.normal(0, 0.1, n) * np.hanning(n) ** 0.1).astype(np.float32)
        own, other = burst, np.roll(burst, 16) * 0.1
        left += [own if channel == 0 else other, gap]
        right += [other if channel == 0 else own, gap]
    audio = np.stack([np.concatenate(left), np.concatenate(right)])
    return audio + rng.normal(0, 1e-4, audio.shape).astype(np.float32), np.ones(audio.shape[1] // 160 + 1, bool)


def test_one_speaker_per_channel_is_detected() -> None:
    audio, speech = _bursts(0, [0, 1, 0, 1])
    assert correlation(audio[0], audio[1]) < 0.5
    assert is_per_channel(audio, speech)


def test_duplicated_or_scaled_channels_are_mono() -> None:
    audio, speech = _bursts(1, [0, 1, 0, 1])
    mono = audio.mean(axis=0)
    assert not is_per_channel(np.stack([mono, mono]), speech)
    assert not is_per_channel(np.stack([mono, 0.3 * mono]), speech)  # one louder channel throughout


def test_one_channel_always_louder_is_mono() -> None:
    audio, speech = _bursts(2, [0, 0, 0, 0])
    assert not is_per_channel(audio, speech)


def test_per_channel_turns_follow_the_channels() -> None:
    audio, _ = _bursts(3, [1, 0, 1])
    turns = diarize(audio, SR)
    assert [t.speaker for t in turns] == ["S1", "S2", "S1"]
    assert [round(t.start, 1) for t in turns] == [0.5, 3.0, 5.5]
