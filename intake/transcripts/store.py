"""The transcripts table: one owner for transcript versions, their segments, status, language and speaker names.

Segments are stored as JSON ``{"v": 1, "segments": [...], "facts": {...}}`` (docs/format.md §5) and read back
as frozen :class:`StoredSegment` values (``segments.py``: the stored form; re-exported here for its users).
A transcript belongs to an interview; its ``source`` is ``transcribed`` (from a recording, versioned per
recording) or ``imported`` (from a file, no recording, versioned per interview): see :attr:`TranscriptInfo.lineage`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from intake.clock import now_utc
from intake.errors import NotFoundError
from intake.ingest.recordings import (
    Recording,
    ensure_interview_in_tx,
    find_recording_id,
)
from intake.transcripts.facts import LOW_CONFIDENCE_WORD, LowConfidenceWord, TranscriptFacts
from intake.transcripts.segments import StoredSegment as StoredSegment
from intake.transcripts.segments import segments_from_json as segments_from_json
from intake.transcripts.segments import segments_to_json as segments_to_json
from intake.vault.ids import resolve_prefix
from intake.vault.open import Vault

if TYPE_CHECKING:
    from transcribe import Engine, TranscribeOptions, Transcription

TRANSCRIBED = "transcribed"
IMPORTED = "imported"


class TranscriptStatus(StrEnum):
    """Where a transcript stands in review; only an approved one may leave the vault."""

    DRAFT = "draft"
    REVIEWED = "reviewed"
    APPROVED = "approved"
    SUPERSEDED = "superseded"  # was approved; a newer version of the recording has been approved since

    def is_exportable(self) -> bool:
        return self is TranscriptStatus.APPROVED


@dataclass(frozen=True)
class TranscriptInfo:
    id: str
    recording_id: str | None  # None for an imported transcript (there is no audio)
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
    coverage: float | None = None  # share of the voice activity inside segments with text (None: not measured)
    warnings: int = 0  # worklist items stored with the transcript (transcript_facts)
    source: str = TRANSCRIBED

    @property
    def has_audio_source(self) -> bool:
        return self.recording_id is not None

    @property
    def lineage(self) -> str:
        """What versions are counted within: the recording, or the interview's imported transcript."""
        return self.recording_id if self.recording_id is not None else f"{IMPORTED}:{self.interview_id}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_INFO_SQL = ("SELECT id, recording_id, version, engine, model_sha256, language, language_probability, duration,"
             " json_array_length(segments, '$.segments'), flagged, status, created,"
             " json_extract(segments, '$.facts.coverage'),"
             " coalesce(json_array_length(segments, '$.facts.warnings'), 0), interview_id, source FROM transcripts")


def _info(row: Sequence[Any]) -> TranscriptInfo:
    return TranscriptInfo(id=row[0], recording_id=row[1], interview_id=row[14], version=row[2], engine=row[3],
                          model_sha256=row[4], language=row[5], language_probability=row[6], duration=row[7],
                          segments=row[8], flagged=row[9], status=TranscriptStatus(row[10]), created=row[11],
                          coverage=None if row[12] is None else float(row[12]), warnings=int(row[13]),
                          source=row[15])


def get_transcript_info(vault: Vault, tid: str) -> TranscriptInfo:
    row = vault.conn.execute(_INFO_SQL + " WHERE id=?", (tid,)).fetchone()
    if row is None:
        raise NotFoundError(f"no transcript {tid!r}", hint="'intake transcripts list' shows the ids")
    return _info(row)


def list_transcripts(vault: Vault) -> list[TranscriptInfo]:
    """Every transcript version, ordered by interview, recording (imported ones first) and version."""
    infos = [_info(row) for row in vault.conn.execute(_INFO_SQL)]
    return sorted(infos, key=lambda t: (t.interview_id, t.recording_id or "", t.version))


