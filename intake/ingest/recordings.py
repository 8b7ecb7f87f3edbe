"""Listing, showing and (for stewards) exporting recordings and interviews."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from crypto import agefile
from crypto.agefile import Sink
from crypto.errors import CryptoError
from intake.clock import now_utc
from intake.errors import DamagedError, InputError, NotFoundError, RecordingDamaged, RefusedError, UsageError
from intake.vault.blobs import PendingBlob, open_blob
from intake.vault.ids import resolve_prefix
from intake.vault.open import Vault

_COLUMNS = ("id, interview_id, blob, sha256, size, duration, container, codec, channels, sample_rate, language,"
            " interviewer, original_name, ingested")


@dataclass(frozen=True)
class Recording:
    id: str
    interview_id: str
    blob: str
    sha256: str
    size: int
    duration: float | None
    container: str | None
    codec: str | None
    channels: int | None
    sample_rate: int | None
    language: str | None
    interviewer: str | None
    original_name: str | None
    ingested: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def list_recordings(vault: Vault, interview: str | None = None) -> list[Recording]:
    sql = f"SELECT {_COLUMNS} FROM recordings"  # noqa: S608 (fixed column list)
    params: tuple[str, ...] = ()
    if interview:
        sql += " WHERE interview_id = ?"
        params = (interview,)
    return [Recording(*row) for row in vault.conn.execute(sql + " ORDER BY ingested, id", params)]


def get_recording(vault: Vault, rec_id: str) -> Recording:
    row = vault.conn.execute(f"SELECT {_COLUMNS} FROM recordings WHERE id=?", (rec_id,)).fetchone()  # noqa: S608
    if row is None:
        raise NotFoundError(f"no recording {rec_id!r}", hint="'intake recordings list' shows the ids")
    return Recording(*row)


def recording_ids(vault: Vault) -> list[str]:
    return [str(r[0]) for r in vault.conn.execute("SELECT id FROM recordings")]


def find_recording_id(vault: Vault, ref: str) -> str | None:
    """The recording id ``ref`` names (whole, or a unique prefix as in git); None when none."""
    return resolve_prefix("recording", ref, recording_ids(vault))


def resolve_recording_id(vault: Vault, ref: str) -> str:
    """The recording id ``ref`` names (whole, or a unique prefix as in git), else :class:`NotFoundError`."""
    found = find_recording_id(vault, ref)
    if found is None:
        raise NotFoundError(f"no recording {ref!r}", hint="'intake recordings list' shows the ids")
    return found


def recording_identity(vault: Vault, rec_id: str) -> str:
    """The recording's age identity (``AGE-SECRET-KEY-1…``); audited."""
    identity = recording_identity_silent(vault, rec_id)
    vault.audit("recording.identity", rec_id)
    return identity


def list_interviews(vault: Vault) -> list[dict[str, Any]]:
    rows = vault.conn.execute(
        "SELECT i.id, i.language, i.created, count(r.id), coalesce(sum(r.duration), 0)"
        " FROM interviews i LEFT JOIN recordings r ON r.interview_id = i.id GROUP BY i.id ORDER BY i.id"
    ).fetchall()
    return [{"id": r[0], "language": r[1], "created": r[2], "recordings": r[3], "duration": r[4]} for r in rows]


def get_interview(vault: Vault, code: str) -> dict[str, Any]:
    for item in list_interviews(vault):
        if item["id"] == code:
            item["recording_ids"] = [r.id for r in list_recordings(vault, code)]
            return item
    raise NotFoundError(f"no interview {code!r}", hint="'intake interviews list' shows the codes")


def export_recording(vault: Vault, rec_id: str, out: Path) -> int:
    """Decrypt one recording to ``out`` (which must not exist); audited. Returns bytes written."""
    rec = get_recording(vault, rec_id)
    identity = recording_identity_silent(vault, rec_id)
    try:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    except FileExistsError as exc:
        raise UsageError(f"{out} exists; refusing to overwrite it") from exc
    except OSError as exc:
        raise InputError(f"cannot write {out} ({exc.strerror})") from exc
    try:
        with os.fdopen(fd, "wb") as dst:
            _decrypt_checked(vault, rec, identity, dst)
    except BaseException:
        out.unlink(missing_ok=True)  # never leave wrong or partial audio on disk
        raise
    vault.audit("recording.export", rec_id, size=rec.size)
    return rec.size


def decrypt_recording(vault: Vault, rec: Recording, dst: Sink) -> None:
    """The one way to read a recording's audio (export, transcription, speaker turns, the workspace).

    The blob is decrypted into ``dst`` while its SHA-256 and size are checked against the catalog row: no
    more than the catalog's size ever reaches ``dst``, and a blob that is missing, does not decrypt with the
    recording's key, or decrypts to other content (another interview re-encrypted to this recording's key by
    someone who learnt it) is :class:`RecordingDamaged`. On any error the caller MUST discard ``dst``.
    """
    _decrypt_checked(vault, rec, recording_identity_silent(vault, rec.id), dst)


def _decrypt_checked(vault: Vault, rec: Recording, identity: str, dst: Sink) -> None:
    try:
        src = open_blob(vault.blobs / rec.blob)  # a regular file only: a FIFO in its place must not hang
    except DamagedError as exc:  # missing, a directory, a link, a FIFO
        raise RecordingDamaged(rec.id) from exc
    try:
        with src:
            agefile.decrypt_checked(src, dst, identity, rec.sha256, rec.size)
    except CryptoError as exc:
        raise RecordingDamaged(rec.id) from exc


