"""Batch work: what is left to do in the vault (the worklist of ``intake status``), and approving several.

Every count is about the **latest** transcript version of each recording, except ``approved``, which lists
the version export would take (the approved one, also when a newer version is not approved yet:
``superseded_by_draft`` names those). Ids and counts only; never text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from intake.errors import IntakeError
from intake.ingest.recordings import audio_deleted_ids, list_recordings
from intake.pseudonymise.decisions import Progress
from intake.review.release import list_exports
from intake.review.store import load_plan
from intake.transcripts.store import (
    TranscriptInfo,
    TranscriptStatus,
    list_transcripts,
    resolve_transcript_id,
)
from intake.vault.open import Vault


@dataclass(frozen=True)
class Worklist:
    """Ids per stage of the work; ``undecided`` maps a transcript to its items still only suggested."""

    untranscribed: list[str] = field(default_factory=list)
    not_pseudonymised: list[str] = field(default_factory=list)
    drafts: list[str] = field(default_factory=list)
    undecided: dict[str, int] = field(default_factory=dict)
    reviewed: list[str] = field(default_factory=list)
    approved: list[str] = field(default_factory=list)
    superseded_by_draft: list[str] = field(default_factory=list)
    exported: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {name: {"count": len(ids) if not isinstance(ids, dict) else sum(ids.values()), "ids": ids}
                for name, ids in asdict(self).items()}


def _latest_per_recording(vault: Vault) -> dict[str, list[TranscriptInfo]]:
    versions: dict[str, list[TranscriptInfo]] = {}
    for info in list_transcripts(vault):  # ascending versions
        versions.setdefault(info.lineage, []).append(info)
    return versions


def worklist(vault: Vault) -> Worklist:
    """What is left to do, recording by recording (in recording order)."""
    versions = _latest_per_recording(vault)
    exported = {tid for record in list_exports(vault) for tid in record.transcripts}
    deleted, recordings = audio_deleted_ids(vault), list_recordings(vault)
    work = Worklist(untranscribed=[r.id for r in recordings if r.id not in versions and r.id not in deleted])
    for rec in recordings:
        if rec.id in versions:
            _place(vault, work, versions[rec.id], exported)
    for lineage in sorted(k for k in versions if k not in {r.id for r in recordings}):  # imported, no recording
        _place(vault, work, versions[lineage], exported)
    return work


def _place(vault: Vault, work: Worklist, versions: list[TranscriptInfo], exported: set[str]) -> None:
    latest = versions[-1]
    approved = [v for v in versions if v.status.is_exportable()]
    plan = load_plan(vault, latest.id)
    if plan is None:
        work.not_pseudonymised.append(latest.id)
    elif not latest.status.is_exportable():
        undecided = sum(1 for item in plan.items if item.decision == "suggested")
        if undecided:
            work.undecided[latest.id] = undecided
    if latest.status is TranscriptStatus.DRAFT:
        work.drafts.append(latest.id)
    elif latest.status is TranscriptStatus.REVIEWED:
        work.reviewed.append(latest.id)
    if approved:
        work.approved.append(approved[-1].id)
        if approved[-1] is not latest:
            work.superseded_by_draft.append(approved[-1].id)
    work.exported.extend(v.id for v in versions if v.id in exported)


def reviewed_ids(vault: Vault) -> list[str]:
    """The latest versions whose status is reviewed (what ``approve --all-reviewed`` takes)."""
    return list(worklist(vault).reviewed)


@dataclass(frozen=True)
class ApproveOutcome:
    """One transcript of a batch: approved (with what it superseded and how many undecided items were
    approved as suggested) or not, with the error's message."""

    transcript: str
    ok: bool
    message: str = ""
    superseded: tuple[str, ...] = ()
    accepted_rest: int = 0


def approve_one(vault: Vault, ref: str, accept_rest: Callable[[str, Progress], bool]) -> ApproveOutcome:
    """Approve one transcript of a batch through every gate; a refusal is returned, not raised.

    ``accept_rest(tid, progress)`` is asked when items are still undecided ("3 of 6 decided"): True
    approves them as suggested (audited with the count), False leaves the transcript unapproved.
    """
    from intake.review.session import review_progress
    from intake.review.workflow import approve

    try:
        tid = resolve_transcript_id(vault, ref)
        done = review_progress(vault, tid)
        accept = not done.complete and accept_rest(tid, done)
        result = approve(vault, tid, accept_rest=accept)
        return ApproveOutcome(tid, True, superseded=result.superseded, accepted_rest=result.accepted_rest)
    except IntakeError as err:
        return ApproveOutcome(ref, False, err.message + (f" (hint: {err.hint})" if err.hint else ""))
