"""Detect -> plan -> apply for stored transcripts; review status, approval, leak check, re-identification."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from intake.errors import RefusedError, UndecidedItems, UsageError
from intake.review.known import known_names
from intake.review.leaks import describe_hits, leaks_in, own_names
from intake.review.planning import (
    mask_known,
    planner_for,
    store_plan_and_apply,
    store_steward_change,
    transcript_planner,
)
from intake.review.store import (
    CatalogStore,
    all_plans,
    latest_anonymised_segments,
    list_entities,
    load_plan,
    require_plan,
)
from intake.transcripts.store import (
    StoredSegment,
    TranscriptInfo,
    TranscriptStatus,
    approve_latest_in_tx,
    get_transcript_info,
    lineage_versions,
    load_segments,
    segment_texts,
    transcript_language,
)
from intake.vault.open import Vault

if TYPE_CHECKING:
    from intake.pseudonymise.plan import Plan
    from intake.pseudonymise.releases import Release
    from intake.review.versions import CarryReport


@dataclass(frozen=True)
class PlanSummary:
    """What a pseudonymise run made; ``carry``: what a new transcript version took over from the one before;
    ``warnings``: optional detection vocabularies the transcript's language lacks here (no names; the CLI
    shows them, :mod:`intake.pseudonymise.vocabularies`)."""

    transcript_id: str
    items: int
    by_label: dict[str, int]
    anonymised_version: int
    carry: CarryReport | None = None
    warnings: tuple[str, ...] = ()


def _refuse_replan(info: TranscriptInfo, reopen: bool) -> None:
    if info.status is TranscriptStatus.APPROVED and not reopen:
        raise RefusedError(f"transcript {info.id} is approved; planning it again would change what is exported",
                           hint=f"'intake pseudonymise {info.id} --reopen' plans it again as a draft (not "
                                "exportable until approved again)")
    if info.status is TranscriptStatus.SUPERSEDED:
        raise RefusedError(f"transcript {info.id} is superseded: a newer version of its recording is approved",
                           hint="'intake transcripts list' shows the versions")


def pseudonymise(vault: Vault, tid: str, *, reopen: bool = False) -> PlanSummary:
    """(Re)plan a transcript, carrying earlier review decisions forward, and store an anonymised draft.

    The first plan of a new version of a recording takes over every decision of the version before it
    (:mod:`intake.review.versions`). An approved transcript is refused unless ``reopen`` (then it becomes a
    draft, and is not exportable until approved again).
    """
    from intake.pseudonymise import detect
    from intake.pseudonymise.plan import make_plan
    from intake.pseudonymise.vocabularies import missing_vocabularies
    from intake.review.versions import carry_in_tx

    _refuse_replan(get_transcript_info(vault, tid), reopen)
    texts = segment_texts(vault, tid)
    known = known_names(vault)
    language = transcript_language(vault, tid)
    planner = planner_for(vault, language, known)
    previous = load_plan(vault, tid)
    with vault.transaction():
        plan = make_plan(texts, planner, detect, previous=previous)
        carry = None
        if previous is None:
            plan, carry = carry_in_tx(vault, tid, plan)
        plan = mask_known(plan, texts, own_names(vault, tid, known, plan.items), planner)
        version = store_plan_and_apply(vault, tid, plan, status=TranscriptStatus.DRAFT)
        vault.audit("transcript.pseudonymise", tid, items=len(plan.items), version=version, reopened=reopen)
    counts: dict[str, int] = {}
    for item in plan.items:
        counts[item.label] = counts.get(item.label, 0) + 1
    return PlanSummary(tid, len(plan.items), counts, version, carry, missing_vocabularies(language))


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
    """Store a reviewed plan and any occurrences kept unmasked (each a release with a reason, audited).

    The status is "reviewed" only when every item has a decision; otherwise the transcript stays a draft.
    """
    from intake.review.releases import save_keeps_in_tx

    with vault.transaction():
        version = store_plan_and_apply(vault, tid, plan, status=None)
        kept = save_keeps_in_tx(vault, tid, keeps, segment_texts(vault, tid))
        decided = sum(1 for i in plan.items if i.decision != "suggested")
        vault.audit("transcript.review", tid, items=len(plan.items), decided=decided, version=version, kept=kept)
    return version


def mask_texts(vault: Vault, tid: str, texts: Sequence[str], label: str) -> tuple[int, int]:
    """Mask every occurrence (any case) of each text in every segment as ``label``; (occurrences, version).

    Audited as ``plan.add`` with counts only. The added items survive re-runs like any steward decision.
    """
    from intake.pseudonymise.plan import cover, occurrences
    from intake.pseudonymise.vocabulary import parse_label

    label = parse_label(label)
    plan, segments, planner = require_plan(vault, tid), segment_texts(vault, tid), transcript_planner(vault, tid)
    count = 0
    for text in (t for t in texts if t.strip()):
        for index, segment in enumerate(segments):
            for start in occurrences(segment, text):
                plan = cover(plan, index, segment, start, start + len(text), label, planner)
                count += 1
    return count, store_steward_change(vault, tid, plan, "plan.add", occurrences=count, texts=len(texts))


def require_latest(vault: Vault, tid: str) -> TranscriptInfo:
    """Refuse (:class:`RefusedError`) unless ``tid`` is the newest transcript version of its recording."""
    info = get_transcript_info(vault, tid)
    latest = lineage_versions(vault, info)[-1]
    if latest.id != tid:
        raise RefusedError(f"transcript {tid} is version {info.version} of recording {info.recording_id}; "
                           f"version {latest.version} ({latest.id}, {latest.status}) is newer: only the latest "
                           "version can be approved", hint=f"review and approve {latest.id}")
    return info


@dataclass(frozen=True)
class Approval:
    """What an approval did: the older approved versions it superseded, and how many undecided items the
    steward approved as suggested (``accept_rest``)."""

    superseded: tuple[str, ...] = ()
    accepted_rest: int = 0


def approve(vault: Vault, tid: str, *, accept_rest: bool = False) -> Approval:
    """Approve the latest anonymised version of ``tid`` for export.

    Only the newest transcript version of a recording can be approved; approving it marks an older approved
    version ``superseded``. Refused while any item is undecided, unless ``accept_rest`` (the steward accepts
    the rest as suggested: they stay suggestions, masked, and never feed other interviews; the count is
    audited); then while the leak check finds anything; then while the independent residual-risk check has
    an unresolved hit (:mod:`intake.review.residual`).
    """
    from intake.pseudonymise.decisions import progress
    from intake.review.residual import require_no_residual

    require_latest(vault, tid)
    done = progress(require_plan(vault, tid))
    if not anonymised_is_current(vault, tid):
        raise RefusedError(f"transcript {tid}: the plan changed since its anonymised version was stored",
                           hint="finish the review in 'intake workspace', or run 'intake review' again")
    if not done.complete and not accept_rest:
        raise UndecidedItems(tid, done.undecided, done.total, done.labels())
    hits = leaks_in(vault, tid)
    if hits:
        fixes = sorted({r.fix for r in describe_hits(vault, tid, hits)})
        raise RefusedError(f"transcript {tid}: the leak check found {len(hits)} identifying item(s)",
                           hint=f"see 'intake leakcheck {tid}'; then run " + " and ".join(f"'{f}'" for f in fixes))
    require_no_residual(vault, tid)
    with vault.transaction():
        superseded = approve_latest_in_tx(vault, tid)
        vault.audit("transcript.approve", tid, superseded=len(superseded), accepted_rest=done.undecided)
    return Approval(tuple(superseded), done.undecided)


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


def plan_listing(vault: Vault, tid: str) -> tuple[Plan, list[str]]:
    """The plan and the raw segment texts, for the steward's terminal (identifying); audited."""
    plan = require_plan(vault, tid)
    vault.audit("plan.list", tid, items=len(plan.items), uncertain=sum(i.uncertain for i in plan.items))
    return plan, segment_texts(vault, tid)


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
