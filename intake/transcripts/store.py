"""The transcripts table: one owner for transcript versions, their segments, status, language and speaker names.

Segments are stored as JSON ``{"v": 1, "segments": [...]}`` (docs/format.md §5) and read back as frozen
:class:`StoredSegment` values; :meth:`StoredSegment.to_dict` gives back the stored form key for key.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from intake.clock import now_utc
from intake.errors import ModelError, NotFoundError
from intake.ingest.recordings import Recording, get_recording, list_recordings
from intake.vault.open import Vault

if TYPE_CHECKING:
    from transcribe import Engine, Segment, TranscribeOptions, Transcription

STORE_VERSION = 1


class TranscriptStatus(StrEnum):
    """Where a transcript stands in review; only an approved one may leave the vault."""

    DRAFT = "draft"
    REVIEWED = "reviewed"
    APPROVED = "approved"

    def is_exportable(self) -> bool:
        return self is TranscriptStatus.APPROVED


@dataclass(frozen=True)
class StoredWord:
    start: float
    end: float
    word: str
    probability: float


@dataclass(frozen=True)
class EngineMeasures:
    """What the engine said about a raw segment (kept for the record; absent on anonymised segments)."""

    id: int
    words: tuple[StoredWord, ...]
    avg_logprob: float
    no_speech_prob: float
    compression_ratio: float
    temperature: float


@dataclass(frozen=True)
class StoredSegment:
    """One stored segment: times in seconds, text, speaker label (S1 ... or a role) and the engine's flags.

    Raw segments carry :class:`EngineMeasures`; anonymised ones carry none and always store a ``speaker``
    key (null when there are no speaker turns), so :meth:`to_dict` writes each form exactly as stored.
    """

    start: float
    end: float
    text: str
    speaker: str | None = None
    flags: tuple[str, ...] = ()
    measures: EngineMeasures | None = None

    @classmethod
    def from_engine(cls, segment: Segment, speaker: str | None = None) -> StoredSegment:
        words = tuple(StoredWord(w.start, w.end, w.word, w.probability) for w in segment.words)
        measures = EngineMeasures(segment.id, words, segment.avg_logprob, segment.no_speech_prob,
                                  segment.compression_ratio, segment.temperature)
        return cls(segment.start, segment.end, segment.text, speaker, tuple(segment.flags), measures)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StoredSegment:
        speaker = data.get("speaker")
        base = (float(data["start"]), float(data["end"]), str(data["text"]), None if speaker is None else str(speaker))
        if "words" not in data:
            return cls(*base, tuple(str(f) for f in data.get("flags", ())))
        words = tuple(StoredWord(float(w["start"]), float(w["end"]), str(w["word"]), float(w["probability"]))
                      for w in data["words"])
        measures = EngineMeasures(int(data["id"]), words, float(data["avg_logprob"]), float(data["no_speech_prob"]),
                                  float(data["compression_ratio"]), float(data["temperature"]))
        return cls(*base, tuple(str(f) for f in data.get("flags", ())), measures)

    def to_dict(self) -> dict[str, Any]:
        if self.measures is None:
            return {"start": self.start, "end": self.end, "text": self.text, "speaker": self.speaker}
        m = self.measures
        out: dict[str, Any] = {
            "id": m.id, "start": self.start, "end": self.end, "text": self.text,
            "words": [asdict(w) for w in m.words], "avg_logprob": m.avg_logprob, "no_speech_prob": m.no_speech_prob,
            "compression_ratio": m.compression_ratio, "temperature": m.temperature, "flags": list(self.flags),
        }
        if self.speaker is not None:
            out["speaker"] = self.speaker
        return out


def segments_from_json(text: str) -> list[StoredSegment]:
    """Parse a stored ``{"v": 1, "segments": [...]}`` document (raw or anonymised)."""
    doc = json.loads(text)
    if not isinstance(doc, dict) or doc.get("v") != STORE_VERSION:
        raise ModelError("transcript stored in an unknown version")
    return [StoredSegment.from_dict(s) for s in doc["segments"]]


def segments_to_json(segments: Iterable[StoredSegment]) -> str:
    return json.dumps({"v": STORE_VERSION, "segments": [s.to_dict() for s in segments]}, ensure_ascii=False)


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
    status: TranscriptStatus
    created: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_INFO_SQL = ("SELECT id, recording_id, version, engine, model_sha256, language, language_probability, duration,"
             " json_array_length(segments, '$.segments'), flagged, status, created FROM transcripts")


def _info(row: Sequence[Any], interview_id: str) -> TranscriptInfo:
    return TranscriptInfo(id=row[0], recording_id=row[1], interview_id=interview_id, version=row[2], engine=row[3],
                          model_sha256=row[4], language=row[5], language_probability=row[6], duration=row[7],
                          segments=row[8], flagged=row[9], status=TranscriptStatus(row[10]), created=row[11])


def get_transcript_info(vault: Vault, tid: str) -> TranscriptInfo:
    row = vault.conn.execute(_INFO_SQL + " WHERE id=?", (tid,)).fetchone()
    if row is None:
        raise NotFoundError(f"no transcript {tid!r}", hint="'intake transcripts list' shows the ids")
    return _info(row, get_recording(vault, row[1]).interview_id)


def list_transcripts(vault: Vault) -> list[TranscriptInfo]:
    """Every transcript version, ordered by interview, recording and version."""
    interview_of = {r.id: r.interview_id for r in list_recordings(vault)}
    infos = [_info(row, interview_of[row[1]]) for row in vault.conn.execute(_INFO_SQL)]
    return sorted(infos, key=lambda t: (t.interview_id, t.recording_id, t.version))


def load_segments(vault: Vault, tid: str) -> list[StoredSegment]:
    """The raw (identifying) segments of a transcript; callers audit their own access."""
    row = vault.conn.execute("SELECT segments FROM transcripts WHERE id=?", (tid,)).fetchone()
    if row is None:
        raise NotFoundError(f"no transcript {tid!r}")
    return segments_from_json(row[0])


def transcript_language(vault: Vault, tid: str) -> str:
    """The language the detectors use for a transcript (ru, be or en; ru when unknown)."""
    lang = get_transcript_info(vault, tid).language or "ru"
    return lang if lang in ("ru", "be", "en") else "ru"


def segment_texts(vault: Vault, tid: str) -> list[str]:
    return [s.text for s in load_segments(vault, tid)]


def speaker_names(vault: Vault, tid: str) -> dict[str, str]:
    row = vault.conn.execute("SELECT speaker_names FROM transcripts WHERE id=?", (tid,)).fetchone()
    return {str(k): str(v) for k, v in json.loads(row[0]).items()} if row and row[0] else {}


def save_speaker_names_in_tx(vault: Vault, tid: str, names: Mapping[str, str]) -> None:
    """In the caller's transaction: replace the transcript's speaker names (label -> role)."""
    vault.conn.execute("UPDATE transcripts SET speaker_names=? WHERE id=?", (json.dumps(dict(names)), tid))


def set_status_in_tx(vault: Vault, tid: str, status: TranscriptStatus) -> None:
    """In the caller's transaction: set the review status of a transcript."""
    vault.conn.execute("UPDATE transcripts SET status=? WHERE id=?", (status.value, tid))


