"""``diarize()``: who speaks when, offline, from samples.

Steps: speech frames (energy VAD or the caller's regions) -> if the recording is two lapel channels,
label by louder channel and stop -> mel frames -> speaker embeddings of 1.6 s windows (each scaled to
-30 dBFS) every 0.4 s inside each speech region (a shorter region is one window; windows never cross a
pause) -> window embeddings averaged per ~3 s chunk -> clustering (given count, or estimated) ->
each frame scored against the speaker centroids by the windows covering it -> short flips inside a
region smoothed away -> turns.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .cluster import cluster
from .encoder import SpeakerEncoder
from .errors import DiarizeError
from .features import HOP, SAMPLE_RATE, TARGET_DBFS, frame_energy_db, mel_spectrogram
from .stereo import channel_labels, is_per_channel
from .turns import Turn, frames_to_turns, smooth_flips
from .vad import mask_from_regions, runs, speech_mask

WINDOW = 160  # frames (1.6 s), the encoder's training length
STEP = 40  # frames between window starts (0.4 s)
MIN_WINDOW = 30  # frames: a speech region shorter than 0.3 s gets no embedding of its own
CHUNK = 300  # frames: clustering works on ~3 s averages, less noisy than single windows
MIN_CLUSTER_WINDOW = 100  # frames: shorter windows are too noisy to shape the clusters
MIN_FLIP = 100  # frames: a speaker change inside a region must last 1 s
BATCH = 128
MAX_SPEAKERS = 6


def _check(audio: np.ndarray, sample_rate: int, speakers: int | str) -> tuple[np.ndarray, int | None]:
    if sample_rate != SAMPLE_RATE:
        raise DiarizeError(f"diarization needs {SAMPLE_RATE} Hz audio, got {sample_rate} Hz")
    if speakers == "auto":
        count = None
    elif isinstance(speakers, int) and not isinstance(speakers, bool) and 1 <= speakers <= MAX_SPEAKERS:
        count = speakers
    else:
        raise DiarizeError(f"speakers must be 'auto' or a number from 1 to {MAX_SPEAKERS}")
    samples = np.asarray(audio, dtype=np.float32)
    if samples.ndim not in (1, 2) or samples.shape[-1] == 0 or (samples.ndim == 2 and samples.shape[0] > 8):
        raise DiarizeError("audio must be samples of shape (n,) or (channels, n)")
    if not np.all(np.isfinite(samples)):
        raise DiarizeError("audio contains NaN or infinite samples")
    return samples, count


def plan_windows(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Embedding windows ``(start, end)`` in frames: every ``STEP`` inside each region, last one flush."""
    windows: list[tuple[int, int]] = []
    for start, end in regions:
        if end - start < MIN_WINDOW:
            continue
        if end - start <= WINDOW:
            windows.append((start, end))
            continue
        starts = list(range(start, end - WINDOW + 1, STEP))
        if starts[-1] != end - WINDOW:
            starts.append(end - WINDOW)
        windows += [(s, s + WINDOW) for s in starts]
    return windows


def _window_mels(mel: np.ndarray, power: np.ndarray, windows: list[tuple[int, int]]) -> np.ndarray:
    """Mel windows, each scaled to the encoder's training level (-30 dBFS mean power).

    Per window, not per recording: the encoder's input is power, so a voice that drops by 20 dB (the
    speaker leans back) would otherwise embed like another voice.
    """
    target = 10.0 ** (TARGET_DBFS / 10.0)
    gains = [target / max(float(power[a:b].mean()), 1e-10) for a, b in windows]
    return np.stack([mel[a:b] * np.float32(g) for (a, b), g in zip(windows, gains, strict=True)])


def embed_windows(
    encoder: SpeakerEncoder, mel: np.ndarray, power: np.ndarray, windows: list[tuple[int, int]]
) -> np.ndarray:
    """One unit embedding per window (level-normalised, see :func:`_window_mels`), batched by length."""
    out = np.zeros((len(windows), 256), dtype=np.float32)
    by_length: dict[int, list[int]] = defaultdict(list)
    for index, (start, end) in enumerate(windows):
        by_length[end - start].append(index)
    for indices in by_length.values():
        for i in range(0, len(indices), BATCH):
            batch = indices[i : i + BATCH]
            out[batch] = encoder.embed(_window_mels(mel, power, [windows[j] for j in batch]))
    return out


