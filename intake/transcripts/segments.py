"""The stored form of transcript segments: ``{"v": 1, "segments": [...], "facts": {...}}`` (docs/format.md §5).

Segments are read back as frozen :class:`StoredSegment` values; :meth:`StoredSegment.to_dict` gives back the
stored form key for key. Raw segments carry the engine's :class:`EngineMeasures`; anonymised ones none.
``facts`` (coverage and warnings, :mod:`intake.transcripts.facts`) is optional: older transcripts lack it.
This module holds no SQL: the transcripts table is ``store.py``'s.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from intake.errors import ModelError
from intake.transcripts.facts import TranscriptFacts

if TYPE_CHECKING:
    from transcribe import Segment

STORE_VERSION = 1


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


def segments_to_json(segments: Iterable[StoredSegment], facts: TranscriptFacts | None = None) -> str:
    doc: dict[str, Any] = {"v": STORE_VERSION, "segments": [s.to_dict() for s in segments]}
    if facts is not None:
        doc["facts"] = facts.to_dict()
    return json.dumps(doc, ensure_ascii=False)