def resolve_transcript_id(vault: Vault, ref: str) -> str:
    """The transcript id ``ref`` names (whole, or a unique prefix as in git), else :class:`NotFoundError`.

    A recording id (or prefix) given instead says so and lists that recording's transcript versions.
    """
    ids = [str(r[0]) for r in vault.conn.execute("SELECT id FROM transcripts")]
    found = resolve_prefix("transcript", ref, ids)
    if found is not None:
        return found
    rec_id = find_recording_id(vault, ref)
    if rec_id is None:
        raise NotFoundError(f"no transcript {ref!r}", hint="'intake transcripts list' shows the ids")
    versions = recording_versions(vault, rec_id)
    if not versions:
        raise NotFoundError(f"{ref}: that is a recording id; it has no transcript yet",
                            hint=f"'intake transcribe {rec_id}' makes one")
    listed = ", ".join(f"{t.id} (v{t.version}, {t.status})" for t in versions)
    raise NotFoundError(f"{ref}: that is a recording id; its transcripts are: {listed}",
                        hint=f"give a transcript id; the latest version is {versions[-1].id}")


def recording_versions(vault: Vault, rec_id: str) -> list[TranscriptInfo]:
    """Every transcript version of one recording, oldest first."""
    rows = vault.conn.execute(_INFO_SQL + " WHERE recording_id=? ORDER BY version", (rec_id,)).fetchall()
    return [_info(row) for row in rows]


def lineage_versions(vault: Vault, info: TranscriptInfo) -> list[TranscriptInfo]:
    """Every version in ``info``'s lineage (its recording's, or its interview's imported ones), oldest first."""
    if info.recording_id is not None:
        return recording_versions(vault, info.recording_id)
    rows = vault.conn.execute(_INFO_SQL + " WHERE recording_id IS NULL AND interview_id=? ORDER BY version",
                              (info.interview_id,)).fetchall()
    return [_info(row) for row in rows]


def load_segments(vault: Vault, tid: str) -> list[StoredSegment]:
    """The raw (identifying) segments of a transcript; callers audit their own access."""
    row = vault.conn.execute("SELECT segments FROM transcripts WHERE id=?", (tid,)).fetchone()
    if row is None:
        raise NotFoundError(f"no transcript {tid!r}")
    return segments_from_json(row[0])


def transcript_facts(vault: Vault, tid: str) -> TranscriptFacts:
    """Coverage and worklist warnings stored with a transcript (empty facts for older transcripts)."""
    row = vault.conn.execute("SELECT json_extract(segments, '$.facts') FROM transcripts WHERE id=?", (tid,)).fetchone()
    if row is None:
        raise NotFoundError(f"no transcript {tid!r}", hint="'intake transcripts list' shows the ids")
    return TranscriptFacts.from_dict(json.loads(row[0]) if row[0] else None)


def low_confidence_words(vault: Vault, tid: str, threshold: float = LOW_CONFIDENCE_WORD) -> list[LowConfidenceWord]:
    """Words of the raw transcript whose probability is under ``threshold``, in time order (identifying text:
    callers audit their own access). Empty when the engine gave no word probabilities."""
    return [LowConfidenceWord(index, w.start, w.end, w.word.strip(), w.probability)
            for index, seg in enumerate(load_segments(vault, tid)) if seg.measures is not None
            for w in seg.measures.words if w.probability < threshold]


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


def approve_latest_in_tx(vault: Vault, tid: str) -> list[str]:
    """In the caller's transaction: approve ``tid`` and mark every older approved version of its recording
    superseded (one approved version per recording); the ids superseded."""
    info = get_transcript_info(vault, tid)
    older = [t.id for t in lineage_versions(vault, info)
             if t.version < info.version and t.status is TranscriptStatus.APPROVED]
    for old in older:
        set_status_in_tx(vault, old, TranscriptStatus.SUPERSEDED)
    set_status_in_tx(vault, tid, TranscriptStatus.APPROVED)
    return older


