"""Transcribe recordings from the vault: decrypt into memory, run an engine, store a transcript version.

No temporary file is ever written: the blob is decrypted into a ``BytesIO`` and decoded from there.
A transcript is stored in one transaction after the last segment, so an interrupted run leaves nothing.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from crypto import agefile
from intake.audit import now_utc
from intake.errors import InputError, ModelError, NotFoundError
from intake.recordings import Recording, get_recording, list_recordings, recording_identity_silent
from intake.vault import Vault

if TYPE_CHECKING:
    from transcribe import Engine, Segment, TranscribeOptions

STORE_VERSION = 1


@dataclass(frozen=True)
class TranscriptInfo:
    id: str
    recording_id: str
    interview_id: str
    version: int
    engine: str
    model_sha256: str
    language: str | None
    language_probability: float | None
    duration: float | None
    segments: int
    flagged: int
    status: str
    created: str

    def to_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return asdict(self)


def decrypt_to_memory(vault: Vault, rec: Recording) -> io.BytesIO:
    buffer = io.BytesIO()
    with open(vault.blobs / rec.blob, "rb") as fh:
        agefile.decrypt_stream(fh, buffer, recording_identity_silent(vault, rec.id))
    buffer.seek(0)
    return buffer


def fingerprint(engine: Engine, options: TranscribeOptions, speakers: int | str | None = None) -> str:
    """What makes two transcripts of one recording the same: engine, model, options and speaker mode."""
    from transcribe import transcript_fingerprint

    base = transcript_fingerprint(engine, options)
    return base if speakers is None else hashlib.sha256(f"{base}:speakers={speakers}".encode()).hexdigest()


def transcribe_recording(vault: Vault, rec_id: str, engine: Engine, options: TranscribeOptions,
                         on_progress: Callable[[float], None] | None = None, *,
                         speakers: int | str | None = None) -> TranscriptInfo:
    """Transcribe one recording and store a new transcript version (engine, model, options, segments).

    With ``speakers`` (a count or "auto"), segments are split at speaker changes and labelled S1, S2, ...
    """
    from transcribe import TranscribeError

    rec = get_recording(vault, rec_id)
    audio = decrypt_to_memory(vault, rec)
    try:
        result = engine.transcribe(audio, options)
        segments: list[Segment] = []
        for segment in result:
            segments.append(segment)
            if on_progress:
                on_progress(segment.end)
        labelled = _label(audio, segments, speakers)
    except TranscribeError as exc:
        raise InputError(f"recording {rec_id}: {exc}") from exc
    finally:
        audio.seek(0)
        audio.truncate()
    return _store(vault, rec, engine, options, fingerprint(engine, options, speakers), result, labelled)


def _label(audio: io.BytesIO, segments: list[Segment], speakers: int | str | None) -> list[dict[str, Any]]:
    if speakers is None or not segments:
        return [s.to_dict() for s in segments]
    from intake.speakers import diarize_segments

    return [{**seg.to_dict(), "speaker": speaker} for speaker, seg in diarize_segments(audio, segments, speakers)]


def _store(vault: Vault, rec: Recording, engine: Engine, options: TranscribeOptions, fingerprint: str,
           result: Any, segments: list[dict[str, Any]]) -> TranscriptInfo:
    doc = {"v": STORE_VERSION, "segments": segments}
    flagged = sum(1 for s in segments if s.get("flags"))
    tid = os.urandom(6).hex()
    with vault.transaction() as conn:
        row = conn.execute("SELECT coalesce(max(version), 0) FROM transcripts WHERE recording_id=?",
                           (rec.id,)).fetchone()
        version = int(row[0]) + 1
        conn.execute(
            "INSERT INTO transcripts(id, recording_id, version, engine, model_sha256, fingerprint, options,"
            " language, language_probability, duration, segments, flagged, created)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (tid, rec.id, version, engine.name, engine.model_sha256, fingerprint, json.dumps(options.to_dict()),
             result.language, result.language_probability, result.duration, json.dumps(doc, ensure_ascii=False),
             flagged, now_utc()),
        )
        vault.audit("transcript.create", tid, recording=rec.id, version=version, engine=engine.name,
                    segments=len(segments), flagged=flagged)
    return get_transcript_info(vault, tid)


_INFO_SQL = ("SELECT t.id, t.recording_id, r.interview_id, t.version, t.engine, t.model_sha256, t.language,"
             " t.language_probability, t.duration, json_array_length(t.segments, '$.segments'), t.flagged,"
             " t.status, t.created FROM transcripts t JOIN recordings r ON r.id = t.recording_id")


def get_transcript_info(vault: Vault, tid: str) -> TranscriptInfo:
    row = vault.conn.execute(_INFO_SQL + " WHERE t.id=?", (tid,)).fetchone()
    if row is None:
        raise NotFoundError(f"no transcript {tid!r}", hint="'intake transcripts list' shows the ids")
    return TranscriptInfo(*row)


def list_transcripts(vault: Vault) -> list[TranscriptInfo]:
    rows = vault.conn.execute(_INFO_SQL + " ORDER BY r.interview_id, t.recording_id, t.version").fetchall()
    return [TranscriptInfo(*r) for r in rows]


def load_segments(vault: Vault, tid: str) -> list[dict[str, Any]]:
    """The raw (identifying) segments of a transcript; callers audit their own access."""
    row = vault.conn.execute("SELECT segments FROM transcripts WHERE id=?", (tid,)).fetchone()
    if row is None:
        raise NotFoundError(f"no transcript {tid!r}")
    doc = json.loads(row[0])
    if doc.get("v") != STORE_VERSION:
        raise ModelError("transcript stored in an unknown version")
    segments: list[dict[str, Any]] = doc["segments"]
    return segments


def pending(vault: Vault, fingerprint_of: Callable[[Recording], str]) -> list[Recording]:
    """Recordings without a transcript made with the same engine, model and options."""
    done = {(r, f) for r, f in vault.conn.execute("SELECT recording_id, fingerprint FROM transcripts")}
    deleted = {r[0] for r in vault.conn.execute("SELECT id FROM recordings WHERE audio_deleted IS NOT NULL")}
    return [rec for rec in list_recordings(vault)
            if rec.id not in deleted and (rec.id, fingerprint_of(rec)) not in done]
