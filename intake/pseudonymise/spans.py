"""The plain data shared by detectors, planner and applier."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

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
    source: str = ""

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
    """Keep a non-overlapping subset: longer spans win, then higher label priority, then score.

    ``priority`` maps labels to a rank (higher wins ties of equal length).
    """
    prio = priority or {}
    ranked = sorted(spans, key=lambda s: (-s.length, -prio.get(s.label, 0), -s.score, s.start))
    kept: list[Span] = []
    for span in ranked:
        if not any(span.overlaps(k) for k in kept):
            kept.append(span)
    return sorted(kept)
