"""Export for coders: only approved anonymised transcripts, through the leak gate, audited."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from intake import __version__
from intake.clock import now_utc
from intake.errors import CodeNamesEntity, LeakGateError, NotFoundError, RefusedError, ResidualRiskError, UsageError
from intake.pseudonymise.releases import Release
from intake.review.leaks import check_transcript, describe_hits, known_matcher
from intake.review.releases import record_allowances_in_tx
from intake.review.store import latest_anonymised_segments, list_entities, load_policy
from intake.transcripts.store import TranscriptInfo, list_transcripts
from intake.vault.keyring import export_guid_key
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
    page_size: str = "a4"
    skip_unapproved: bool = False
    codebook_reviewed: bool = False  # the steward read every code: capitalised words alone do not refuse


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
    notes: tuple[ExportNote, ...] = field(default=(), compare=False)  # this run only; not stored

    @property
    def partial(self) -> bool:
        """An approved recording was left out because a newer version of it is not approved."""
        return any(n.partial for n in self.notes)

    def to_dict(self) -> dict[str, Any]:
        """The stored record (without this run's notes)."""
        out = asdict(self)
        out.pop("notes")
        return out


@dataclass(frozen=True)
class ExportNote:
    """Why an interview's recording was left out, or exported at an older version (ids and statuses only).

    ``partial``: an approved recording was left out because a newer version is not approved (exit 7).
    """

    interview: str
    transcript: str
    message: str
    partial: bool = False

    def line(self) -> str:
        return f"{self.interview}: {self.message}"


@dataclass(frozen=True)
class Selection:
    """The versions to export, in recording order, their file codes, and what was left out or substituted."""

    chosen: list[TranscriptInfo]
    codes: dict[str, str]
    notes: list[ExportNote]


def _versions_by_recording(vault: Vault) -> list[list[TranscriptInfo]]:
    """Each recording's transcript versions (oldest first), recordings in interview and recording order."""
    from intake.ingest.recordings import list_recordings

    by_lineage: dict[str, list[TranscriptInfo]] = {}
    for info in list_transcripts(vault):
        by_lineage.setdefault(info.lineage, []).append(info)  # a recording, or an interview's imported text
    ordered = [by_lineage.pop(r.id) for r in list_recordings(vault) if r.id in by_lineage]  # by ingest time, then id
    ordered += [by_lineage[k] for k in sorted(by_lineage)]  # imported transcripts (no recording)
    return sorted(ordered, key=lambda versions: versions[0].interview_id)


def _pick(versions: list[TranscriptInfo], skip_unapproved: bool) -> tuple[TranscriptInfo | None, ExportNote | None]:
    """The version of one recording to export: the latest if approved, else (on request) the last approved."""
    latest = versions[-1]
    if latest.status.is_exportable():
        return latest, None
    approved = [v for v in versions if v.status.is_exportable()]
    rec = latest.recording_id or "(imported transcript)"
    newer = f"v{latest.version} ({latest.id}, {latest.status})"
    if not approved:
        return None, ExportNote(latest.interview_id, latest.id, f"recording {rec} skipped: {newer} is not approved")
    old, code = approved[-1], latest.interview_id
    if skip_unapproved:
        return old, ExportNote(code, old.id, f"recording {rec}: exported the last approved version v{old.version} "
                                             f"({old.id}); {newer} is newer and not approved")
    return None, ExportNote(code, latest.id, f"recording {rec} skipped: approved v{old.version} ({old.id}) is "
                                             f"superseded by {newer}, not approved", True)


def _part_codes(groups: list[list[TranscriptInfo]], chosen: list[TranscriptInfo]) -> dict[str, str]:
    """File codes: the interview code, numbered by recording order when an interview has several recordings
    with transcripts (a part keeps its number when another part is left out)."""
    parts: dict[str, list[str]] = {}
    for versions in groups:
        parts.setdefault(versions[0].interview_id, []).append(versions[0].lineage)
    codes = {}
    for t in chosen:
        recs = parts[t.interview_id]
        codes[t.id] = t.interview_id if len(recs) == 1 else f"{t.interview_id}-{recs.index(t.lineage) + 1}"
    return codes


def select(vault: Vault, req: ExportRequest) -> Selection:
    """Per recording, the version to export; a requested interview that cannot be exported is refused by
    name, and with ``all_approved`` every recording left out is named in the notes."""
    if bool(req.interviews) == req.all_approved:
        raise UsageError("give --interview CODE (one or more) or --all-approved")
    groups = [v for v in _versions_by_recording(vault) if req.all_approved or v[0].interview_id in req.interviews]
    missing = set(req.interviews) - {v[0].interview_id for v in groups}
    if missing:
        raise NotFoundError(f"no transcript for interview(s) {', '.join(sorted(missing))}")
    chosen, notes = [], []
    for versions in groups:
        pick, note = _pick(versions, req.skip_unapproved)
        chosen += [pick] if pick else []
        notes += [note] if note else []
    refused = [n for n in notes if not req.all_approved and n.transcript not in {t.id for t in chosen}]
    if refused:
        raise RefusedError("only approved transcripts can be exported; not exported: "
                           + "; ".join(n.line() for n in refused), hint=_hint(refused))
    if not chosen:
        raise RefusedError("there is no approved transcript to export"
                           + "".join(f"\n  {n.line()}" for n in notes))
    return Selection(chosen, _part_codes(groups, chosen), notes)


def _hint(refused: list[ExportNote]) -> str:
    if any(n.partial for n in refused):
        return "approve the newer versions, or export the last approved ones with --skip-unapproved"
    return "review and 'intake approve ID' them first"


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


def to_export_transcripts(vault: Vault, chosen: list[TranscriptInfo], codes: dict[str, str]) -> list[ExportTranscript]:
    from intake.export import ExportSegment, ExportTranscript

    out = []
    for t in chosen:
        segments = latest_anonymised_segments(vault, t.id) or []
        year = t.created[:4]
        out.append(ExportTranscript(
            code=codes[t.id], language=t.language or "und",
            segments=[ExportSegment(s.start, s.end, s.text, s.speaker) for s in segments],
            variables={"participant_code": t.interview_id, "language": t.language or "und", "year": year},
            interview=None if codes[t.id] == t.interview_id else t.interview_id,
        ))
    return out


LATE_FIRST_STAMP = 600.0  # seconds: a first time stamp further in is probably a time of day


def stamp_notes(chosen: list[TranscriptInfo], exported: list[ExportTranscript]) -> list[ExportNote]:
    """A warning per transcript whose first time stamp is more than 10 minutes in (ids and the stamp only)."""
    notes = []
    for t, tr in zip(chosen, exported, strict=True):
        first = min((s.start for s in tr.segments), default=0.0)
        if first > LATE_FIRST_STAMP:
            clock = f"{int(first) // 3600:02d}:{int(first) % 3600 // 60:02d}:{int(first) % 60:02d}"
            notes.append(ExportNote(t.interview_id, t.id, f"transcript {t.id}: its first time stamp is {clock}; time "
                                    "stamps are exported as written and may tell coders when the interview was "
                                    "recorded and how long it was"))
    return notes


def _bundle_folder(to: Path, export_id: str) -> Path:
    """``to/EXPORT_ID``: the folder ``to`` (made 0700 when missing, never a link) holds one folder per export."""
    if to.is_symlink() or (to.exists() and not to.is_dir()):
        raise RefusedError("the export destination exists and is not a folder", hint="choose a folder")
    if not to.exists():
        if not (to.parent if str(to.parent) else Path(".")).is_dir():
            raise UsageError("the folder that should hold the export does not exist")
        to.mkdir(mode=0o700)
    return to / export_id


def export(vault: Vault, req: ExportRequest) -> ExportRecord:
    """Export the chosen versions through the gates; the bundle's root folder is named after the export id.

    ``record.notes`` names every recording left out (or exported at its last approved version) and why.
    """
    from intake.clock import now  # build_export keeps only the date: no time of day reaches the coders
    from intake.export import build_export, load_codebook, write_bundle_age, write_bundle_dir
    from intake.review.codebook_gate import gate_codebook

    selection = select(vault, req)
    chosen = selection.chosen
    _refuse_named_codes(vault, chosen)
    outcome = gate(vault, chosen, req.allow)
    book = load_codebook(req.codebook)  # read once: the texts gated are the texts written
    reviewed = gate_codebook(vault, book, (t.language for t in chosen if t.language), req.codebook_reviewed)
    exported = to_export_transcripts(vault, chosen, selection.codes)
    files = build_export(exported, formats=req.formats,
                         codebook=book, policy_preset=load_policy(vault).name, tool_version=__version__,
                         created=now(), released=outcome.counts(), page_size=req.page_size,
                         guid_key=export_guid_key(vault.master_key, vault.header.vault_id))
    manifest_sha = hashlib.sha256(files["manifest.json"]).hexdigest()
    export_id = os.urandom(6).hex()
    if req.recipients:
        destination = write_bundle_age(files, req.to, list(req.recipients), root=export_id)
    else:
        destination = write_bundle_dir(files, _bundle_folder(req.to, export_id))
    record = ExportRecord(export_id, now_utc(), "age" if req.recipients else "directory",
                          str(destination), manifest_sha, [t.id for t in chosen], sorted(req.formats),
                          len(req.recipients), outcome.counts()["occurrences_allowed"],
                          (*selection.notes, *stamp_notes(chosen, exported)))
    with vault.transaction() as conn:
        record_allowances_in_tx(vault, record.id, req.allow, outcome.allowed)
        conn.execute("INSERT INTO exports(id, created, kind, destination, manifest_sha256, transcripts, formats,"
                     " recipients, allowed) VALUES (?,?,?,?,?,?,?,?,?)",
                     (record.id, record.created, record.kind, record.destination, manifest_sha,
                      json.dumps(record.transcripts), json.dumps(record.formats), record.recipients, record.allowed))
        vault.audit("export", record.id, manifest_sha256=manifest_sha, transcripts=len(chosen),
                    recipients=len(req.recipients), allowed=record.allowed, kept=outcome.kept, kind=record.kind,
                    codebook_reviewed=reviewed,
                    skipped=sum(1 for n in selection.notes if n.transcript not in record.transcripts))
    return record


def list_exports(vault: Vault) -> list[ExportRecord]:
    rows = vault.conn.execute("SELECT id, created, kind, destination, manifest_sha256, transcripts, formats,"
                              " recipients, allowed FROM exports ORDER BY created, id").fetchall()
    return [ExportRecord(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), json.loads(r[6]), r[7], r[8]) for r in rows]


def resolve_export_id(vault: Vault, ref: str) -> str:
    """The export id ``ref`` names (whole, or a unique prefix as in git), else :class:`NotFoundError`."""
    from intake.vault.ids import resolve_prefix

    found = resolve_prefix("export", ref, [r[0] for r in vault.conn.execute("SELECT id FROM exports")])
    if found is None:
        raise NotFoundError(f"no export {ref!r}", hint="'intake exports list' shows the ids")
    return found


def get_export(vault: Vault, export_id: str) -> ExportRecord:
    """One export, by id or unique id prefix."""
    wanted = resolve_export_id(vault, export_id)
    return next(record for record in list_exports(vault) if record.id == wanted)
