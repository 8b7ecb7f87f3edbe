"""Detect -> plan -> apply for stored transcripts; review status, approval, leak check, re-identification."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from intake.errors import RefusedError, UsageError
from intake.review.leaks import leaks_in
from intake.review.store import (
    CatalogStore,
    all_plans,
    latest_anonymised_segments,
    list_entities,
    load_plan,
    load_policy,
    require_plan,
    save_plan_in_tx,
    store_anonymised_in_tx,
)
from intake.transcripts.store import (
    StoredSegment,
    TranscriptStatus,
    get_transcript_info,
    load_segments,
    segment_texts,
    set_status_in_tx,
    transcript_language,
)
from intake.vault.open import Vault

if TYPE_CHECKING:
    from intake.pseudonymise.plan import Plan, Planner
    from intake.pseudonymise.releases import Release


@dataclass(frozen=True)
class PlanSummary:
    transcript_id: str
    items: int
    by_label: dict[str, int]
    anonymised_version: int


def planner_for(vault: Vault, language: str) -> Planner:
    from intake.pseudonymise.matcher import Matcher
    from intake.pseudonymise.plan import Planner

    return Planner(policy=load_policy(vault), store=CatalogStore(vault), language=language,
                   matcher=Matcher(list_entities(vault)))


def transcript_planner(vault: Vault, tid: str) -> Planner:
    return planner_for(vault, transcript_language(vault, tid))


def pseudonymise(vault: Vault, tid: str) -> PlanSummary:
    """(Re)plan a transcript, carrying earlier review decisions forward, and store an anonymised version."""
    from intake.pseudonymise import detect
    from intake.pseudonymise.plan import make_plan

    texts = segment_texts(vault, tid)
    planner = transcript_planner(vault, tid)
    with vault.transaction():
        plan = make_plan(texts, planner, detect, previous=load_plan(vault, tid))
        version = store_plan_and_apply(vault, tid, plan, status=TranscriptStatus.DRAFT)
        vault.audit("transcript.pseudonymise", tid, items=len(plan.items), version=version)
    counts: dict[str, int] = {}
    for item in plan.items:
        counts[item.label] = counts.get(item.label, 0) + 1
    return PlanSummary(tid, len(plan.items), counts, version)


def store_plan_and_apply(vault: Vault, tid: str, plan: Plan, *, status: TranscriptStatus) -> int:
    """In the caller's transaction: save the plan, apply it, store a new anonymised version, set status."""
    from intake.pseudonymise.apply import apply_to_segments

    raw = load_segments(vault, tid)
    done = apply_to_segments(raw, plan)
    out = [StoredSegment(a.start, a.end, a.text, raw[a.index].speaker) for a in done]
    save_plan_in_tx(vault, tid, plan)
    version = store_anonymised_in_tx(vault, tid, out)
    set_status_in_tx(vault, tid, status)
    return version


def anonymised_is_current(vault: Vault, tid: str) -> bool:
    """Whether the latest stored anonymised version is the saved plan applied to the raw text."""
    from intake.pseudonymise.apply import apply_to_segments

    stored = latest_anonymised_segments(vault, tid, named=False)
    plan = load_plan(vault, tid)
    if stored is None or plan is None:
        return False
    done = apply_to_segments(load_segments(vault, tid), plan)
    return [a.text for a in done] == [s.text for s in stored]


def save_reviewed(vault: Vault, tid: str, plan: Plan, keeps: Sequence[Release] = ()) -> int:
    """Store the reviewed plan and any occurrences kept unmasked (each a release with a reason, audited)."""
    from intake.review.releases import save_keeps_in_tx

    with vault.transaction():
        version = store_plan_and_apply(vault, tid, plan, status=TranscriptStatus.REVIEWED)
        kept = save_keeps_in_tx(vault, tid, keeps, segment_texts(vault, tid))
        decided = sum(1 for i in plan.items if i.decision != "suggested")
        vault.audit("transcript.review", tid, items=len(plan.items), decided=decided, version=version, kept=kept)
    return version


def approve(vault: Vault, tid: str) -> None:
    """Approve the latest anonymised version for export; refused while the leak check finds anything."""
    require_plan(vault, tid)
    if not anonymised_is_current(vault, tid):
        raise RefusedError(f"transcript {tid}: the plan changed since its anonymised version was stored",
                           hint="finish the review in 'intake workspace', or run 'intake review' again")
    hits = leaks_in(vault, tid)
    if hits:
        raise RefusedError(f"transcript {tid}: the leak check found {len(hits)} identifying item(s)",
                           hint=f"see 'intake leakcheck {tid}', then review with 'intake review {tid}'")
    with vault.transaction():
        set_status_in_tx(vault, tid, TranscriptStatus.APPROVED)
        vault.audit("transcript.approve", tid)


def reidentify(vault: Vault, code: str) -> dict[str, Any]:
    """Who is behind a pseudonym: registry keys, registered names, mentions. Steward only; audited."""
    store = CatalogStore(vault)
    keys = store.keys_for_code(code)
    if not keys:
        raise UsageError(f"no entity has the code {code}")
    names = [e.name for e in list_entities(vault) if e.key in keys]
    mentions: dict[str, list[str]] = {}
    for tid, plan in all_plans(vault):
        for item in plan.items:
            if item.replacement == code or item.entity_key in keys:
                mentions.setdefault(tid, []).append(item.original)
    vault.audit("pseudonym.reidentify", code, keys=len(keys))
    return {"id": code, "keys": keys, "registered_names": names, "mentions": mentions}


def transcript_segments(vault: Vault, tid: str, *, raw: bool) -> tuple[list[StoredSegment], str]:
    """(segments, "raw"|"anonymised"). Raw access is audited."""
    get_transcript_info(vault, tid)
    if raw:
        vault.audit("transcript.read_raw", tid)
        return load_segments(vault, tid), "raw"
    anonymised = latest_anonymised_segments(vault, tid)
    if anonymised is None:
        raise RefusedError("this transcript has no anonymised version yet",
                           hint=f"run 'intake pseudonymise {tid}', or add --raw to see identifying text (audited)")
    return anonymised, "anonymised"


def write_review_sheet(vault: Vault, tid: str, path: Path) -> int:
    """Write the plan as a TSV sheet (identifying text: 0600 from the start, never over a file or link); audited."""
    from intake.fs import write_new_private
    from intake.pseudonymise.sheet import to_sheet

    plan = require_plan(vault, tid)
    write_new_private(path, to_sheet(plan, segment_texts(vault, tid)).encode("utf-8"))
    vault.audit("plan.sheet_export", tid, items=len(plan.items))
    return len(plan.items)


def apply_review_sheet(vault: Vault, tid: str, path: Path) -> int:
    """Read decisions back from an edited sheet and save them (audited as a review); the new version."""
    from intake.pseudonymise.sheet import MAX_SHEET_CHARS, read_sheet

    plan = require_plan(vault, tid)
    if path.stat().st_size > MAX_SHEET_CHARS * 4:
        raise UsageError("the sheet is too large")
    texts = segment_texts(vault, tid)
    return save_reviewed(vault, tid, read_sheet(path.read_text(encoding="utf-8"), plan, texts,
                                                transcript_planner(vault, tid)))
