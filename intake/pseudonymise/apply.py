"""Apply a plan: replace every active item and record where each replacement landed.

Active items are those not rejected and not kept (:attr:`PlanItem.active`). Before replacing, every
item must still fit its text (``text[start:end] == original``) and active items must not overlap; a plan
that does not fit is refused (:class:`InputError`), never applied approximately, since a shifted plan
would leave names in place.

Segments keep their timestamps: :func:`apply_to_segments` returns one :class:`AnonymisedSegment` per
input segment with the same ``start``/``end``. Word-level timestamps are *not* carried (a word list
would hold the original words); exporters must use segment text only.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from intake.errors import InputError
from intake.pseudonymise.plan import Plan, PlanItem


@dataclass(frozen=True)
class Replacement:
    """One replacement: ``old`` offsets in the original text, ``new`` offsets in the anonymised text."""

    item_id: str
    label: str
    action: str
    old_start: int
    old_end: int
    new_start: int
    new_end: int


@dataclass(frozen=True)
class AnonymisedText:
    text: str
    replacements: tuple[Replacement, ...]

    def new_offset(self, old: int) -> int:
        """Where original offset ``old`` lies in :attr:`text` (inside a replacement: its start)."""
        ends = [r.old_end for r in self.replacements]
        i = bisect.bisect_right(ends, old)
        if i < len(self.replacements) and self.replacements[i].old_start < old:
            return self.replacements[i].new_start
        if i == 0:
            return old
        prev = self.replacements[i - 1]
        return prev.new_end + (old - prev.old_end)


def _checked(text: str, items: Sequence[PlanItem]) -> list[PlanItem]:
    active = sorted((i for i in items if i.active), key=lambda i: i.start)
    for item in items:
        if item.end > len(text) or text[item.start : item.end] != item.original:
            raise InputError(f"plan item {item.id} does not match the transcript text",
                             hint="the transcript changed since planning: plan it again")
    for a, b in itertools.pairwise(active):
        if b.start < a.end:
            raise InputError(f"plan items {a.id} and {b.id} overlap", hint="reject one of them")
    return active


def apply_items(text: str, items: Sequence[PlanItem]) -> AnonymisedText:
    """``text`` with every active item of ``items`` (all of one segment) replaced."""
    parts: list[str] = []
    done: list[Replacement] = []
    pos = 0
    length = 0
    for item in _checked(text, items):
        parts.append(text[pos : item.start])
        length += item.start - pos
        parts.append(item.replacement)
        done.append(Replacement(item.id, item.label, item.action, item.start, item.end, length,
                                length + len(item.replacement)))
        length += len(item.replacement)
        pos = item.end
    parts.append(text[pos:])
    return AnonymisedText("".join(parts), tuple(done))


def apply_plan(text: str, plan: Plan, segment: int = 0) -> AnonymisedText:
    """``text`` (the text of ``segment``; a whole transcript planned as one text is segment 0) anonymised."""
    return apply_items(text, plan.for_segment(segment))


class SegmentLike(Protocol):
    @property
    def start(self) -> float: ...
    @property
    def end(self) -> float: ...
    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class AnonymisedSegment:
    index: int
    start: float
    end: float
    text: str
    replacements: tuple[Replacement, ...]


def apply_to_segments(segments: Sequence[SegmentLike], plan: Plan) -> list[AnonymisedSegment]:
    """Every segment anonymised with its items, timestamps unchanged."""
    if any(i.segment >= len(segments) for i in plan.items):
        raise InputError("the plan names a segment the transcript does not have",
                         hint="the transcript changed since planning: plan it again")
    out = []
    for index, seg in enumerate(segments):
        done = apply_items(seg.text, plan.for_segment(index))
        out.append(AnonymisedSegment(index, seg.start, seg.end, done.text, done.replacements))
    return out
