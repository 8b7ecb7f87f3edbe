"""Two-channel recordings with one speaker per channel (a lapel microphone each).

Such a recording is recognised by its channel energies: over the speech frames, the level difference
``L - R`` (dB) is bimodal, with each channel clearly louder (by ``DOMINANCE_DB``) in at least
``MIN_SIDE_SHARE`` of the frames, and the two channels are not the same signal (correlation below
``MAX_CORRELATION``). A file with one signal on both channels, or one louder channel throughout, is
mono for diarization. Per-channel speech is then labelled by the louder channel, with no embeddings.
"""

from __future__ import annotations

import numpy as np

from .features import frame_energy_db

DOMINANCE_DB = 6.0
MIN_SIDE_SHARE = 0.1
MIN_DOMINATED_SHARE = 0.6
MAX_CORRELATION = 0.95


def correlation(left: np.ndarray, right: np.ndarray) -> float:
    """Pearson correlation of two equally long signals at lag 0 (0.0 when one is silent)."""
    a = left.astype(np.float64) - left.mean()
    b = right.astype(np.float64) - right.mean()
    denom = float(np.sqrt((a @ a) * (b @ b)))
    return float(a @ b) / denom if denom > 0 else 0.0


def level_difference(audio: np.ndarray) -> np.ndarray:
    """Per 10 ms frame, the level of channel 0 minus channel 1 in dB."""
    return np.asarray(frame_energy_db(audio[0]) - frame_energy_db(audio[1]))


def is_per_channel(audio: np.ndarray, speech: np.ndarray) -> bool:
    """True when a ``(2, n)`` recording carries one speaker per channel (see module docstring)."""
    if audio.ndim != 2 or audio.shape[0] != 2 or not speech.any():
        return False
    if correlation(audio[0], audio[1]) > MAX_CORRELATION:
        return False
    diff = level_difference(audio)[: len(speech)]
    diff = diff[speech[: len(diff)]]
    left = float(np.mean(diff > DOMINANCE_DB))
    right = float(np.mean(diff < -DOMINANCE_DB))
    return min(left, right) >= MIN_SIDE_SHARE and left + right >= MIN_DOMINATED_SHARE


def channel_labels(audio: np.ndarray, speech: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Frame labels (0 = channel 0 louder, 1 = channel 1, -1 = no speech) and per-label scores."""
    diff = level_difference(audio)[: len(speech)]
    labels = np.where(speech[: len(diff)], np.where(diff >= 0, 0, 1), -1)
    scores = np.stack([diff, -diff], axis=1)
    return labels, scores
