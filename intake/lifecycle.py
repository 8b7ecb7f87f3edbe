"""Consent withdrawal and retention: destroy what must go, crypto-shredding every copy of the audio.

A recording's blob can only be opened with its own identity, which lives only in the catalog. Withdrawal
deletes the rows (``secure_delete`` on), vacuums, and then moves the catalog to a new epoch secret and
overwrites the old one in place (:mod:`intake.vault.epoch`): every page that ever held the identity or the
transcript (freed blocks, SQLite's deleted rollback journals, old copies of ``catalog.db``) is then under a
key that no longer exists, even for someone who compels the passphrase. Deleting the blob is a courtesy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from intake import clock
from intake.clock import format_utc
from intake.errors import NotFoundError, UsageError
from intake.ingest.codes import registered_keys
from intake.ingest.recordings import (
    delete_interview_in_tx,
    forget_audio_in_tx,
    interview_exists,
    live_recordings_ingested_before,
    recording_blobs,
)
from intake.review.store import all_plans, forget_registry_keys_in_tx
from intake.transcripts.store import (
    delete_transcripts_in_tx,
    recordings_with_latest_exportable,
    transcript_ids_of,
    transcript_ids_of_interview,
)
from intake.vault.epoch import switch_epoch
from intake.vault.open import Vault


@dataclass(frozen=True)
class WithdrawReport:
    recordings: int
    transcripts: int
    registry_entries: int
    blobs_removed: int


def _unlink_blobs(vault: Vault, names: list[str]) -> int:
    removed = 0
    for name in names:
        path = vault.blobs / name
        if path.is_file():
            path.unlink()
            removed += 1
    return removed


def _keys_only_in(vault: Vault, transcript_ids: set[str]) -> set[str]:
    """Registry keys that occur in the plans of these transcripts and in no other plan."""
    inside: set[str] = set()
    outside: set[str] = set()
    for tid, plan in all_plans(vault):
        (inside if tid in transcript_ids else outside).update(i.entity_key for i in plan.items)
    return inside - outside - registered_keys(vault)


def withdraw(vault: Vault, code: str) -> WithdrawReport:
    """Delete everything of one interview; the audit row names no one (not even the code)."""
    if not interview_exists(vault, code):
        raise NotFoundError(f"no interview {code!r}", hint="'intake interviews list' shows the codes")
    recs = recording_blobs(vault, code)
    rec_ids = [r[0] for r in recs]
    tids = transcript_ids_of(vault, rec_ids) | transcript_ids_of_interview(vault, code)  # imported ones too
    keys = _keys_only_in(vault, tids)

    def delete() -> None:
        with vault.transaction():
            forget_registry_keys_in_tx(vault, keys)
            delete_transcripts_in_tx(vault, tids)  # plans and anonymised versions go with them (ON DELETE CASCADE)
            delete_interview_in_tx(vault, code)
            vault.audit("interview.withdraw", "", recordings=len(rec_ids), transcripts=len(tids),
                        registry=len(keys))
        vault.conn.execute("VACUUM")

    switch_epoch(vault, delete)  # every old page of the catalog ends up under a destroyed epoch
    removed = _unlink_blobs(vault, [r[1] for r in recs])
    return WithdrawReport(len(rec_ids), len(tids), len(keys), removed)


def parse_period(text: str) -> timedelta:
    units = {"d": 1, "w": 7}
    if len(text) < 2 or text[-1] not in units or not text[:-1].isdigit():
        raise UsageError("a period looks like 30d or 8w")
    return timedelta(days=int(text[:-1]) * units[text[-1]])


def retention_candidates(vault: Vault, older_than: timedelta, now: datetime | None = None) -> list[str]:
    """Recordings whose latest transcript is approved and that were ingested before ``now - older_than``."""
    cutoff = format_utc((now or clock.now()) - older_than)
    approved = recordings_with_latest_exportable(vault)
    return [r for r in live_recordings_ingested_before(vault, cutoff) if r in approved]


def delete_audio(vault: Vault, rec_ids: list[str]) -> int:
    """Destroy the audio of these recordings (identity and blob); transcripts stay."""
    blobs: list[str] = []

    def forget() -> None:
        with vault.transaction():
            for rec_id in rec_ids:
                blobs.append(forget_audio_in_tx(vault, rec_id))
            vault.audit("retention.audio_deleted", "", recordings=len(rec_ids))
        vault.conn.execute("VACUUM")

    switch_epoch(vault, forget)  # the identities' old pages end up under a destroyed epoch
    _unlink_blobs(vault, blobs)
    return len(rec_ids)