def transcribed(vault: Vault) -> set[str]:
    """Ids of the recordings that have at least one transcript version."""
    rows = vault.conn.execute("SELECT DISTINCT recording_id FROM transcripts WHERE recording_id IS NOT NULL")
    return {str(r[0]) for r in rows}


def transcript_ids_of(vault: Vault, recording_ids: Iterable[str]) -> set[str]:
    wanted = set(recording_ids)
    return {str(t) for t, r in vault.conn.execute("SELECT id, recording_id FROM transcripts") if r in wanted}


def transcript_ids_of_interview(vault: Vault, code: str) -> set[str]:
    """Every transcript of an interview, transcribed or imported."""
    return {str(r[0]) for r in vault.conn.execute("SELECT id FROM transcripts WHERE interview_id=?", (code,))}


def recordings_with_latest_exportable(vault: Vault) -> set[str]:
    """Recordings whose latest transcript version is exportable (approved)."""
    latest: dict[str, tuple[int, TranscriptStatus]] = {}
    rows = vault.conn.execute("SELECT recording_id, version, status FROM transcripts WHERE recording_id IS NOT NULL")
    for rec_id, version, status in rows:
        if rec_id not in latest or version > latest[rec_id][0]:
            latest[str(rec_id)] = (int(version), TranscriptStatus(status))
    return {rec_id for rec_id, (_version, status) in latest.items() if status.is_exportable()}


def delete_transcripts_in_tx(vault: Vault, tids: Iterable[str]) -> None:
    """In the caller's transaction; plans and anonymised versions go with them (ON DELETE CASCADE)."""
    for tid in tids:
        vault.conn.execute("DELETE FROM transcripts WHERE id=?", (tid,))


def imported_labels(vault: Vault, tid: str) -> list[str]:
    """The speaker labels as written in ``tid``'s imported file (``Bazhena:``), from its stored import
    options; none for a transcribed recording."""
    row = vault.conn.execute("SELECT options FROM transcripts WHERE id=?", (tid,)).fetchone()
    options = json.loads(row[0]) if row and row[0] else {}
    labels = options.get("labels") if isinstance(options, dict) else None
    return [v for v in labels.values() if isinstance(v, str)] if isinstance(labels, dict) else []


def store_version(vault: Vault, rec: Recording, engine: Engine, options: TranscribeOptions, fingerprint: str,
                  result: Transcription, segments: Sequence[StoredSegment],
                  facts: TranscriptFacts | None = None) -> TranscriptInfo:
    flagged = sum(1 for s in segments if s.flags)
    tid = os.urandom(6).hex()
    with vault.transaction() as conn:
        row = conn.execute("SELECT coalesce(max(version), 0) FROM transcripts WHERE recording_id=?",
                           (rec.id,)).fetchone()
        version = int(row[0]) + 1
        conn.execute(
            "INSERT INTO transcripts(id, interview_id, recording_id, source, version, engine, model_sha256,"
            " fingerprint, options, language, language_probability, duration, segments, flagged, created)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (tid, rec.interview_id, rec.id, TRANSCRIBED, version, engine.name, engine.model_sha256, fingerprint,
             json.dumps(options.to_dict()), result.language, result.language_probability, result.duration,
             segments_to_json(segments, facts), flagged, now_utc()),
        )
        vault.audit("transcript.create", tid, recording=rec.id, version=version, engine=engine.name,
                    segments=len(segments), flagged=flagged,
                    warnings=",".join(w.kind for w in facts.warnings) if facts else "")
    return get_transcript_info(vault, tid)


@dataclass(frozen=True)
class ImportedVersion:
    """A transcript read from a file: no recording, no engine; ``fingerprint`` is ``sha256:`` of the file."""

    interview: str
    language: str
    segments: Sequence[StoredSegment]
    speaker_names: Mapping[str, str]
    options: Mapping[str, Any]
    fingerprint: str
    duration: float | None


