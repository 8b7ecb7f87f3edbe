"""Carrying steward decisions from one transcript version to the next (plain data, no vault).

A new transcript version (a recording transcribed again) has new segments: other boundaries, other times,
other words. A decision made on the old version names a span by its anchor (segment, occurrence, surface:
:func:`intake.pseudonymise.plan.anchor_id`); here each decided span is moved to the same surface in the
new version:

1. **Same text, same count.** When the surface occurs as many times in the whole new transcript as in the
   old one (compared case-insensitively, ``ё`` as ``е``), its n-th occurrence moves to the n-th.
2. **Same place.** Otherwise only the new segments that overlap the old segment in time are searched;
   when the surface occurs there exactly as often as in the old segment, the k-th moves to the k-th.
3. Otherwise the span is **not carried**: the caller lists it for the reviewer (never silently dropped).

A moved item keeps its decision, label, entity key (and so its code and any merge) and gets the anchor id
of its new place; :func:`intake.pseudonymise.plan.carry_forward` then applies it to the new plan as it does
for a re-run of the same version.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from intake.pseudonymise.plan import Plan, PlanItem, anchor_id, carry_forward, occurrences


@dataclass(frozen=True)
class Timed:
    """One segment of a version: its times (seconds) and raw text."""

    start: float
    end: float
    text: str


def relocate(old: Sequence[Timed], new: Sequence[Timed], segment: int, start: int,
             surface: str) -> tuple[int, int] | None:
    """Where ``surface`` at ``old[segment]`` offset ``start`` lies in ``new``: (segment, start), or None."""
    if not surface or not 0 <= segment < len(old):
        return None
    before = [(i, s) for i, seg in enumerate(old) for s in occurrences(seg.text, surface)]
    after = [(j, s) for j, seg in enumerate(new) for s in occurrences(seg.text, surface)]
    if (segment, start) not in before:
        return None
    if len(before) == len(after):
        return after[before.index((segment, start))]
    here = old[segment]
    local = occurrences(here.text, surface)
    near = [(j, s) for j, seg in enumerate(new) if seg.start < here.end and here.start < seg.end
            for s in occurrences(seg.text, surface)]
    return near[local.index(start)] if len(near) == len(local) else None


def move_item(item: PlanItem, old: Sequence[Timed], new: Sequence[Timed]) -> PlanItem | None:
    """``item`` at its place in ``new`` (new anchor id, offsets and original), or None."""
    place = relocate(old, new, item.segment, item.start, item.original)
    if place is None:
        return None
    segment, start = place
    text = new[segment].text
    end = start + len(item.original)
    return replace(item, id=anchor_id(segment, text, start, end), segment=segment, start=start, end=end,
                   original=text[start:end])


@dataclass(frozen=True)
class Carried:
    """The new plan with the old decisions applied, and the decided items that could not be carried."""

    plan: Plan
    carried: int
    lost: tuple[PlanItem, ...]


def carry_plan(new_plan: Plan, old_plan: Plan, old: Sequence[Timed], new: Sequence[Timed]) -> Carried:
    """Apply every decision of ``old_plan`` (made on segments ``old``) to ``new_plan`` (on segments ``new``).

    An item counts as carried when the new plan holds it at its new anchor with the same decision, or,
    for a rejection, when the new run does not suggest that span at all (nothing is left to reject).
    """
    decided = [i for i in old_plan.items if i.decision != "suggested"]
    pairs = [(item, move_item(item, old, new)) for item in decided]
    lost = [item for item, target in pairs if target is None]
    moved = [(item, target) for item, target in pairs if target is not None]
    plan = carry_forward(new_plan, replace(old_plan, items=tuple(t for _, t in moved)), [s.text for s in new])
    final = plan.by_id()
    for item, target in moved:
        there = final.get(target.id)
        if there is None and item.decision == "rejected":
            continue
        if there is None or there.decision != item.decision:
            lost.append(item)
    return Carried(plan, len(decided) - len(lost), tuple(sorted(lost, key=lambda i: (i.segment, i.start))))