def chunk_items(windows: list[tuple[int, int]], embeddings: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Mean embedding per ~3 s chunk of each speech region (long-enough windows only, if any)."""
    region_of = np.cumsum(np.diff(np.concatenate([[0], mask.astype(np.int8)])) == 1)
    long_enough = [i for i, (a, b) in enumerate(windows) if b - a >= MIN_CLUSTER_WINDOW]
    chosen = long_enough or list(range(len(windows)))
    groups: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i in chosen:
        start = windows[i][0]
        groups[(int(region_of[start]), start // CHUNK)].append(i)
    return np.stack([embeddings[g].mean(axis=0) for g in groups.values()])


def frame_scores(windows: list[tuple[int, int]], window_scores: np.ndarray, n_frames: int) -> np.ndarray:
    """Per frame, the mean centroid similarity of the windows covering it (NaN where none does)."""
    total = np.zeros((n_frames, window_scores.shape[1]))
    count = np.zeros(n_frames)
    for (start, end), score in zip(windows, window_scores, strict=True):
        total[start:end] += score
        count[start:end] += 1
    with np.errstate(invalid="ignore", divide="ignore"):
        return total / count[:, None]


def _fill_gaps(labels: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Speech frames without a label take the label of the nearest labelled frame."""
    known = np.flatnonzero(labels >= 0)
    if not known.size:
        return np.where(mask, 0, -1)
    holes = np.flatnonzero(mask & (labels < 0))
    pos = np.clip(np.searchsorted(known, holes), 1, max(1, len(known) - 1))
    left, right = known[pos - 1], known[np.minimum(pos, len(known) - 1)]
    nearest = np.where(np.abs(holes - left) <= np.abs(right - holes), left, right)
    out = labels.copy()
    out[holes] = labels[nearest]
    return out


def diarize(
    audio: np.ndarray,
    sample_rate: int,
    *,
    speakers: int | str = "auto",
    speech: Sequence[tuple[float, float]] | None = None,
    weights: Path | None = None,
    encoder: SpeakerEncoder | None = None,
) -> list[Turn]:
    """Speaker turns of a recording, labelled ``S1``, ``S2``, ... in order of first appearance.

    ``audio``: float32 samples at 16 kHz, shape ``(n,)`` or ``(channels, n)``; a two-channel file with
    one speaker per channel is labelled by channel. ``speakers``: ``"auto"`` (1 to 6, a single voice
    is never split) or the known count. ``speech``: optional speech regions in seconds from a better
    VAD. ``weights``/``encoder``: override the installed, hash-pinned encoder weights.
    """
    samples, count = _check(audio, sample_rate, speakers)
    mono = samples if samples.ndim == 1 else samples.mean(axis=0)
    n_frames = 1 + len(mono) // HOP
    mask = mask_from_regions(speech, n_frames) if speech is not None else speech_mask(mono)
    if samples.ndim == 2 and samples.shape[0] == 2 and count in (None, 2) and is_per_channel(samples, mask):
        labels, scores = channel_labels(samples, mask)
        return frames_to_turns(smooth_flips(labels, scores, MIN_FLIP))
    windows = plan_windows(runs(mask))
    if count == 1 or not windows:
        return frames_to_turns(np.where(mask, 0, -1))
    encoder = encoder or SpeakerEncoder.load(weights)
    power = 10.0 ** (frame_energy_db(mono).astype(np.float64) / 10.0)
    embeddings = embed_windows(encoder, mel_spectrogram(mono), power, windows)
    centroids = cluster(chunk_items(windows, embeddings, mask), count)
    scores = frame_scores(windows, embeddings @ centroids.T.astype(np.float32), n_frames)
    covered = ~np.isnan(scores[:, 0])
    labels = np.where(mask & covered, np.argmax(np.nan_to_num(scores, nan=-1.0), axis=1), -1)
    labels = _fill_gaps(labels, mask)
    return frames_to_turns(smooth_flips(labels, np.nan_to_num(scores, nan=0.0), MIN_FLIP))
