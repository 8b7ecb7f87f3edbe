"""The transcripts table: one owner for transcript versions, their segments, language and speaker names."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

from intake.clock import now_utc
from intake.errors import ModelError, NotFoundError
from intake.ingest.recordings import Recording
from intake.vault.open import Vault
from transcribe import Engine, TranscribeOptions

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


def transcript_language(vault: Vault, tid: str) -> str:
    """The language the detectors use for a transcript (ru, be or en; ru when unknown)."""
    lang = get_transcript_info(vault, tid).language or "ru"
    return lang if lang in ("ru", "be", "en") else "ru"


def segment_texts(vault: Vault, tid: str) -> list[str]:
    return [str(s["text"]) for s in load_segments(vault, tid)]


def speaker_names(vault: Vault, tid: str) -> dict[str, str]:
    row = vault.conn.execute("SELECT speaker_names FROM transcripts WHERE id=?", (tid,)).fetchone()
    return json.loads(row[0]) if row and row[0] else {}


def store_version(vault: Vault, rec: Recording, engine: Engine, options: TranscribeOptions, fingerprint: str,
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
