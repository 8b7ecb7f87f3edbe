"""Plain-text layouts: the timestamped transcript and the speaker-attributed REFI-QDA source.

Timestamped transcript (``.txt`` and ``.docx``), the layout MAXQDA ("Transcript with timestamps") and
NVivo import::

    S1:
    [00:00:03] first segment of S1
    [00:00:09] second segment of S1

    S2:
    [00:00:15] S2 answers

A speaker line is written when the speaker changes (after a blank line except at the top); without
speakers the file is one ``[HH:MM:SS] text`` line per segment. Lines end in CRLF.

REFI-QDA source text: one paragraph per segment, ``S1: [00:00:03] text`` (or ``[00:00:03] text``),
joined by CRLF. :func:`source_text` also returns the speaker turns as code-point ranges of that text.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake.export.model import CheckedTranscript, Line, format_timestamp

CRLF = "\r\n"
UTF8_BOM = "\ufeff"


@dataclass(frozen=True)
class Turn:
    """Consecutive segments of one speaker: ``text[start:end]`` in code points (end exclusive)."""

    speaker: str
    start: int
    end: int
    seconds: int


def transcript_rows(transcript: CheckedTranscript) -> list[tuple[str, str]]:
    """The timestamped layout as (kind, text) rows: kind is ``speaker``, ``segment`` or ``blank``."""
    rows: list[tuple[str, str]] = []
    previous: str | None = None
    for index, line in enumerate(transcript.lines):
        if index > 0 and line.speaker != previous:
            rows.append(("blank", ""))
        if line.speaker is not None and (index == 0 or line.speaker != previous):
            rows.append(("speaker", f"{line.speaker}:"))
        rows.append(("segment", f"{format_timestamp(line.seconds)} {line.text}"))
        previous = line.speaker
    return rows


def render_txt(transcript: CheckedTranscript) -> bytes:
    """The timestamped transcript as UTF-8 with a byte-order mark and CRLF line endings.

    The BOM lets Windows tools (NVivo, Notepad, Word) detect UTF-8 instead of guessing a code page.
    """
    body = "".join(text + CRLF for _kind, text in transcript_rows(transcript))
    return (UTF8_BOM + body).encode("utf-8")


def _paragraph(line: Line) -> str:
    stamp = format_timestamp(line.seconds)
    return f"{line.speaker}: {stamp} {line.text}" if line.speaker else f"{stamp} {line.text}"


def source_text(transcript: CheckedTranscript) -> tuple[str, list[Turn]]:
    """The REFI-QDA source text (no BOM; CRLF between paragraphs and at the end) and its speaker turns.

    Positions count Unicode code points from 0, with CRLF as two, as the standard and MAXQDA expect.
    """
    parts: list[str] = []
    turns: list[Turn] = []
    pos = 0
    current: Turn | None = None
    for line in transcript.lines:
        para = _paragraph(line)
        start, end = pos, pos + len(para)
        if line.speaker is not None and current is not None and current.speaker == line.speaker:
            current = Turn(current.speaker, current.start, end, current.seconds)
        else:
            if current is not None:
                turns.append(current)
            current = Turn(line.speaker, start, end, line.seconds) if line.speaker is not None else None
        parts.append(para + CRLF)
        pos = end + len(CRLF)
    if current is not None:
        turns.append(current)
    return "".join(parts), turns