def imported_fingerprints(vault: Vault, interview: str) -> dict[str, str]:
    """fingerprint -> transcript id of the interview's imported versions (to refuse importing a file twice)."""
    rows = vault.conn.execute("SELECT fingerprint, id FROM transcripts WHERE interview_id=? AND source=?",
                              (interview, IMPORTED))
    return {str(f): str(t) for f, t in rows}


def store_imported(vault: Vault, item: ImportedVersion) -> TranscriptInfo:
    """Store a new imported version of the interview's transcript (the interview is registered if new),
    with its audit row, in one transaction."""
    tid = os.urandom(6).hex()
    with vault.transaction() as conn:
        ensure_interview_in_tx(vault, item.interview, item.language)
        row = conn.execute("SELECT coalesce(max(version), 0) FROM transcripts WHERE interview_id=? AND source=?",
                           (item.interview, IMPORTED)).fetchone()
        version = int(row[0]) + 1
        conn.execute(
            "INSERT INTO transcripts(id, interview_id, recording_id, source, version, engine, model_sha256,"
            " fingerprint, options, language, language_probability, duration, segments, flagged, created,"
            " speaker_names) VALUES (?,?,NULL,?,?,?,?,?,?,?,NULL,?,?,0,?,?)",
            (tid, item.interview, IMPORTED, version, "import", "", item.fingerprint,
             json.dumps(dict(item.options), ensure_ascii=False), item.language, item.duration,
             segments_to_json(item.segments), now_utc(), json.dumps(dict(item.speaker_names), ensure_ascii=False)),
        )
        vault.audit("transcript.import", tid, interview=item.interview, version=version,
                    segments=len(item.segments), layout=str(item.options.get("layout", "")))
    return get_transcript_info(vault, tid)


def _next_version(vault: Vault, recording_id: str | None, interview_id: str) -> int:
    """The next version number in a lineage: per recording, or per interview for imported transcripts."""
    if recording_id is not None:
        row = vault.conn.execute("SELECT coalesce(max(version), 0) FROM transcripts WHERE recording_id=?",
                                 (recording_id,)).fetchone()
    else:
        row = vault.conn.execute("SELECT coalesce(max(version), 0) FROM transcripts WHERE recording_id IS NULL"
                                 " AND interview_id=?", (interview_id,)).fetchone()
    return int(row[0]) + 1


def store_corrected_version(vault: Vault, tid: str, segments: Sequence[StoredSegment], *,
                            edited: Sequence[int]) -> TranscriptInfo:
    """Store ``segments`` as a new raw version of ``tid``'s recording: a steward's correction of the text.

    Engine, model, fingerprint, options, language and speaker names are those of ``tid`` (so ``transcribe
    --all`` does not redo the recording); the new version starts as a draft. Audited as
    ``transcript.correct`` with the segment indexes edited (never their text). Call it inside no transaction.
    """
    row = vault.conn.execute(
        "SELECT recording_id, engine, model_sha256, fingerprint, options, language, language_probability, duration,"
        " speaker_names, interview_id, source FROM transcripts WHERE id=?", (tid,)).fetchone()
    if row is None:
        raise NotFoundError(f"no transcript {tid!r}")
    new_id = os.urandom(6).hex()
    flagged = sum(1 for s in segments if s.flags)
    with vault.transaction() as conn:
        version = _next_version(vault, row[0], row[9])
        conn.execute(
            "INSERT INTO transcripts(id, interview_id, recording_id, source, version, engine, model_sha256,"
            " fingerprint, options, language, language_probability, duration, segments, flagged, created,"
            " speaker_names) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (new_id, row[9], row[0], row[10], version, row[1], row[2], row[3], row[4], row[5], row[6], row[7],
             segments_to_json(segments), flagged, now_utc(), row[8]))
        vault.audit("transcript.correct", new_id, previous=tid, version=version,
                    segments=",".join(str(i) for i in edited))
    return get_transcript_info(vault, new_id)
