"""Export for coders: only approved anonymised transcripts, through the leak gate, audited."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from intake import __version__
from intake.clock import now_utc
from intake.errors import CodeNamesEntity, LeakGateError, NotFoundError, RefusedError, ResidualRiskError, UsageError
from intake.pseudonymise.releases import Release
from intake.review.leaks import check_transcript, describe_hits, known_matcher
from intake.review.releases import record_allowances_in_tx
from intake.review.store import latest_anonymised_created, latest_anonymised_segments, list_entities, load_policy
from intake.transcripts.store import TranscriptInfo, list_transcripts
from intake.vault.open import Vault

if TYPE_CHECKING:
    from intake.export import ExportTranscript


@dataclass(frozen=True)
class ExportRequest:
    to: Path
    interviews: tuple[str, ...] = ()
    all_approved: bool = False
    formats: frozenset[str] = frozenset({"txt", "docx", "qdpx"})
    codebook: str | None = None
    recipients: tuple[str, ...] = ()
    allow: tuple[Release, ...] = ()


@dataclass(frozen=True)
class ExportRecord:
    id: str
    created: str
    kind: str
    destination: str
    manifest_sha256: str
    transcripts: list[str]
    formats: list[str]
    recipients: int
    allowed: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def select(vault: Vault, req: ExportRequest) -> list[TranscriptInfo]:
    """The latest transcript version per recording; every one must be approved, else refused by name."""
    if bool(req.interviews) == req.all_approved:
        raise UsageError("give --interview CODE (one or more) or --all-approved")
    latest: dict[str, TranscriptInfo] = {}
    for info in list_transcripts(vault):
        latest[info.recording_id] = info  # versions come in ascending order
    chosen = [t for t in latest.values() if req.all_approved or t.interview_id in req.interviews]
    if req.all_approved:
        chosen = [t for t in chosen if t.status.is_exportable()]
    missing = set(req.interviews) - {t.interview_id for t in chosen}
    if missing:
        raise NotFoundError(f"no transcript for interview(s) {', '.join(sorted(missing))}")
    refused = [t for t in chosen if not t.status.is_exportable()]
    if refused:
        names = ", ".join(f"{t.id} ({t.interview_id}, {t.status})" for t in refused)
        raise RefusedError(f"only approved transcripts can be exported; not approved: {names}",
                           hint="review and 'intake approve ID' them first")
    if not chosen:
        raise RefusedError("there is no approved transcript to export")
    return sorted(chosen, key=lambda t: (t.interview_id, t.created, t.id))


@dataclass(frozen=True)
class GateOutcome:
    """What the export gates let through on purpose: kept occurrences, hits per (allowance, transcript), and
    residual-risk hits released."""

    kept: int
    allowed: dict[tuple[int, str], int]
    residual: int = 0

    def counts(self) -> dict[str, int]:
        """The manifest's counts of identifying text released (counts only, never the text)."""
        return {"occurrences_kept": self.kept, "occurrences_allowed": sum(self.allowed.values()),
                "occurrences_residual_released": self.residual}


def gate(vault: Vault, chosen: list[TranscriptInfo], allow: Sequence[Release]) -> GateOutcome:
    """Refuse (LeakGateError) while any chosen transcript has a hit that no release waives."""
    known = known_matcher(vault)
    lines: list[str] = []
    fixes: list[str] = []
    kept, allowed = 0, {}
    for info in chosen:
        result = check_transcript(vault, info.id, known, allow)
        kept += result.kept
        allowed.update({(index, info.id): n for index, n in result.allowed.items()})
        reports = describe_hits(vault, info.id, result.left, known)
        lines += [f"{info.interview_id}/{info.id} {r.line()}" for r in reports]
        fixes += [r.fix for r in reports if r.fix not in fixes]
    if lines:
        raise LeakGateError(lines, fixes)
    return GateOutcome(kept, allowed, residual_gate(vault, chosen))


def residual_gate(vault: Vault, chosen: list[TranscriptInfo]) -> int:
    """Refuse (ResidualRiskError) while any chosen transcript has an unresolved residual-risk hit; the number
    of hits released."""
    from intake.review.residual import residual_check

    lines: list[str] = []
    tids: list[str] = []
    released = 0
    for info in chosen:
        check = residual_check(vault, info.id)
        released += check.released
        lines += [f"{info.interview_id}/{info.id} {f.line()}" for f in check.left]
        tids += [info.id] if check.left else []
    if lines:
        raise ResidualRiskError("nothing was exported:", lines, tids)
    return released


