"""Reading existing transcripts: plain text, Word, OpenDocument, SubRip, WebVTT and noScribe's HTML.

A pure package: it reads one file into memory (:func:`read_source`) and turns the bytes into an
:class:`ImportedTranscript` (:func:`parse`): segments with optional times and the speaker labels as
written, and a :class:`Recognised` summary (format, layout, encoding, tool, turns, labels, timestamps).
It never touches the vault, the keys or the catalog (import-linter contract ``importers-read-only``) and
writes nothing anywhere. Unreadable, ambiguous or oversized input raises a
:class:`intake.errors.TranscriptUnreadable` whose message names the file, never its text.
docs/import.md documents every layout.
"""

from __future__ import annotations

from pathlib import Path

from intake.errors import TranscriptUnreadable, UsageError
from intake.importers.model import ImportedSegment, ImportedTranscript, Limits, Recognised
from intake.importers.source import Source, read_source
from intake.importers.speakers import SpeakerPlan, speaker_plan

__all__ = ["FORMATS", "ImportedSegment", "ImportedTranscript", "Limits", "Recognised", "Source", "SpeakerPlan",
           "parse", "read_source", "speaker_plan"]

FORMATS = {".txt": "txt", ".text": "txt", ".docx": "docx", ".odt": "odt", ".srt": "srt", ".vtt": "vtt",
           ".html": "html", ".htm": "html"}
CUE_LAYOUTS = ("plain", "labelled")


def format_of(name: str) -> str:
    fmt = FORMATS.get(Path(name).suffix.lower())
    if fmt is None:
        raise TranscriptUnreadable(f"{name}: not a format Intake imports",
                                   hint=f"transcripts are imported from {', '.join(sorted(FORMATS))} files")
    return fmt


def parse(source: Source, *, layout: str | None = None, encoding: str | None = None,
          limits: Limits | None = None) -> ImportedTranscript:
    """The transcript in ``source``, by its file extension; refuses what it cannot read exactly."""
    from intake.importers import documents, reader, subtitles
    from intake.importers.encoding import decode

    caps = limits or Limits()
    name, fmt = source.name, format_of(source.name)
    if fmt in ("docx", "odt"):
        if encoding is not None:
            raise UsageError("--encoding applies to text files (.txt, .srt, .vtt, .html) only")
        read = documents.read_docx if fmt == "docx" else documents.read_odt
        extracted = read(name, source.data, caps)
        result = _from_texts(name, extracted.paragraphs, fmt, None, layout, caps)
        note = (f"{extracted.left_out} footnote(s), comment(s) or text box(es) were not read",)
        return _with_notes(result, note if extracted.left_out else ())
    text, used = decode(name, source.data, encoding)
    if fmt in ("srt", "vtt"):
        if layout not in (None, *CUE_LAYOUTS):
            raise UsageError(f"--layout for subtitles is one of {', '.join(CUE_LAYOUTS)}")
        read_cues = subtitles.read_srt if fmt == "srt" else subtitles.read_vtt
        return read_cues(name, text, used, caps, layout)
    if fmt == "html":
        return _from_texts(name, documents.read_noscribe_html(name, text), fmt, used, layout, caps)
    paragraphs = reader.paragraphs_of(name, text, caps)
    tool, skipped, rest = reader.strip_tool_header(paragraphs)
    return reader.from_paragraphs(name, rest, fmt=fmt, encoding=used, tool=tool, skipped=skipped,
                                  layout=layout, limits=caps)


def _from_texts(name: str, texts: list[str], fmt: str, encoding: str | None, layout: str | None,
                limits: Limits) -> ImportedTranscript:
    from intake.importers import reader

    paragraphs = reader.paragraphs_of(name, "\n\n".join(texts), limits)
    tool, skipped, rest = reader.strip_tool_header(paragraphs)
    return reader.from_paragraphs(name, rest, fmt=fmt, encoding=encoding, tool=tool, skipped=skipped,
                                  layout=layout, limits=limits)


def _with_notes(result: ImportedTranscript, notes: tuple[str, ...]) -> ImportedTranscript:
    return ImportedTranscript(result.segments, result.recognised, result.notes + notes)
