"""Attach speakers to transcribed words and split segments where the speaker changes.

Works on any word with ``.start``, ``.end`` and ``.word`` or ``.text`` (``transcribe.Word`` or
:class:`WordTiming`), and on any segment that is a dataclass or named tuple with ``start``, ``end``,
``text`` and ``words`` (``transcribe.Segment``).
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar, cast

from .turns import Turn


class Timed(Protocol):
    @property
    def start(self) -> float: ...

    @property
    def end(self) -> float: ...


@dataclass(frozen=True)
class WordTiming:
    """The least a word needs for :func:`assign_words`."""

    start: float
    end: float
    text: str


def _speaker_at(word: Timed, turns: Sequence[Turn], starts: list[float]) -> str:
    """Speaker of the turn overlapping the word most; ties and gaps go to the turn nearest its midpoint."""
    mid = (word.start + word.end) / 2
    index = bisect.bisect_right(starts, mid)
    near = turns[max(0, index - 2) : index + 1]
    overlap = {t: min(word.end, t.end) - max(word.start, t.start) for t in near}
    best = max(near, key=lambda t: (overlap[t], -_distance(mid, t)))
    if overlap[best] > 0:
        return best.speaker
    return min(near, key=lambda t: _distance(mid, t)).speaker


def _distance(point: float, turn: Turn) -> float:
    return 0.0 if turn.start <= point <= turn.end else min(abs(point - turn.start), abs(point - turn.end))


def assign_words(words: Sequence[Timed], turns: Sequence[Turn]) -> list[str]:
    """The speaker label of each word (``""`` for every word when there are no turns)."""
    ordered = sorted(turns, key=lambda t: t.start)
    if not ordered:
        return [""] * len(words)
    starts = [t.start for t in ordered]
    return [_speaker_at(word, ordered, starts) for word in words]


S = TypeVar("S")


def _word_text(word: Any) -> str:
    text = getattr(word, "word", None)
    return str(text if text is not None else getattr(word, "text", ""))


def _rebuild(segment: S, **changes: Any) -> S:
    if dataclasses.is_dataclass(segment) and not isinstance(segment, type):
        return dataclasses.replace(segment, **changes)
    if hasattr(segment, "_replace"):
        return cast(S, segment._replace(**changes))  # a NamedTuple's _replace keeps its type
    raise TypeError("segments must be dataclasses or named tuples with start, end, text and words")


def split_segments(
    segments: Sequence[S], word_speakers: Sequence[str], turns: Sequence[Turn] = ()
) -> list[tuple[str, S]]:
    """``(speaker, segment)`` pieces: each segment cut wherever the speaker of its words changes.

    ``word_speakers`` holds one label per word of all segments in order (as :func:`assign_words`
    returns for the concatenated words). A piece keeps the segment's other fields, with ``start``,
    ``end``, ``text`` and ``words`` from its own words; a segment that is not cut is returned as is.
    A segment without words gets the speaker of the turn covering its midpoint (``""`` without turns).
    """
    pieces: list[tuple[str, S]] = []
    cursor = 0
    for segment in segments:
        words = list(getattr(segment, "words", ()) or ())
        labels = list(word_speakers[cursor : cursor + len(words)])
        cursor += len(words)
        if len(labels) != len(words):
            raise ValueError("word_speakers is shorter than the segments' words")
        if not words:
            label = assign_words([cast(Timed, segment)], turns)[0] if turns else ""
            pieces.append((label, segment))
            continue
        groups = _groups(labels)
        if len(groups) == 1:
            pieces.append((labels[0], segment))
            continue
        for label, a, b in groups:
            part = words[a:b]
            text = _join([_word_text(w) for w in part])
            piece = _rebuild(segment, start=part[0].start, end=part[-1].end, text=text, words=tuple(part))
            pieces.append((label, piece))
    if cursor != len(word_speakers):
        raise ValueError("word_speakers is longer than the segments' words")
    return pieces


def _join(texts: list[str]) -> str:
    """Whisper words carry their leading space; plain words are joined with one."""
    glue = "" if any(t[:1].isspace() for t in texts) else " "
    return glue.join(texts).strip()


def _groups(labels: list[str]) -> list[tuple[str, int, int]]:
    groups: list[tuple[str, int, int]] = []
    for index, label in enumerate(labels):
        if groups and groups[-1][0] == label:
            groups[-1] = (label, groups[-1][1], index + 1)
        else:
            groups.append((label, index, index + 1))
    return groups
