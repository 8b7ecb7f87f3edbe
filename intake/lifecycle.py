"""Consent withdrawal and retention: destroy what must go, crypto-shredding every copy of the audio.

Each destroyed recording leaves a keyed digest of its content in the catalog (:mod:`intake.vault.withdrawn`),
written in the same transaction, so that a leftover copy offered to ``import`` or ``ingest`` is refused.

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
    recording_sha256s,
)
from intake.review.store import all_plans, forget_registry_keys_in_tx
from intake.transcripts.store import (
    delete_transcripts_in_tx,
    recordings_with_latest_exportable,
    transcript_ids_of,
    transcript_ids_of_interview,
)
from intake.vault import audit, withdrawn
from intake.vault.epoch import switch_epoch
from intake.vault.open import Vault


@dataclass(frozen=True)
class WithdrawReport:
    """``field_packages``: how many of the recordings came from field packages, whose copies elsewhere stay
    decryptable with the vault's identity unless ``field_identity_retired`` (docs/threat-model.md)."""

    recordings: int
    transcripts: int
    registry_entries: int
    blobs_removed: int
    field_packages: int = 0
    field_identity_retired: bool = False


@dataclass(frozen=True)
class RetentionReport:
    """What ``delete_audio`` destroyed; ``field_packages`` as in :class:`WithdrawReport`."""

    recordings: int
    field_packages: int = 0
    field_identity_retired: bool = False


def field_imported(vault: Vault, rec_ids: list[str]) -> int:
    """How many of these recordings were imported from field packages (their ``recording.import`` audit rows)."""
    return len(set(rec_ids) & audit.object_ids(vault.conn, "recording.import"))


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


def withdraw(vault: Vault, code: str, *, retire_field_identity: bool = False) -> WithdrawReport:
    """Delete everything of one interview; the audit row names no one (not even the code).

    ``retire_field_identity``: replace the vault's age identity in the same epoch switch, so that copies of
    this interview's field packages left anywhere cannot be opened any more (:mod:`intake.vault.identity`).
    """
    if not interview_exists(vault, code):
        raise NotFoundError(f"no interview {code!r}", hint="'intake interviews list' shows the codes")
    recs = recording_blobs(vault, code)
    rec_ids = [r[0] for r in recs]
    tids = transcript_ids_of(vault, rec_ids) | transcript_ids_of_interview(vault, code)  # imported ones too
    keys = _keys_only_in(vault, tids)
    packaged = field_imported(vault, rec_ids)

    def delete() -> None:
        with vault.transaction():
            withdrawn.record_in_tx(vault.conn, recording_sha256s(vault, rec_ids))  # refused if offered again
            forget_registry_keys_in_tx(vault, keys)
            delete_transcripts_in_tx(vault, tids)  # plans and anonymised versions go with them (ON DELETE CASCADE)
            delete_interview_in_tx(vault, code)
            vault.audit("interview.withdraw", "", recordings=len(rec_ids), transcripts=len(tids),
                        registry=len(keys))
        vault.conn.execute("VACUUM")

    # every old page of the catalog (and, when retiring, the old identity) ends up under a destroyed epoch
    switch_epoch(vault, delete, retire=retire_field_identity)
    removed = _unlink_blobs(vault, [r[1] for r in recs])
    return WithdrawReport(len(rec_ids), len(tids), len(keys), removed, packaged, retire_field_identity)


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


def delete_audio(vault: Vault, rec_ids: list[str], *, retire_field_identity: bool = False) -> RetentionReport:
    """Destroy the audio of these recordings (identity and blob); transcripts stay.

    ``retire_field_identity``: as for :func:`withdraw`.
    """
    blobs: list[str] = []
    packaged = field_imported(vault, rec_ids)

    def forget() -> None:
        with vault.transaction():
            withdrawn.record_in_tx(vault.conn, recording_sha256s(vault, rec_ids))  # refused if offered again
            for rec_id in rec_ids:
                blobs.append(forget_audio_in_tx(vault, rec_id))
            vault.audit("retention.audio_deleted", "", recordings=len(rec_ids))
        vault.conn.execute("VACUUM")

    switch_epoch(vault, forget, retire=retire_field_identity)  # the identities' old pages: a destroyed epoch
    _unlink_blobs(vault, blobs)
    return RetentionReport(len(rec_ids), packaged, retire_field_identity)
