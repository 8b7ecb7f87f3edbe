"""Words to speakers, and segments cut where the speaker changes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import pytest

from transcribe.diarize import Turn, WordTiming, assign_words, split_segments

TURNS = [Turn(0.0, 4.0, "S1"), Turn(4.6, 9.0, "S2"), Turn(9.5, 12.0, "S1")]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (1.0, 1.4, "S1"),  # inside a turn
        (3.8, 4.7, "S1"),  # straddles a boundary: more overlap with S1 (0.2 vs 0.1)
        (3.9, 5.0, "S2"),  # more overlap with S2 (0.1 vs 0.4)
        (4.1, 4.3, "S1"),  # in the pause, nearer the end of S1
        (4.4, 4.5, "S2"),  # in the pause, nearer the start of S2
        (12.5, 12.9, "S1"),  # after the last turn
        (-0.5, -0.1, "S1"),  # before the first turn
    ],
)
def test_assign_words_by_overlap_then_nearest(start: float, end: float, expected: str) -> None:
    assert assign_words([WordTiming(start, end, "w")], TURNS) == [expected]


def test_assign_words_without_turns() -> None:
    assert assign_words([WordTiming(0.0, 1.0, "a"), WordTiming(1.0, 2.0, "b")], []) == ["", ""]


def test_turn_order_does_not_matter() -> None:
    words = [WordTiming(t / 2, t / 2 + 0.3, "w") for t in range(24)]
    assert assign_words(words, TURNS[::-1]) == assign_words(words, TURNS)


@dataclass(frozen=True)
class W:
    start: float
    end: float
    word: str
    probability: float = 1.0


@dataclass(frozen=True)
class Seg:
    id: int
    start: float
    end: float
    text: str
    words: tuple[W, ...] = ()
    avg_logprob: float = -0.2


def _segment(id_: int, words: list[tuple[float, float, str]]) -> Seg:
    ws = tuple(W(a, b, t) for a, b, t in words)
    return Seg(id_, ws[0].start if ws else 0.0, ws[-1].end if ws else 0.0, "".join(w.word for w in ws).strip(), ws)


def test_segment_is_split_at_a_turn_boundary_inside_it() -> None:
    seg = _segment(0, [(3.0, 3.4, " Where"), (3.4, 3.9, " were"), (4.7, 5.0, " At"), (5.0, 5.5, " home.")])
    pieces = split_segments([seg], assign_words(seg.words, TURNS))
    assert [(s, p.text, p.start, p.end) for s, p in pieces] == [
        ("S1", "Where were", 3.0, 3.9),
        ("S2", "At home.", 4.7, 5.5),
    ]
    assert all(p.id == 0 and p.avg_logprob == -0.2 for _, p in pieces)
    assert pieces[1][1].words == seg.words[2:]


def test_unsplit_and_wordless_segments() -> None:
    whole = _segment(0, [(5.0, 5.5, " yes"), (5.5, 6.0, " indeed")])
    empty = Seg(1, 10.0, 11.0, "[music]")
    labels = assign_words(whole.words, TURNS)
    assert split_segments([whole, empty], labels, TURNS) == [("S2", whole), ("S1", empty)]
    assert split_segments([empty], []) == [("", empty)]


def test_speaker_flip_back_and_forth_makes_three_pieces() -> None:
    seg = _segment(3, [(8.0, 8.5, " a"), (9.6, 9.8, " b"), (9.8, 10.0, " c")])
    pieces = split_segments([seg], ["S2", "S1", "S2"])
    assert [(s, p.text) for s, p in pieces] == [("S2", "a"), ("S1", "b"), ("S2", "c")]


def test_word_count_mismatch_is_an_error() -> None:
    seg = _segment(0, [(0.0, 1.0, " a"), (1.0, 2.0, " b")])
    with pytest.raises(ValueError, match="shorter"):
        split_segments([seg], ["S1"])
    with pytest.raises(ValueError, match="longer"):
        split_segments([seg], ["S1", "S1", "S2"])


class NT(NamedTuple):
    start: float
    end: float
    text: str
    words: tuple[WordTiming, ...]


def test_named_tuple_segments_and_plain_words() -> None:
    words = (WordTiming(1.0, 2.0, "hello"), WordTiming(5.0, 6.0, "there"))
    pieces = split_segments([NT(1.0, 6.0, "hello there", words)], ["S1", "S2"])
    assert [(s, p.text) for s, p in pieces] == [("S1", "hello"), ("S2", "there")]


def test_works_with_the_transcribe_segment_type() -> None:
    core = pytest.importorskip("transcribe.core")
    words = (core.Word(1.0, 1.5, " Hi", 0.9), core.Word(5.0, 5.5, " there", 0.9))
    seg = core.Segment(id=7, start=1.0, end=5.5, text="Hi there", words=words)
    pieces = split_segments([seg], assign_words(seg.words, TURNS))
    assert [(s, p.text, p.id) for s, p in pieces] == [("S1", "Hi", 7), ("S2", "there", 7)]
