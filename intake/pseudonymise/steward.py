"""Steward edits on a plan beyond one item: a decision for every occurrence of an entity, a selection that
proposes all its occurrences, and the decisions of one segment carried across an edit of its text.

Plain data in, plain data out (like :mod:`intake.pseudonymise.plan`): the review workspace and the terminal
review call these, the catalog side (:mod:`intake.review.edits`) stores the result.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.errors import InputError
from intake.pseudonymise.document import segment_spans
from intake.pseudonymise.entities import register
from intake.pseudonymise.matcher import Matcher
from intake.pseudonymise.plan import (
    DetectFn,
    Plan,
    PlanItem,
    Planner,
    carry_forward,
    fill_codes,
    occurrences,
    plan_segment,
)
from intake.pseudonymise.spans import LABELS, Span

# Labels a selection may be registered as (the CLI's --kind names).
KIND_OF_LABEL = {"PERSON": "person", "LOCATION": "place", "ORGANISATION": "org", "DETENTION": "prison"}


def occurrences_of(texts: Sequence[str], surface: str, label: str) -> list[tuple[int, int, int]]:
    """(segment, start, end) of every occurrence of ``surface``: the exact text in any case and, for a name
    of a person, place, organisation or prison, every inflected form the registry matcher knows."""
    found: set[tuple[int, int, int]] = set()
    for index, text in enumerate(texts):
        found.update((index, s, s + len(surface)) for s in occurrences(text, surface))
    matcher = _matcher_for(surface, label)
    if matcher is not None:
        for index, text in enumerate(texts):
            found.update((index, m.span.start, m.span.end) for m in matcher.find(text))
    return sorted(found)


def _matcher_for(surface: str, label: str) -> Matcher | None:
    kind = KIND_OF_LABEL.get(label)
    if kind is None:
        return None
    try:
        return Matcher([register(surface, kind)])
    except (InputError, ValueError):
        return None


def add_selection(plan: Plan, texts: Sequence[str], segment: int, start: int, end: int, label: str,
                  planner: Planner) -> tuple[Plan, int]:
    """The selected span becomes an ``added`` item; every other occurrence (and inflected form) is proposed
    as a ``suggested`` item with the same entity key, unless a decided item is already there.
    Returns the plan and how many other occurrences were proposed."""
    if label not in LABELS or not 0 <= segment < len(texts) or not 0 <= start < end <= len(texts[segment]):
        raise InputError("the selection is outside the segment or has an unknown label")
    surface = texts[segment][start:end]
    if not surface.strip():
        raise InputError("the selection is empty")
    selected = planner.item(segment, texts[segment], Span(start, end, label, surface, 1.0, "steward"), None,
                            decision="added")
    items = [i for i in plan.items if not i.overlaps(selected)] + [selected]
    proposed = 0
    for index, s, e in occurrences_of(texts, surface, label):
        if (index, s, e) == (segment, start, end):
            continue
        span = Span(s, e, label, texts[index][s:e], 0.9, "steward:occurrence")
        item = planner.item(index, texts[index], span, selected.entity_key)
        clashes = [i for i in items if i.overlaps(item)]
        if any(i.decision != "suggested" for i in clashes):
            continue
        items = [i for i in items if i not in clashes] + [item]
        proposed += 1
    return plan.with_items(items), proposed


def replan_segment(plan: Plan, texts: Sequence[str], segment: int, planner: Planner,
                   detect_fn: DetectFn) -> tuple[Plan, list[PlanItem]]:
    """``plan`` after segment ``segment``'s text changed to ``texts[segment]``: that segment detected again,
    every decision carried forward by anchor; the decided items that could not be carried are returned."""
    if not 0 <= segment < len(texts):
        raise InputError("no such segment")
    spans = segment_spans(texts, planner.language, detect_fn)[segment]  # the whole transcript, as make_plan
    fresh = fill_codes(plan_segment(planner, segment, texts[segment], spans, allocate=False), planner)
    others = [i for i in plan.items if i.segment != segment]
    carried = carry_forward(plan.with_items([*others, *fresh]), plan, texts)
    kept = {i.id for i in carried.items if i.decision != "suggested"}
    lost = [i for i in plan.items if i.segment == segment and i.decision != "suggested" and i.id not in kept]
    return carried, lost


