"""Frame labels to turns: smoothing of short flips, labels in order of first appearance."""

from __future__ import annotations

import numpy as np

from transcribe.diarize.turns import Turn, frames_to_turns, relabel, smooth_flips


def _labels(spec: str) -> np.ndarray:
    """'.' = no speech, digits = speaker index; one character per frame."""
    return np.array([-1 if c == "." else int(c) for c in spec])


def _scores(labels: np.ndarray, k: int = 3) -> np.ndarray:
    return np.eye(k)[np.maximum(labels, 0)]


def test_labels_follow_first_appearance() -> None:
    turns = frames_to_turns(_labels("..2222..0000..2222"), frame_s=1.0)
    assert turns == [Turn(2.0, 6.0, "S1"), Turn(8.0, 12.0, "S2"), Turn(14.0, 18.0, "S1")]


def test_same_speaker_across_a_pause_is_one_turn() -> None:
    assert frames_to_turns(_labels("11..11...1"), frame_s=0.5) == [Turn(0.0, 5.0, "S1")]


def test_short_flip_inside_a_region_is_smoothed() -> None:
    labels = _labels("0000000110000000..1111111")
    smoothed = smooth_flips(labels, _scores(labels), min_frames=3)
    assert "".join("." if v < 0 else str(v) for v in smoothed) == "0000000000000000..1111111"


def test_short_region_of_its_own_is_kept() -> None:
    """An interjection between pauses ("yes") is a real turn, however short."""
    labels = _labels("000000..1..000000")
    assert np.array_equal(smooth_flips(labels, _scores(labels), min_frames=5), labels)


def test_long_flip_is_kept_and_ties_use_scores() -> None:
    labels = _labels("000011110000")
    assert np.array_equal(smooth_flips(labels, _scores(labels), min_frames=4), labels)
    labels = _labels("00011222")  # the 1s are short; both neighbours are equally long
    scores = _scores(labels)
    scores[3:5, 2] = 0.9  # ...and the 1s sound more like speaker 2 than like speaker 0
    assert "".join(map(str, smooth_flips(labels, scores, min_frames=3))) == "00022222"
    scores[3:5, 0] = 0.95
    assert "".join(map(str, smooth_flips(labels, scores, min_frames=3))) == "00000222"


def test_relabel() -> None:
    turns = [Turn(0, 1, "x"), Turn(1, 2, "y"), Turn(2, 3, "x")]
    assert [t.speaker for t in relabel(turns)] == ["S1", "S2", "S1"]
