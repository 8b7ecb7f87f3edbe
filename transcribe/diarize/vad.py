"""A simple energy voice-activity detector on the 10 ms frame grid of the mel front end.

A frame is speech when its energy is above ``floor + max(min_margin, share * (peak - floor))``, where
``floor`` and ``peak`` are low and high percentiles of the recording's frame energies. Pauses shorter
than ``bridge`` are filled and speech bursts shorter than ``min_speech`` dropped. Good enough for
interviews recorded on one device; callers with a better VAD pass speech regions instead.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .features import HOP, SAMPLE_RATE, frame_energy_db

FRAME_S = HOP / SAMPLE_RATE


def runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """``(start, end)`` index pairs (end exclusive) of the True runs in a boolean array."""
    padded = np.concatenate([[False], mask.astype(bool), [False]])
    edges = np.flatnonzero(np.diff(padded.astype(np.int8)))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def _fill_short_gaps(mask: np.ndarray, max_gap: int) -> np.ndarray:
    out = mask.copy()
    for start, end in runs(~mask):
        if start > 0 and end < len(mask) and end - start <= max_gap:
            out[start:end] = True
    return out


def _drop_short_runs(mask: np.ndarray, min_len: int) -> np.ndarray:
    out = mask.copy()
    for start, end in runs(mask):
        if end - start < min_len:
            out[start:end] = False
    return out


def speech_mask(
    wav: np.ndarray,
    *,
    min_margin_db: float = 8.0,
    share: float = 0.25,
    bridge: float = 0.12,
    min_speech: float = 0.1,
) -> np.ndarray:
    """Boolean speech flag per 10 ms frame (frame ``i`` is centred on sample ``160 * i``)."""
    energy = frame_energy_db(wav)
    if energy.size == 0:
        return np.zeros(0, dtype=bool)
    floor, peak = np.percentile(energy, [10, 98])
    threshold = floor + max(min_margin_db, share * (peak - floor))
    mask = energy > threshold
    mask = _fill_short_gaps(mask, round(bridge / FRAME_S))
    return _drop_short_runs(mask, round(min_speech / FRAME_S))


def mask_from_regions(regions: Sequence[tuple[float, float]], n_frames: int) -> np.ndarray:
    """Frame mask from caller-supplied speech regions in seconds."""
    mask = np.zeros(n_frames, dtype=bool)
    for start, end in regions:
        a = max(0, round(start / FRAME_S))
        b = min(n_frames, round(end / FRAME_S))
        mask[a:b] = True
    return mask