def recording_identity_silent(vault: Vault, rec_id: str) -> str:
    """For internal use (decrypting for transcription or export); callers audit their own action."""
    row = vault.conn.execute("SELECT identity, audio_deleted FROM recordings WHERE id=?", (rec_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no recording {rec_id!r}")
    if row[1]:
        raise RefusedError(f"the audio of recording {rec_id} was deleted under the retention policy on {row[1]}")
    return str(row[0])


def audio_deleted_ids(vault: Vault) -> set[str]:
    """Recordings whose audio was destroyed under the retention policy."""
    return {str(r[0]) for r in vault.conn.execute("SELECT id FROM recordings WHERE audio_deleted IS NOT NULL")}


def live_recordings_ingested_before(vault: Vault, cutoff: str) -> list[str]:
    """Ids of recordings that still have their audio and were ingested at or before ``cutoff`` (UTC ISO)."""
    rows = vault.conn.execute("SELECT id FROM recordings WHERE audio_deleted IS NULL AND ingested <= ? ORDER BY id",
                              (cutoff,)).fetchall()
    return [str(r[0]) for r in rows]


def interview_exists(vault: Vault, code: str) -> bool:
    return vault.conn.execute("SELECT 1 FROM interviews WHERE id=?", (code,)).fetchone() is not None


def interview_language(vault: Vault, code: str) -> str | None:
    row = vault.conn.execute("SELECT language FROM interviews WHERE id=?", (code,)).fetchone()
    return None if row is None or row[0] in (None, "auto") else str(row[0])


def ensure_interview_in_tx(vault: Vault, code: str, language: str) -> None:
    """In the caller's transaction: register the interview code unless it exists (a transcript import)."""
    vault.conn.execute("INSERT OR IGNORE INTO interviews(id, language, created) VALUES (?,?,?)",
                       (code, language, now_utc()))


def recording_blobs(vault: Vault, interview: str) -> list[tuple[str, str]]:
    """(recording id, blob name) of every recording of an interview."""
    rows = vault.conn.execute("SELECT id, blob FROM recordings WHERE interview_id=?", (interview,)).fetchall()
    return [(str(r[0]), str(r[1])) for r in rows]


def delete_interview_in_tx(vault: Vault, code: str) -> None:
    """In the caller's transaction: the interview and its recordings (their transcripts must be gone first)."""
    vault.conn.execute("DELETE FROM recordings WHERE interview_id=?", (code,))
    vault.conn.execute("DELETE FROM interviews WHERE id=?", (code,))


def forget_audio_in_tx(vault: Vault, rec_id: str) -> str:
    """In the caller's transaction: drop the recording's identity and mark its audio deleted; returns its blob."""
    blob = str(vault.conn.execute("SELECT blob FROM recordings WHERE id=?", (rec_id,)).fetchone()[0])
    vault.conn.execute("UPDATE recordings SET identity='', audio_deleted=? WHERE id=?", (now_utc(), rec_id))
    return blob


def recording_sha256s(vault: Vault, rec_ids: list[str]) -> list[str]:
    """The content SHA-256 of each of these recordings (those that exist)."""
    rows = (vault.conn.execute("SELECT sha256 FROM recordings WHERE id=?", (r,)).fetchone() for r in rec_ids)
    return [str(row[0]) for row in rows if row is not None]


def recording_blob(vault: Vault, rec_id: str) -> str | None:
    """The blob name of a recording, or None when there is no such recording."""
    row = vault.conn.execute("SELECT blob FROM recordings WHERE id=?", (rec_id,)).fetchone()
    return None if row is None else str(row[0])


def is_duplicate(vault: Vault, sha: str) -> bool:
    return vault.conn.execute("SELECT 1 FROM recordings WHERE sha256=?", (sha,)).fetchone() is not None


@dataclass(frozen=True)
class RecordingRow:
    """What the catalog stores about a recording (shared by ingest and field import)."""

    interview: str
    language: str
    interviewer: str | None
    original_name: str | None
    duration: float | None
    container: str | None
    codec: str | None
    channels: int | None
    sample_rate: int | None


def insert_recording(vault: Vault, pending: PendingBlob, identity: str, row: RecordingRow, action: str) -> str:
    """Catalogue a verified pending blob in one transaction with its audit row; returns the recording id.

    Refused (:class:`intake.errors.CodeNamesEntity`) when a code contains a registered name.
    """
    from intake.ingest.codes import refuse_named_codes

    refuse_named_codes(vault, (row.interview, row.interviewer))
    rec_id = os.urandom(6).hex()
    now = now_utc()
    with vault.transaction() as conn:
        conn.execute("INSERT OR IGNORE INTO interviews(id, language, created) VALUES (?,?,?)",
                     (row.interview, row.language, now))
        conn.execute(
            "INSERT INTO recordings(id, interview_id, blob, identity, sha256, size, duration, container, codec,"
            " channels, sample_rate, language, interviewer, original_name, ingested)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (rec_id, row.interview, pending.name, identity, pending.sha256, pending.size, row.duration,
             row.container, row.codec, row.channels, row.sample_rate, row.language, row.interviewer,
             row.original_name, now),
        )
        vault.audit(action, rec_id, interview=row.interview, size=pending.size, sha256=pending.sha256)
    return rec_id