def _refuse_named_codes(vault: Vault, chosen: list[TranscriptInfo]) -> None:
    """An interview code that spells a registered name never reaches a file name (named by transcript id)."""
    from intake.ingest.codes import refuse_named_codes

    entities = list_entities(vault)
    for t in chosen:
        try:
            refuse_named_codes(vault, (t.interview_id,), entities)
        except CodeNamesEntity as exc:
            raise CodeNamesEntity(f"transcript {t.id}: its interview code contains a registered name; "
                                  "nothing was exported", hint="export the other interviews with --interview CODE; "
                                  "an interview's code cannot be changed yet") from exc


def _codes(chosen: list[TranscriptInfo]) -> dict[str, str]:
    """Pseudonymous file codes: the interview code, numbered when an interview has several recordings."""
    per: dict[str, list[TranscriptInfo]] = {}
    for t in chosen:
        per.setdefault(t.interview_id, []).append(t)
    out = {}
    for code, items in per.items():
        for n, t in enumerate(items, 1):
            out[t.id] = code if len(items) == 1 else f"{code}-{n}"
    return out


def to_export_transcripts(vault: Vault, chosen: list[TranscriptInfo]) -> list[ExportTranscript]:
    from intake.export import ExportSegment, ExportTranscript

    codes, out = _codes(chosen), []
    for t in chosen:
        segments = latest_anonymised_segments(vault, t.id) or []
        year = t.created[:4]
        out.append(ExportTranscript(
            code=codes[t.id], language=t.language or "und",
            segments=[ExportSegment(s.start, s.end, s.text, s.speaker) for s in segments],
            variables={"participant_code": t.interview_id, "language": t.language or "und", "year": year},
        ))
    return out


def _created(vault: Vault, chosen: list[TranscriptInfo]) -> datetime:
    """Deterministic: the newest anonymised version among the inputs, so equal inputs give equal bytes."""
    stamps = [latest_anonymised_created(vault, t.id) or "" for t in chosen]
    return datetime.fromisoformat(max(stamps).replace("Z", "+00:00"))


def export(vault: Vault, req: ExportRequest) -> ExportRecord:
    from intake.export import build_export, write_bundle_age, write_bundle_dir

    chosen = select(vault, req)
    _refuse_named_codes(vault, chosen)
    outcome = gate(vault, chosen, req.allow)
    files = build_export(to_export_transcripts(vault, chosen), formats=req.formats, codebook=req.codebook,
                         policy_preset=load_policy(vault).name, tool_version=__version__,
                         created=_created(vault, chosen), released=outcome.counts())
    manifest_sha = hashlib.sha256(files["manifest.json"]).hexdigest()
    if req.recipients:
        write_bundle_age(files, req.to, list(req.recipients))
    else:
        write_bundle_dir(files, req.to)
    record = ExportRecord(os.urandom(6).hex(), now_utc(), "age" if req.recipients else "directory",
                          str(req.to), manifest_sha, [t.id for t in chosen], sorted(req.formats),
                          len(req.recipients), outcome.counts()["occurrences_allowed"])
    with vault.transaction() as conn:
        record_allowances_in_tx(vault, record.id, req.allow, outcome.allowed)
        conn.execute("INSERT INTO exports(id, created, kind, destination, manifest_sha256, transcripts, formats,"
                     " recipients, allowed) VALUES (?,?,?,?,?,?,?,?,?)",
                     (record.id, record.created, record.kind, record.destination, manifest_sha,
                      json.dumps(record.transcripts), json.dumps(record.formats), record.recipients, record.allowed))
        vault.audit("export", record.id, manifest_sha256=manifest_sha, transcripts=len(chosen),
                    recipients=len(req.recipients), allowed=record.allowed, kept=outcome.kept, kind=record.kind)
    return record


def list_exports(vault: Vault) -> list[ExportRecord]:
    rows = vault.conn.execute("SELECT id, created, kind, destination, manifest_sha256, transcripts, formats,"
                              " recipients, allowed FROM exports ORDER BY created, id").fetchall()
    return [ExportRecord(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), json.loads(r[6]), r[7], r[8]) for r in rows]


def get_export(vault: Vault, export_id: str) -> ExportRecord:
    for record in list_exports(vault):
        if record.id == export_id:
            return record
    raise NotFoundError(f"no export {export_id!r}", hint="'intake exports list' shows the ids")
