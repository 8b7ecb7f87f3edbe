"""The plain data shared by detectors, planner and applier."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

UNCERTAIN = "uncertain"  # reason prefix of recall-first candidates

LABELS: tuple[str, ...] = (
    "PERSON",
    "LOCATION",
    "ORGANISATION",
    "DETENTION",
    "DATE",
    "PHONE",
    "EMAIL",
    "HANDLE",
    "URL",
    "ID_NUMBER",
    "AGE_OR_SENTENCE",
)


@dataclass(frozen=True, order=True)
class Span:
    """One detected identifier: ``text[start:end]`` (code points, end exclusive)."""

    start: int
    end: int
    label: str
    text: str
    score: float = 1.0
    source: str = ""  # which recognizer found it: ``names``, ``natasha``, ``propagate``, ``candidates:latin``...
    reason: str = ""  # why: ``""`` (evidence), ``propagated:<how>`` or ``uncertain:<rule>`` (see docs)

    @property
    def uncertain(self) -> bool:
        """A recall-first candidate: masked by default, shown to the reviewer as uncertain (one key releases it)."""
        return self.reason.startswith(UNCERTAIN)

    def __post_init__(self) -> None:
        if self.label not in LABELS:
            raise ValueError(f"unknown label {self.label!r}")
        if not 0 <= self.start < self.end:
            raise ValueError("span must have 0 <= start < end")

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


def resolve_overlaps(spans: Iterable[Span], priority: dict[str, int] | None = None) -> list[Span]:
    """Non-overlapping spans that still cover every character any input span covered.

    Longer spans win, then higher label priority (``priority`` maps labels to a rank), then score. A span
    that only partly overlaps the winners is not dropped: the winner it overlaps is widened to the union,
    so no part of a detected identifier is ever left unmasked.
    """
    prio = priority or {}
    ranked = sorted(spans, key=lambda s: (-s.length, -prio.get(s.label, 0), -s.score, s.start))
    kept: list[Span] = []
    for span in ranked:
        clashes = [k for k in kept if span.overlaps(k)]
        if not clashes:
            kept.append(span)
            continue
        if all(k.start <= span.start and span.end <= k.end for k in clashes):
            continue  # fully inside a winner
        kept = [k for k in kept if k not in clashes] + [_union(clashes[0], [*clashes[1:], span])]
    return _merge_touching_overlaps(sorted(kept))


def _union(winner: Span, others: list[Span]) -> Span:
    """One span over ``winner`` and the overlapping ``others`` (contiguous), with the winner's label."""
    start = min([winner.start, *(o.start for o in others)])
    end = max([winner.end, *(o.end for o in others)])
    chars = [""] * (end - start)
    for span in [*others, winner]:
        for i, ch in enumerate(span.text):
            chars[span.start - start + i] = ch
    # The union is as certain as its most certain part: an evidence span absorbing a candidate stays evidence.
    best = max([winner, *others], key=lambda s: (not s.uncertain, s.score))
    return Span(start, end, winner.label, "".join(chars), max(winner.score, best.score), winner.source, best.reason)


def _merge_touching_overlaps(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        if out and span.overlaps(out[-1]):
            out[-1] = _union(out[-1], [span])
        else:
            out.append(span)
    return out