def transcribed(vault: Vault) -> set[tuple[str, str]]:
    """(recording id, fingerprint) of every stored transcript."""
    return {(str(r), str(f)) for r, f in vault.conn.execute("SELECT recording_id, fingerprint FROM transcripts")}


def transcript_ids_of(vault: Vault, recording_ids: Iterable[str]) -> set[str]:
    wanted = set(recording_ids)
    return {str(t) for t, r in vault.conn.execute("SELECT id, recording_id FROM transcripts") if r in wanted}


def recordings_with_latest_exportable(vault: Vault) -> set[str]:
    """Recordings whose latest transcript version is exportable (approved)."""
    latest: dict[str, tuple[int, TranscriptStatus]] = {}
    for rec_id, version, status in vault.conn.execute("SELECT recording_id, version, status FROM transcripts"):
        if rec_id not in latest or version > latest[rec_id][0]:
            latest[str(rec_id)] = (int(version), TranscriptStatus(status))
    return {rec_id for rec_id, (_version, status) in latest.items() if status.is_exportable()}


def delete_transcripts_in_tx(vault: Vault, tids: Iterable[str]) -> None:
    """In the caller's transaction; plans and anonymised versions go with them (ON DELETE CASCADE)."""
    for tid in tids:
        vault.conn.execute("DELETE FROM transcripts WHERE id=?", (tid,))


def store_version(vault: Vault, rec: Recording, engine: Engine, options: TranscribeOptions, fingerprint: str,
                  result: Transcription, segments: Sequence[StoredSegment]) -> TranscriptInfo:
    flagged = sum(1 for s in segments if s.flags)
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
             result.language, result.language_probability, result.duration, segments_to_json(segments),
             flagged, now_utc()),
        )
        vault.audit("transcript.create", tid, recording=rec.id, version=version, engine=engine.name,
                    segments=len(segments), flagged=flagged)
    return get_transcript_info(vault, tid)


def store_corrected_version(vault: Vault, tid: str, segments: Sequence[StoredSegment], *,
                            edited: Sequence[int]) -> TranscriptInfo:
    """Store ``segments`` as a new raw version of ``tid``'s recording: a steward's correction of the text.

    Engine, model, fingerprint, options, language and speaker names are those of ``tid`` (so ``transcribe
    --all`` does not redo the recording); the new version starts as a draft. Audited as
    ``transcript.correct`` with the segment indexes edited (never their text). Call it inside no transaction.
    """
    row = vault.conn.execute(
        "SELECT recording_id, engine, model_sha256, fingerprint, options, language, language_probability, duration,"
        " speaker_names FROM transcripts WHERE id=?", (tid,)).fetchone()
    if row is None:
        raise NotFoundError(f"no transcript {tid!r}")
    new_id = os.urandom(6).hex()
    flagged = sum(1 for s in segments if s.flags)
    with vault.transaction() as conn:
        version = int(conn.execute("SELECT coalesce(max(version), 0) FROM transcripts WHERE recording_id=?",
                                   (row[0],)).fetchone()[0]) + 1
        conn.execute(
            "INSERT INTO transcripts(id, recording_id, version, engine, model_sha256, fingerprint, options, language,"
            " language_probability, duration, segments, flagged, created, speaker_names)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (new_id, row[0], version, row[1], row[2], row[3], row[4], row[5], row[6], row[7],
             segments_to_json(segments), flagged, now_utc(), row[8]))
        vault.audit("transcript.correct", new_id, previous=tid, version=version,
                    segments=",".join(str(i) for i in edited))
    return get_transcript_info(vault, new_id)
