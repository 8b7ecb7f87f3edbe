"""The plain values an import yields: segments, what was recognised, and the caps checked before any work.

Nothing here knows a vault. A segment keeps the speaker label exactly as the file wrote it
(``Интервьюер``, ``SPEAKER_00``, ``S01``); turning labels into Intake's ``S1``… codes is
:func:`intake.importers.speakers.speaker_plan`'s job, so the parsers stay a direct reading of each layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Limits:
    """Caps checked before (or while) a file is read; each one names the attack it stops."""

    max_file_bytes: int = 20 * 1024 * 1024  # a transcript of many hours is a few MB of text
    max_zip_members: int = 2000  # docx/odt: a real document has tens of parts
    max_zip_total: int = 100 * 1024 * 1024  # sum of declared uncompressed sizes (zip bomb)
    max_zip_ratio: int = 200  # uncompressed / compressed per member (zip bomb); XML rarely exceeds 30
    max_text_chars: int = 20_000_000  # decoded text or extracted document text
    max_line_chars: int = 100_000  # one line (a paragraph typed without Enter can be long, not megabytes)
    max_segments: int = 50_000  # several hours of speech is a few thousand turns
    max_speakers: int = 9  # Intake's labels run S1..S9


@dataclass(frozen=True)
class ImportedSegment:
    """One turn or cue: times in seconds when the file has them, the text, the label as written."""

    text: str
    start: float | None = None
    end: float | None = None
    label: str | None = None


@dataclass(frozen=True)
class Recognised:
    """What the reader recognised, shown to the steward before anything is trusted (never the text).

    ``skipped`` counts lines deliberately left out (a tool's header with the audio file name, a WebVTT
    NOTE, Word headers): metadata, not speech; ``unlabelled`` counts segments without a speaker label in
    a labelled layout (kept, with no speaker).
    """

    format: str  # txt, docx, odt, srt, vtt, html
    layout: str  # plain, labelled, stamped, label-stamped, speaker-lines, cues
    encoding: str | None
    tool: str | None  # noScribe, aTrain (recognised by their header), else None
    turns: int
    labels: tuple[str, ...]
    timestamps: bool
    skipped: int = 0
    unlabelled: int = 0


@dataclass(frozen=True)
class ImportedTranscript:
    segments: tuple[ImportedSegment, ...]
    recognised: Recognised
    notes: tuple[str, ...] = field(default=())
