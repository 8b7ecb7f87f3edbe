"""The plan: what is replaced where, found by which detector, by what, and what the steward decided.

The plan is both the re-identification key and the audit record (keep it in the encrypted catalog).
A transcript is planned segment by segment (``PlanItem.segment`` is the segment index; offsets are code
points within that segment's text), so timestamps stay with their segment.

Item ids (stable anchors). ``id = "<segment>-<occurrence>-<h>"`` where ``h`` is the first 10 hex digits
of SHA-256 over the span's normalised surface (lower case, ``ё``->``е``) and ``occurrence`` counts the
earlier occurrences of that surface in the same segment. The id does not depend on the label, the
detector, the score or exact offsets, so it survives a re-run with new detectors, a relabel, and edits
of the segment text elsewhere. :func:`carry_forward` moves every steward decision of an old plan onto a
new one by id: rejected items stay rejected when detected again; accepted, relabelled and added items
are re-inserted at their anchor when the new run no longer detects them (a decision to protect a span is
never lost). The id names the surface's hash: treat it like the plan itself (secret).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from intake.errors import InputError
from intake.pseudonymise.document import segment_spans
from intake.pseudonymise.entities import Entity
from intake.pseudonymise.entity_keys import normalise_key
from intake.pseudonymise.matcher import Match, Matcher
from intake.pseudonymise.policy import Policy
from intake.pseudonymise.registry import PseudonymStore, pseudonym, require_merge_target
from intake.pseudonymise.spans import LABELS, UNCERTAIN, Span

DECISIONS: tuple[str, ...] = ("suggested", "accepted", "rejected", "relabelled", "added")
PLAN_VERSION = 1
DetectFn = Callable[[str, str], list[Span]]


def _fold(text: str) -> str:
    """Lower case without changing length (so offsets stay valid)."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("ё", "е")


def occurrences(text: str, surface: str) -> list[int]:
    """Start offsets of every (case-insensitive) occurrence of ``surface`` in ``text``."""
    hay, needle = _fold(text), _fold(surface)
    out: list[int] = []
    pos = hay.find(needle)
    while needle and pos >= 0:
        out.append(pos)
        pos = hay.find(needle, pos + 1)
    return out


def anchor_id(segment: int, text: str, start: int, end: int) -> str:
    """The stable id of the span ``text[start:end]`` in segment ``segment`` (see module docstring)."""
    surface = text[start:end]
    occurrence = sum(1 for s in occurrences(text, surface) if s < start)
    digest = hashlib.sha256(_fold(surface).encode("utf-8")).hexdigest()[:10]
    return f"{segment}-{occurrence}-{digest}"


def locate(text: str, surface: str, occurrence: int) -> int | None:
    """Start of the ``occurrence``-th occurrence of ``surface`` in ``text``, or None."""
    found = occurrences(text, surface)
    return found[occurrence] if 0 <= occurrence < len(found) else None


