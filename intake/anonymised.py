"""Detect -> plan -> apply for stored transcripts; review status, approval, leak check, re-identification."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from intake.audit import now_utc
from intake.errors import RefusedError, UsageError
from intake.pseudo_store import CatalogStore, list_entities, load_plan, load_policy, require_plan, save_plan_in_tx
from intake.transcription import get_transcript_info, load_segments
from intake.vault import Vault

if TYPE_CHECKING:
    from intake.pseudonymise.leakcheck import LeakHit
    from intake.pseudonymise.plan import Plan, Planner

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


def transcript_language(vault: Vault, tid: str) -> str:
    """The language the detectors use for a transcript (ru, be or en; ru when unknown)."""
    lang = get_transcript_info(vault, tid).language or "ru"
    return lang if lang in ("ru", "be", "en") else "ru"


def transcript_planner(vault: Vault, tid: str) -> Planner:
    return planner_for(vault, transcript_language(vault, tid))


def segment_texts(vault: Vault, tid: str) -> list[str]:
    return [str(s["text"]) for s in load_segments(vault, tid)]


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


def latest_anonymised_segments(vault: Vault, tid: str) -> list[dict[str, Any]] | None:
    row = vault.conn.execute("SELECT segments FROM anonymised WHERE transcript_id=? ORDER BY version DESC LIMIT 1",
                             (tid,)).fetchone()
    if row is None:
        return None
    segments: list[dict[str, Any]] = json.loads(row[0])["segments"]
    from intake.speakers import speaker_names

    names = speaker_names(vault, tid)
    for seg in segments:
        if seg.get("speaker") in names:
            seg["speaker"] = names[seg["speaker"]]
    return segments


def save_reviewed(vault: Vault, tid: str, plan: Plan) -> int:
    with vault.transaction():
        version = store_plan_and_apply(vault, tid, plan, status="reviewed")
        decided = sum(1 for i in plan.items if i.decision != "suggested")
        vault.audit("transcript.review", tid, items=len(plan.items), decided=decided, version=version)
    return version


def known_matcher(vault: Vault) -> Any:
    """A leak matcher for every registered entity plus every person/place/org original in any plan."""
    from intake.pseudonymise.entities import register
    from intake.pseudonymise.leakcheck import leak_matcher

    entities = {e.key: e for e in list_entities(vault)}
    kinds = {"PERSON": "person", "LOCATION": "place", "ORGANISATION": "org", "DETENTION": "prison"}
    for (doc,) in vault.conn.execute("SELECT doc FROM plans"):
        for item in json.loads(doc).get("items", []):
            if item.get("label") in kinds and item.get("decision") != "rejected" and item.get("action") != "keep":
                try:
                    ent = register(item["original"], kinds[item["label"]])
                except Exception:  # noqa: S112 (a surface that cannot be registered is skipped)
                    continue
                entities.setdefault(ent.key, ent)
    return leak_matcher(entities.values())


def leaks_in(vault: Vault, tid: str, matcher: Any = None, allow: frozenset[str] = frozenset()) -> list[LeakHit]:
    """Leak check of the latest anonymised version, segment by segment.

    Spans the steward explicitly rejected or kept in review are exempt (their decision is audited);
    ``allow`` exempts surfaces or pattern labels named by ``--allow`` (audited by the caller).
    """
    from intake.pseudonymise.apply import apply_items
    from intake.pseudonymise.detectors.patterns import pattern_hits
    from intake.pseudonymise.leakcheck import leakcheck, reviewed_spans

    stored = latest_anonymised_segments(vault, tid)
    if stored is None:
        raise RefusedError(f"transcript {tid} has no anonymised version", hint=f"run 'intake pseudonymise {tid}'")
    plan, raw, lang = require_plan(vault, tid), load_segments(vault, tid), transcript_language(vault, tid)
    matcher = matcher or known_matcher(vault)
    hits: list[LeakHit] = []
    for index, seg in enumerate(stored):
        text = str(seg["text"])
        ignore: list[tuple[int, int]] = []
        if index < len(raw):
            done = apply_items(str(raw[index]["text"]), plan.for_segment(index))
            if done.text == text:
                ignore = reviewed_spans(plan.for_segment(index), done)
        hits += leakcheck(text, matcher, lambda t: pattern_hits(t, lang), ignore=ignore)
        if seg.get("speaker"):
            hits += leakcheck(str(seg["speaker"]), matcher, lambda t: pattern_hits(t, lang))
    return [h for h in hits if h.surface not in allow and h.kind.split(":")[-1] not in allow]


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
