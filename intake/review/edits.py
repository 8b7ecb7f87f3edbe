"""Review edits as the workspace makes them: one decision at a time, text corrections, registrations from a
selection, and what still blocks approval. The CLI's terminal review and the workspace share these.

Saving a decision stores the plan only (fast: a decision round-trips in milliseconds) and sets the
transcript back to ``draft``; the anonymised version that follows the plan is stored by
:func:`refresh_anonymised` (when the steward leaves a transcript, before approval, when the workspace
locks). :func:`intake.review.workflow.approve` refuses a transcript whose stored anonymised version is not
its plan applied, so a plan saved without its anonymised version can never be approved by mistake.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from intake.errors import RefusedError, UsageError
from intake.pseudonymise.decisions import progress
from intake.review.leaks import check_transcript
from intake.review.planning import store_plan_and_apply, transcript_planner
from intake.review.store import add_entity, require_plan, save_plan_in_tx
from intake.review.workflow import anonymised_is_current, approve
from intake.transcripts.store import (
    TranscriptStatus,
    load_segments,
    segment_texts,
    set_status_in_tx,
    store_corrected_version,
)
from intake.vault.open import Vault

if TYPE_CHECKING:
    from intake.pseudonymise.entities import Entity
    from intake.pseudonymise.plan import Plan, PlanItem

MAX_SEGMENT_CHARS = 20_000


def save_decisions(vault: Vault, tid: str, plan: Plan, action: str) -> None:
    """Store ``plan`` (the steward changed it); the transcript is a draft until its anonymised version is
    stored again. Audited as ``action`` (``plan.decide``, ``plan.add``, ``plan.undo`` ...) with counts only."""
    with vault.transaction():
        _save_in_tx(vault, tid, plan, action)


def _save_in_tx(vault: Vault, tid: str, plan: Plan, action: str) -> None:
    save_plan_in_tx(vault, tid, plan)
    set_status_in_tx(vault, tid, TranscriptStatus.DRAFT)
    vault.audit(action, tid, items=len(plan.items), decided=progress(plan).decided)


def merge_targets(vault: Vault, plan: Plan) -> dict[str, tuple[str, str, str | None]]:
    """What an item may be merged into: entity key -> (label, name, code), the same existing entities the
    terminal review offers (:func:`intake.review.merging.merge_candidates`, every label this plan or the
    registry names; never free text; identifying: steward only)."""
    from intake.pseudonymise.registry import CODE_PREFIX
    from intake.review.merging import merge_candidates
    from intake.review.store import list_entities

    labels = {i.label for i in plan.items if i.action == "pseudonym"} | {e.label for e in list_entities(vault)}
    out: dict[str, tuple[str, str, str | None]] = {}
    for label in sorted(labels & set(CODE_PREFIX)):
        for target in merge_candidates(vault, label):
            out[target.key] = (label, target.names[0] if target.names else "", target.code or None)
    return out


def merge_into(vault: Vault, tid: str, plan: Plan, item_id: str, target_key: str) -> Plan:
    """Merge the entity of ``item_id`` into an existing entity of its label (one of :func:`merge_targets`),
    in this plan and in every other stored plan that names it, as the terminal review does
    (:func:`intake.review.merging.merge_everywhere_in_tx`: one entity, one code); the item's undecided
    occurrences are accepted. One transaction."""
    from intake.pseudonymise.plan import decide
    from intake.review.merging import merge_everywhere_in_tx

    item = plan.by_id().get(item_id)
    if item is None:
        raise UsageError("no plan item has that id")
    target = merge_targets(vault, plan).get(target_key)
    if target is None or target[0] != item.label or target_key == item.entity_key:
        raise UsageError("merge into an entity of the same kind from the list (not the item's own)")
    moved = [i.id for i in plan.items if i.entity_key == item.entity_key and i.decision == "suggested"]
    with vault.transaction():
        merged, _others = merge_everywhere_in_tx(vault, tid, plan, item.entity_key, target_key,
                                                 transcript_planner(vault, tid))
        for moved_id in moved:
            merged = decide(merged, moved_id, "accepted")
        _save_in_tx(vault, tid, merged, "plan.merge")
    return merged


def refresh_anonymised(vault: Vault, tid: str) -> int | None:
    """Store the anonymised version that follows the saved plan, if it is not stored yet; status ``reviewed``
    when every item is decided, else ``draft``. Returns the new version, or None when nothing changed."""
    if anonymised_is_current(vault, tid):
        return None
    plan = require_plan(vault, tid)
    done = progress(plan)
    with vault.transaction():
        version = store_plan_and_apply(vault, tid, plan,
                                       status=TranscriptStatus.REVIEWED if done.complete else TranscriptStatus.DRAFT)
        vault.audit("transcript.review", tid, items=done.total, decided=done.decided, version=version)
    return version


@dataclass(frozen=True)
class Correction:
    """A corrected segment: the new transcript version and the decisions that could not be carried to it."""

    transcript_id: str
    version: int
    lost: tuple[PlanItem, ...]


def correct_segment(vault: Vault, tid: str, segment: int, text: str) -> Correction:
    """Replace one segment's text (Whisper misheard it): a new raw transcript version, audited, with the
    plan carried forward by anchor (that segment detected again) and its anonymised version stored."""
    from intake.pseudonymise import detect
    from intake.pseudonymise.steward import replan_segment

    text = text.strip()
    if not text or len(text) > MAX_SEGMENT_CHARS:
        raise UsageError(f"a segment's text is 1-{MAX_SEGMENT_CHARS} characters")
    raw = load_segments(vault, tid)
    if not 0 <= segment < len(raw):
        raise UsageError(f"transcript {tid} has no segment {segment}")
    if raw[segment].text == text:
        raise UsageError("the text is unchanged")
    plan = require_plan(vault, tid)
    edited = [*raw[:segment], replace(raw[segment], text=text, measures=None, flags=()), *raw[segment + 1:]]
    texts = [s.text for s in edited]
    new_plan, lost = replan_segment(plan, texts, segment, transcript_planner(vault, tid), detect)
    info = store_corrected_version(vault, tid, edited, edited=[segment])
    with vault.transaction():
        store_plan_and_apply(vault, info.id, new_plan, status=TranscriptStatus.DRAFT)
        vault.audit("plan.carry", info.id, previous=tid, items=len(new_plan.items), lost=len(lost))
    return Correction(info.id, info.version, tuple(lost))


def register_selection(vault: Vault, tid: str, name: str, kind: str, aliases: Sequence[str]) -> tuple[Entity, int]:
    """Register ``name`` (with ``aliases``) as a person, place, organisation or prison, and mask every match
    of it in ``tid`` as an accepted registry item (undecided items there give way). Returns the entity and
    the number of occurrences masked."""
    from intake.pseudonymise.matcher import Matcher

    entity = add_entity(vault, name.strip(), kind, [a.strip() for a in aliases if a.strip()], None)
    plan, texts = require_plan(vault, tid), segment_texts(vault, tid)
    planner = transcript_planner(vault, tid)
    matcher = Matcher([entity])
    items, masked = list(plan.items), 0
    for index, text in enumerate(texts):
        for match in matcher.find(text):
            span = replace(match.span, source="registry")
            item = planner.item(index, text, span, match.entity_key, decision="accepted")
            clashes = [i for i in items if i.overlaps(item)]
            if any(i.decision != "suggested" for i in clashes):
                continue
            items = [i for i in items if i not in clashes] + [item]
            masked += 1
    save_decisions(vault, tid, plan.with_items(items), "plan.register")
    return entity, masked


@dataclass(frozen=True)
class Blocker:
    """One thing that stops approval: ``kind`` is ``undecided``, ``leak`` or ``residual``; ``segment`` is where to go
    (-1: a speaker name); ``text`` is what the steward sees (identifying: never logged)."""

    kind: str
    segment: int
    text: str
    item_id: str = ""


def approval_blockers(vault: Vault, tid: str) -> list[Blocker]:
    """Everything that stops ``tid`` from being approved now, in transcript order: undecided items, then
    the leak gate's hits, then the residual-risk check's unresolved hits (on the anonymised version that
    follows the saved plan)."""
    from intake.review.residual import residual_check

    refresh_anonymised(vault, tid)
    plan = require_plan(vault, tid)
    out = [Blocker("undecided", i.segment, f"{i.label}: {i.original}", i.id)
           for i in plan.items if i.decision == "suggested"]
    out += [Blocker("leak", h.segment, f"{h.kind}: {h.surface}") for h in check_transcript(vault, tid).left]
    out += [Blocker("residual", f.segment, f"{f.kind}: {f.text}", f.id) for f in residual_check(vault, tid).left]
    return out


def approve_decided(vault: Vault, tid: str) -> None:
    """Approve ``tid`` when every item is decided, through the same gates as ``intake approve``."""
    refresh_anonymised(vault, tid)
    plan = require_plan(vault, tid)
    undecided = progress(plan).undecided
    if undecided:
        raise RefusedError(f"transcript {tid}: {undecided} item(s) are not decided yet",
                           hint="accept or reject each one (the worklist shows where)")
    approve(vault, tid)