@dataclass(frozen=True)
class PlanItem:
    """One planned replacement. ``original`` is ``segment_text[start:end]``."""

    id: str
    segment: int
    start: int
    end: int
    label: str
    original: str
    entity_key: str
    action: str
    replacement: str
    source: str
    score: float
    decision: str = "suggested"
    reason: str = ""  # the detector's reason: "" (evidence), "propagated:<how>" or "uncertain:<rule>"

    @property
    def uncertain(self) -> bool:
        """A recall-first candidate: masked by default, shown to the reviewer as uncertain (one key releases it)."""
        return self.reason.startswith(UNCERTAIN)

    @property
    def active(self) -> bool:
        """Replaced on apply: not rejected and not kept."""
        return self.decision != "rejected" and self.action != "keep"

    def overlaps(self, other: PlanItem) -> bool:
        return self.segment == other.segment and self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Plan:
    """Every item for one transcript, sorted by (segment, start)."""

    language: str
    policy: str
    items: tuple[PlanItem, ...]

    def for_segment(self, segment: int) -> list[PlanItem]:
        return [i for i in self.items if i.segment == segment]

    def by_id(self) -> dict[str, PlanItem]:
        return {i.id: i for i in self.items}

    def with_items(self, items: Iterable[PlanItem]) -> Plan:
        return replace(self, items=tuple(sorted(items, key=lambda i: (i.segment, i.start, i.end))))

    def to_dict(self) -> dict[str, Any]:
        names = [f.name for f in fields(PlanItem)]  # not asdict(): 10x slower on a 600-item plan
        return {"version": PLAN_VERSION, "language": self.language, "policy": self.policy,
                "items": [{n: getattr(i, n) for n in names} for i in self.items]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Plan:
        if not isinstance(data, Mapping) or data.get("version") != PLAN_VERSION:
            raise InputError("the plan has no supported version marker")
        try:
            items = [PlanItem(**item) for item in data["items"]]
            plan = cls(str(data["language"]), str(data["policy"]), ())
        except (KeyError, TypeError) as exc:
            raise InputError("the plan record is malformed") from exc
        if not all(_valid_item(i) for i in items):
            raise InputError("the plan record has an invalid item")
        return plan.with_items(items)


def _valid_item(item: PlanItem) -> bool:
    ints = all(isinstance(v, int) for v in (item.segment, item.start, item.end))
    texts = all(isinstance(v, str) for v in (item.id, item.label, item.original, item.entity_key,
                                                item.action, item.replacement, item.source, item.reason))
    return (ints and texts and item.label in LABELS and item.decision in DECISIONS
            and 0 <= item.start < item.end and item.segment >= 0)


@dataclass(frozen=True)
class Planner:
    """Everything planning needs besides the text (one per vault and run)."""

    policy: Policy
    store: PseudonymStore
    language: str
    matcher: Matcher | None = None
    rng: random.Random | None = None

    def entity(self, key: str) -> Entity | None:
        return self.matcher.entities.get(key) if self.matcher else None

    def replacement(self, label: str, action: str, surface: str, key: str) -> str:
        """The text that replaces ``surface`` under ``action``."""
        if action == "pseudonym":
            return pseudonym(self.store, key, label, self.rng)
        if action == "generalise":
            entity = self.entity(key)
            return self.policy.generalised(label, surface, self.language, entity.generalise_as if entity else None)
        if action == "redact":
            return self.policy.redaction_mark(self.language)
        return surface

    def item(
        self, segment: int, text: str, span: Span, key: str | None, decision: str = "suggested",
        *, allocate: bool = True,
    ) -> PlanItem:
        """A plan item for ``span`` with the policy's action (``key`` None: normalised from the surface).

        ``allocate=False`` leaves a pseudonym's replacement empty (filled by :func:`fill_codes` once keys
        are final, so that no code is bound to a key that is merged away a moment later).
        """
        key = key or normalise_key(span.label, span.text)
        action = self.policy.action_for(span.label)
        replacement = "" if action == "pseudonym" and not allocate else self.replacement(
            span.label, action, span.text, key)
        return PlanItem(
            id=anchor_id(segment, text, span.start, span.end), segment=segment, start=span.start,
            end=span.end, label=span.label, original=span.text, entity_key=key, action=action,
            replacement=replacement, source=span.source or "detector", score=span.score, decision=decision,
            reason=span.reason,
        )


def combine(text: str, spans: Sequence[Span], matches: Sequence[Match]) -> list[tuple[Span, str | None]]:
    """Detector spans and registry matches as one non-overlapping list of (span, registry key or None).

    A registry match wins over an overlapping detector span; when the detector span is longer and
    overlaps matches of one entity only, the union of both is kept with the registry's key and label.
    """
    chosen: list[tuple[Span, str | None]] = [(m.span, m.entity_key) for m in matches]
    for span in spans:
        over = [c for c in chosen if c[0].overlaps(span)]
        if not over:
            chosen.append((span, None))
            continue
        if len({key for _, key in over}) != 1 or over[0][1] is None:
            continue
        start = min(span.start, *(s.start for s, _ in over))
        end = max(span.end, *(s.end for s, _ in over))
        if (start, end) == (over[0][0].start, over[0][0].end):
            continue
        first = over[0][0]
        merged = Span(start, end, first.label, text[start:end], first.score, f"registry+{span.source or 'detector'}")
        chosen = [c for c in chosen if c not in over] + [(merged, over[0][1])]
    return sorted(chosen, key=lambda c: c[0].start)


def plan_segment(
    planner: Planner, segment: int, text: str, spans: Sequence[Span], *, allocate: bool = True
) -> list[PlanItem]:
    """Plan items for one segment from its detector ``spans`` and the planner's registry matcher."""
    matches = planner.matcher.find(text) if planner.matcher else []
    own = [_own_text(text, span) for span in spans]
    return [planner.item(segment, text, span, key, allocate=allocate) for span, key in combine(text, own, matches)]


def _own_text(text: str, span: Span) -> Span:
    """``span`` holding the transcript's own characters at its offsets (a detector may normalise case)."""
    surface = text[span.start : span.end]
    return span if span.text == surface else replace(span, text=surface)


def fill_codes(items: Iterable[PlanItem], planner: Planner) -> list[PlanItem]:
    """Items with every empty pseudonym replacement filled from the registry (allocating codes)."""
    return [
        replace(i, replacement=planner.replacement(i.label, i.action, i.original, i.entity_key))
        if i.action == "pseudonym" and not i.replacement else i
        for i in items
    ]


def _person_words(key: str) -> tuple[str, frozenset[str]] | None:
    parts = key.split(":", 2)
    if len(parts) != 3 or parts[0] != "PERSON":
        return None
    return parts[1], frozenset(parts[2].split())


def _fuller_key(key: str, keys: Iterable[str]) -> str | None:
    """The one fuller name ``key``'s words are part of (gender compatible), or None when not unique."""
    mine = _person_words(key)
    if mine is None:
        return None
    gender, words = mine
    fuller = []
    for other in keys:
        theirs = _person_words(other)
        if theirs and words < theirs[1] and (gender == "x" or theirs[0] in (gender, "x")):
            fuller.append((theirs[1], other))
    if not fuller:
        return None
    biggest_words, biggest = max(fuller, key=lambda f: len(f[0]))
    return biggest if all(w <= biggest_words for w, _ in fuller) else None


def unify_name_parts(items: Sequence[PlanItem]) -> list[PlanItem]:
    """Give a detected partial name the key of the one fuller name in the same transcript.

    «Марину» (``PERSON:f:marin``) joins «Мариной Ковальчук» (``PERSON:f:kavalcuk marin``) when no other
    person in the transcript has a name containing ``marin``; ambiguous parts keep their own key.
    Registry matches keep theirs (they are already resolved). Call it before codes are allocated
    (:func:`fill_codes`); a partial name alone in another transcript keeps its own key and code.
    """
    keys = {i.entity_key for i in items if i.label == "PERSON"}
    out = []
    for item in items:
        target = _fuller_key(item.entity_key, keys) if not item.source.startswith("registry") else None
        out.append(replace(item, entity_key=target) if target is not None else item)
    return out


def make_plan(
    segments: Sequence[str], planner: Planner, detect_fn: DetectFn, previous: Plan | None = None
) -> Plan:
    """Plan a whole transcript (one text per segment), carrying ``previous`` decisions forward.

    Detection sees the whole transcript at once (:mod:`intake.pseudonymise.document`), so a phone or a name
    split over two segments, or proved in one and bare in another, is found in every segment."""
    items: list[PlanItem] = []
    found = segment_spans(segments, planner.language, detect_fn)
    for index, text in enumerate(segments):
        items.extend(plan_segment(planner, index, text, found[index], allocate=False))
    items = fill_codes(unify_name_parts(items), planner)
    plan = Plan(planner.language, planner.policy.name, ()).with_items(items)
    return carry_forward(plan, previous, segments) if previous is not None else plan


def _relocated(item: PlanItem, segments: Sequence[str]) -> PlanItem | None:
    if not 0 <= item.segment < len(segments):
        return None
    occurrence = int(item.id.split("-")[1]) if item.id.count("-") >= 2 else 0
    text = segments[item.segment]
    start = locate(text, item.original, occurrence)
    if start is None:
        return None
    end = start + len(item.original)
    return replace(item, start=start, end=end, original=text[start:end])


def carry_forward(new: Plan, old: Plan, segments: Sequence[str]) -> Plan:
    """``new`` with every steward decision of ``old`` applied (see module docstring)."""
    decided = {i.id: i for i in old.items if i.decision != "suggested"}
    items: list[PlanItem] = []
    for item in new.items:
        prior = decided.pop(item.id, None)
        if prior is None:
            items.append(item)
        else:
            items.append(replace(item, label=prior.label, entity_key=prior.entity_key, action=prior.action,
                                 replacement=prior.replacement, decision=prior.decision))
    for prior in decided.values():
        if prior.decision == "rejected":
            continue
        moved = _relocated(prior, segments)
        if moved is None:
            continue
        clashes = [i for i in items if i.overlaps(moved)]
        if any(i.decision != "suggested" for i in clashes):
            continue
        items = [i for i in items if i not in clashes] + [moved]
    return new.with_items(items)


def merge_entities(plan: Plan, source_key: str, target_key: str, planner: Planner) -> Plan:
    """Make ``source_key`` the same entity as ``target_key``: registry link, and the plan's items follow.

    The target must already exist (registered, or holding a code) with the same label
    (:func:`~intake.pseudonymise.registry.require_merge_target`): a merge never creates an identity.
    """
    labels = {i.label for i in plan.items if i.entity_key == source_key}
    if len(labels) != 1:
        raise InputError("no plan item has that entity key")
    target = planner.entity(target_key)
    require_merge_target(planner.store, target_key, labels.pop(), target.label if target else None)
    planner.store.link(source_key, target_key)
    items = []
    for item in plan.items:
        if item.entity_key == source_key:
            item = replace(item, entity_key=target_key)
            if item.action == "pseudonym":
                item = replace(item, replacement=planner.replacement(item.label, "pseudonym", item.original,
                                                                     target_key))
        items.append(item)
    return plan.with_items(items)


def decide(plan: Plan, item_id: str, decision: str) -> Plan:
    """Record a steward's decision on one item."""
    if decision not in DECISIONS:
        raise InputError(f"unknown decision; use one of: {', '.join(DECISIONS)}")
    items = plan.by_id()
    if item_id not in items:
        raise InputError("no plan item has that id")
    items[item_id] = replace(items[item_id], decision=decision)
    return plan.with_items(items.values())


def add_item(plan: Plan, segment: int, text: str, start: int, end: int, label: str, planner: Planner) -> Plan:
    """Add a span the detectors missed (decision ``added``); items it overlaps are dropped."""
    if not 0 <= start < end <= len(text) or label not in LABELS:
        raise InputError("the added span is outside the segment or has an unknown label")
    span = Span(start, end, label, text[start:end], 1.0, "steward")
    new = planner.item(segment, text, span, None, decision="added")
    return plan.with_items([i for i in plan.items if not i.overlaps(new)] + [new])


def cover(plan: Plan, segment: int, text: str, start: int, end: int, label: str, planner: Planner) -> Plan:
    """Mask ``text[start:end]`` with an added item widened over every item it overlaps.

    :func:`add_item` drops the items the new span overlaps; widening first means no part of an earlier
    mask is ever unmasked by adding a later one (the widened item takes ``label``).
    """
    before = None
    while before != (start, end):
        before = (start, end)
        for item in plan.for_segment(segment):
            if item.start < end and start < item.end:
                start, end = min(start, item.start), max(end, item.end)
    return add_item(plan, segment, text, start, end, label, planner)


def relabel(plan: Plan, item_id: str, label: str, planner: Planner) -> Plan:
    """Give one item another label: new key, the policy's action for that label, new replacement."""
    items = plan.by_id()
    if item_id not in items or label not in LABELS:
        raise InputError("no plan item has that id, or the label is unknown")
    old = items[item_id]
    key = normalise_key(label, old.original)
    action = planner.policy.action_for(label)
    items[item_id] = replace(old, label=label, entity_key=key, action=action, decision="relabelled",
                             replacement=planner.replacement(label, action, old.original, key))
    return plan.with_items(items.values())
