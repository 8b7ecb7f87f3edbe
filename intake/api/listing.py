"""Read-only views of a vault for Python callers, as typed, frozen results (no identifying text).

Recording identities, raw transcripts and the pseudonym mapping are deliberately not here: reading them is an
audited steward action (``intake recordings export``, ``intake transcripts show --raw``, ``intake reidentify``).
"""

from __future__ import annotations

from dataclasses import dataclass

from intake.ingest import recordings
from intake.ingest.recordings import Recording
from intake.review import release, versions
from intake.review import worklist as work
from intake.review.release import ExportRecord
from intake.review.versions import CarryReport
from intake.review.worklist import Worklist
from intake.transcripts import store
from intake.transcripts.store import TranscriptInfo
from intake.vault import check
from intake.vault.check import VerifyReport
from intake.vault.open import Vault


@dataclass(frozen=True)
class Interview:
    """An interview code with its recordings' count and total duration (seconds)."""

    id: str
    language: str
    created: str
    recordings: int
    duration: float


def list_interviews(vault: Vault) -> list[Interview]:
    """Every interview, by code."""
    return [Interview(id=str(i["id"]), language=str(i["language"]), created=str(i["created"]),
                      recordings=int(i["recordings"]), duration=float(i["duration"]))
            for i in recordings.list_interviews(vault)]


def list_recordings(vault: Vault, interview: str | None = None) -> list[Recording]:
    """Every recording (or one interview's); the original file name only if it was kept at ingest."""
    return recordings.list_recordings(vault, interview)


def list_transcripts(vault: Vault) -> list[TranscriptInfo]:
    """Every transcript version, by interview, recording and version."""
    return store.list_transcripts(vault)


def list_exports(vault: Vault) -> list[ExportRecord]:
    """Every export made from this vault (the audit of what left it)."""
    return release.list_exports(vault)


def carry_report(vault: Vault, transcript_id: str) -> CarryReport | None:
    """What a transcript version took over from the version before it, and what it could not (None: it was
    not made from an earlier planned version). ``transcript_id`` may be a unique prefix."""
    return versions.carry_report(vault, store.resolve_transcript_id(vault, transcript_id))


def worklist(vault: Vault) -> Worklist:
    """What is left to do: recordings without a transcript, drafts, undecided items, approved, exported."""
    return work.worklist(vault)


def verify_vault(vault: Vault) -> VerifyReport:
    """Check the catalog, the audit chain and every blob; ``report.raise_for_problems()`` maps to exit codes."""
    return check.verify_vault(vault)
