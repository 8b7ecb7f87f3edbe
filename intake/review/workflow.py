"""Detect -> plan -> apply for stored transcripts; review status, approval, leak check, re-identification."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from intake.clock import now_utc
from intake.errors import RefusedError, UsageError
from intake.review.leaks import leaks_in
from intake.review.store import (
    CatalogStore,
    latest_anonymised_segments,
    list_entities,
    load_plan,
    load_policy,
    require_plan,
    save_plan_in_tx,
)
from intake.transcripts.store import get_transcript_info, load_segments, segment_texts, transcript_language
from intake.vault.open import Vault

if TYPE_CHECKING:
    from intake.pseudonymise.plan import Plan, Planner
    from intake.pseudonymise.releases import Release

STATUSES = ("draft", "reviewed", "approved")


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
        version = store_plan_and_apply(vault, tid, plan, status="draft")
        vault.audit("transcript.pseudonymise", tid, items=len(plan.items), version=version)
    counts: dict[str, int] = {}
    for item in plan.items:
        counts[item.label] = counts.get(item.label, 0) + 1
    return PlanSummary(tid, len(plan.items), counts, version)


def store_plan_and_apply(vault: Vault, tid: str, plan: Plan, *, status: str) -> int:
    """In the caller's transaction: save the plan, apply it, store a new anonymised version, set status."""
    from intake.pseudonymise.apply import apply_to_segments

    raw = load_segments(vault, tid)
    segs = [_Seg(float(s["start"]), float(s["end"]), str(s["text"])) for s in raw]
    done = apply_to_segments(segs, plan)
    out = [{"start": a.start, "end": a.end, "text": a.text, "speaker": raw[a.index].get("speaker")} for a in done]
    save_plan_in_tx(vault, tid, plan)
    row = vault.conn.execute("SELECT coalesce(max(version), 0) FROM anonymised WHERE transcript_id=?",
                             (tid,)).fetchone()
    version = int(row[0]) + 1
    vault.conn.execute("INSERT INTO anonymised(id, transcript_id, version, segments, created) VALUES (?,?,?,?,?)",
                       (os.urandom(6).hex(), tid, version, json.dumps({"v": 1, "segments": out}, ensure_ascii=False),
                        now_utc()))
    vault.conn.execute("UPDATE transcripts SET status=? WHERE id=?", (status, tid))
    return version


@dataclass(frozen=True)
class _Seg:
    start: float
    end: float
    text: str


def save_reviewed(vault: Vault, tid: str, plan: Plan, keeps: Sequence[Release] = ()) -> int:
    """Store the reviewed plan and any occurrences kept unmasked (each a release with a reason, audited)."""
    from intake.review.releases import save_keeps_in_tx

    with vault.transaction():
        version = store_plan_and_apply(vault, tid, plan, status="reviewed")
        kept = save_keeps_in_tx(vault, tid, keeps, segment_texts(vault, tid))
        decided = sum(1 for i in plan.items if i.decision != "suggested")
        vault.audit("transcript.review", tid, items=len(plan.items), decided=decided, version=version, kept=kept)
    return version


def approve(vault: Vault, tid: str) -> None:
    """Approve the latest anonymised version for export; refused while the leak check finds anything."""
    require_plan(vault, tid)
    hits = leaks_in(vault, tid)
    if hits:
        raise RefusedError(f"transcript {tid}: the leak check found {len(hits)} identifying item(s)",
                           hint=f"see 'intake leakcheck {tid}', then review with 'intake review {tid}'")
    with vault.transaction() as conn:
        conn.execute("UPDATE transcripts SET status='approved' WHERE id=?", (tid,))
        vault.audit("transcript.approve", tid)


def reidentify(vault: Vault, code: str) -> dict[str, Any]:
    """Who is behind a pseudonym: registry keys, registered names, mentions. Steward only; audited."""
    store = CatalogStore(vault)
    keys = store.keys_for_code(code)
    if not keys:
        raise UsageError(f"no entity has the code {code}")
    names = [e.name for e in list_entities(vault) if e.key in keys]
    mentions: dict[str, list[str]] = {}
    for tid, doc in vault.conn.execute("SELECT transcript_id, doc FROM plans"):
        for item in json.loads(doc).get("items", []):
            if item.get("replacement") == code or item.get("entity_key") in keys:
                mentions.setdefault(tid, []).append(item["original"])
    vault.audit("pseudonym.reidentify", code, keys=len(keys))
    return {"id": code, "keys": keys, "registered_names": names, "mentions": mentions}


def transcript_segments(vault: Vault, tid: str, *, raw: bool) -> tuple[list[dict[str, Any]], str]:
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
