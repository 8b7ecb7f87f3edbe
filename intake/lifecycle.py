"""Consent withdrawal and retention: destroy what must go, crypto-shredding every copy of the audio.

A recording's blob can only be opened with its own identity, which lives only in the catalog. Withdrawal
deletes the rows (``secure_delete`` on), vacuums, and then moves the catalog to a new epoch secret and
overwrites the old one in place (:mod:`intake.vault.epoch`): every page that ever held the identity or the
transcript (freed blocks, SQLite's deleted rollback journals, old copies of ``catalog.db``) is then under a
key that no longer exists, even for someone who compels the passphrase. Deleting the blob is a courtesy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from intake.clock import now_utc
from intake.errors import NotFoundError, UsageError
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
    for tid, doc in vault.conn.execute("SELECT transcript_id, doc FROM plans"):
        keys = {i.get("entity_key") for i in json.loads(doc).get("items", [])} - {None}
        (inside if tid in transcript_ids else outside).update(str(k) for k in keys)
    registered = {str(r[0]) for r in vault.conn.execute("SELECT key FROM entities")}
    return inside - outside - registered


def withdraw(vault: Vault, code: str) -> WithdrawReport:
    """Delete everything of one interview; the audit row names no one (not even the code)."""
    if not vault.conn.execute("SELECT 1 FROM interviews WHERE id=?", (code,)).fetchone():
        raise NotFoundError(f"no interview {code!r}", hint="'intake interviews list' shows the codes")
    recs = vault.conn.execute("SELECT id, blob FROM recordings WHERE interview_id=?", (code,)).fetchall()
    rec_ids = [r[0] for r in recs]
    marks = ",".join("?" * len(rec_ids))
    tids = {str(r[0]) for r in vault.conn.execute(
        f"SELECT id FROM transcripts WHERE recording_id IN ({marks})", rec_ids)} if rec_ids else set()  # noqa: S608
    keys = _keys_only_in(vault, tids)

    def delete() -> None:
        with vault.transaction() as conn:
            for key in keys:
                conn.execute("DELETE FROM pseudonyms WHERE key=?", (key,))
                conn.execute("DELETE FROM pseudonym_links WHERE source=? OR target=?", (key, key))
            for tid in tids:  # plans and anonymised versions go with their transcript (ON DELETE CASCADE)
                conn.execute("DELETE FROM transcripts WHERE id=?", (tid,))
            conn.execute("DELETE FROM recordings WHERE interview_id=?", (code,))
            conn.execute("DELETE FROM interviews WHERE id=?", (code,))
            vault.audit("interview.withdraw", "", recordings=len(rec_ids), transcripts=len(tids),
                        registry=len(keys))
        vault.conn.execute("VACUUM")

    switch_epoch(vault, delete)
    removed = _unlink_blobs(vault, [r[1] for r in recs])
    return WithdrawReport(len(rec_ids), len(tids), len(keys), removed)


def parse_period(text: str) -> timedelta:
    units = {"d": 1, "w": 7}
    if len(text) < 2 or text[-1] not in units or not text[:-1].isdigit():
        raise UsageError("a period looks like 30d or 8w")
    return timedelta(days=int(text[:-1]) * units[text[-1]])


def retention_candidates(vault: Vault, older_than: timedelta, now: datetime | None = None) -> list[str]:
    """Recordings whose latest transcript is approved and that were ingested before ``now - older_than``."""
    cutoff = ((now or datetime.now(UTC)) - older_than).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    rows = vault.conn.execute(
        "SELECT r.id FROM recordings r WHERE r.audio_deleted IS NULL AND r.ingested <= ? AND EXISTS ("
        " SELECT 1 FROM transcripts t WHERE t.recording_id = r.id AND t.status = 'approved'"
        " AND t.version = (SELECT max(version) FROM transcripts WHERE recording_id = r.id))"
        " ORDER BY r.id", (cutoff,)).fetchall()
    return [str(r[0]) for r in rows]


def delete_audio(vault: Vault, rec_ids: list[str]) -> int:
    """Destroy the audio of these recordings (identity and blob); transcripts stay."""
    blobs: list[str] = []

    def forget() -> None:
        with vault.transaction() as conn:
            for rec_id in rec_ids:
                blobs.append(conn.execute("SELECT blob FROM recordings WHERE id=?", (rec_id,)).fetchone()[0])
                conn.execute("UPDATE recordings SET identity='', audio_deleted=? WHERE id=?", (now_utc(), rec_id))
            vault.audit("retention.audio_deleted", "", recordings=len(rec_ids))
        vault.conn.execute("VACUUM")

    switch_epoch(vault, forget)  # the identities' old pages end up under a destroyed epoch
    _unlink_blobs(vault, blobs)
    return len(rec_ids)
