"""Speaker turns: from per-frame speaker indices to smoothed, labelled ``Turn`` records."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from .vad import FRAME_S, runs


@dataclass(frozen=True)
class Turn:
    """One stretch of speech by one speaker; times in seconds, ``speaker`` is ``"S1"``, ``"S2"``, ..."""

    start: float
    end: float
    speaker: str


def smooth_flips(labels: np.ndarray, scores: np.ndarray, min_frames: int) -> np.ndarray:
    """Relabel runs shorter than ``min_frames`` inside one speech region (``labels >= 0`` runs).

    A short run flanked by the region's other speech takes the label of the longer neighbour run; a
    region that is short as a whole keeps its own label (a real interjection such as "yes").
    ``scores`` (frames x speakers) only breaks ties. Repeats until no short inner run is left.
    """
    out = labels.copy()
    for start, end in runs(out >= 0):
        for _ in range(end - start):
            pieces = _label_runs(out[start:end])
            if len(pieces) < 2:
                break
            shortest = min(range(len(pieces)), key=lambda i: (pieces[i][1] - pieces[i][0], i))
            a, b, _label = pieces[shortest]
            if b - a >= min_frames:
                break
            out[start + a : start + b] = _neighbour_label(pieces, shortest, scores[start + a : start + b])
    return out


def _label_runs(labels: np.ndarray) -> list[tuple[int, int, int]]:
    change = np.flatnonzero(np.diff(labels)) + 1
    bounds = [0, *change.tolist(), len(labels)]
    return [(a, b, int(labels[a])) for a, b in pairwise(bounds)]


def _neighbour_label(pieces: list[tuple[int, int, int]], index: int, scores: np.ndarray) -> int:
    candidates = [pieces[i] for i in (index - 1, index + 1) if 0 <= i < len(pieces)]
    longest = max(b - a for a, b, _ in candidates)
    best = [label for a, b, label in candidates if b - a == longest]
    if len(best) == 1:
        return best[0]
    return max(best, key=lambda label: float(scores[:, label].mean()))


def frames_to_turns(labels: np.ndarray, frame_s: float = FRAME_S) -> list[Turn]:
    """Turns from frame labels (``-1`` = no speech); same-speaker speech across a pause is one turn.

    Labels become ``S1``, ``S2``, ... in order of first appearance.
    """
    names: dict[int, str] = {}
    turns: list[Turn] = []
    for start, end in runs(labels >= 0):
        for a, b, label in _label_runs(labels[start:end]):
            speaker = names.setdefault(label, f"S{len(names) + 1}")
            t0, t1 = (start + a) * frame_s, (start + b) * frame_s
            if turns and turns[-1].speaker == speaker:
                turns[-1] = Turn(turns[-1].start, t1, speaker)
            else:
                turns.append(Turn(t0, t1, speaker))
    return [Turn(round(t.start, 3), round(t.end, 3), t.speaker) for t in turns]


def relabel(turns: list[Turn]) -> list[Turn]:
    """The same turns with speakers renamed ``S1``, ``S2``, ... in order of first appearance."""
    names: dict[str, str] = {}
    return [Turn(t.start, t.end, names.setdefault(t.speaker, f"S{len(names) + 1}")) for t in turns]
