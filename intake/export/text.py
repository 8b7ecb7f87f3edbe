"""Plain-text layouts: one set of rows for the ``.txt``, ``.docx`` and REFI-QDA source, and the MAXQDA variant.

Every format lays the transcript out the same way (docs/export-formats.md, section 3)::

    S1:
    [00:00:03] first segment of S1
    [00:00:09] second segment of S1

    S2:
    [00:00:15] S2 answers

    Unknown speaker:
    [00:00:21] nobody knows who said this

A speaker line starts each turn (consecutive segments of one speaker), and an empty line separates turns.
A turn whose speaker is unknown gets the line ``Unknown speaker:`` when the transcript has speakers at all,
so no tool attributes it to the previous speaker; without any speakers the text is one ``[HH:MM:SS] text``
line per segment. The ``.txt`` ends every line in CRLF (with a byte-order mark); the REFI-QDA source ends
every line in LF, so that its code-point positions cannot be counted two ways (section 5).

``maxqda-txt`` is one paragraph per segment, ``[HH:MM:SS] LABEL: text``, paragraphs separated by an empty
line: the layout MAXQDA documents for transcripts with timestamps and speakers (section 3a).
"""

from __future__ import annotations

from dataclasses import dataclass

from intake.export.model import UNKNOWN_SPEAKER, CheckedTranscript, Line, format_timestamp

CRLF = "\r\n"
LF = "\n"
UTF8_BOM = "\ufeff"


@dataclass(frozen=True)
class Turn:
    """One speaker's turn in the source text: ``text[start:end]`` in code points (end exclusive), from the
    speaker line to the end of the turn's last segment."""

    speaker: str
    start: int
    end: int
    seconds: int


def speaker_label(line: Line, transcript: CheckedTranscript) -> str | None:
    """The label written for ``line``: its speaker, the unknown-speaker mark, or ``None`` (no speakers at all)."""
    if line.speaker is not None:
        return line.speaker
    return UNKNOWN_SPEAKER if transcript.has_speakers else None


def _turns(transcript: CheckedTranscript) -> list[tuple[str | None, list[Line]]]:
    """Consecutive lines of one speaker (``None``: unknown), in order."""
    turns: list[tuple[str | None, list[Line]]] = []
    for line in transcript.lines:
        if turns and turns[-1][0] == line.speaker:
            turns[-1][1].append(line)
        else:
            turns.append((line.speaker, [line]))
    return turns


def transcript_rows(transcript: CheckedTranscript) -> list[tuple[str, str]]:
    """The common layout as (kind, text) rows: kind is ``speaker``, ``segment`` or ``blank``."""
    rows: list[tuple[str, str]] = []
    for index, (_speaker, lines) in enumerate(_turns(transcript)):
        if index > 0:
            rows.append(("blank", ""))
        label = speaker_label(lines[0], transcript)
        if label is not None:
            rows.append(("speaker", f"{label}:"))
        rows += [("segment", f"{format_timestamp(line.seconds)} {line.text}") for line in lines]
    return rows


def render_txt(transcript: CheckedTranscript) -> bytes:
    """The transcript as UTF-8 with a byte-order mark and CRLF line endings.

    The BOM lets Windows tools (NVivo, Notepad, Word) detect UTF-8 instead of guessing a code page.
    """
    body = "".join(text + CRLF for _kind, text in transcript_rows(transcript))
    return (UTF8_BOM + body).encode("utf-8")


def render_maxqda_txt(transcript: CheckedTranscript) -> bytes:
    """One ``[HH:MM:SS] LABEL: text`` paragraph per segment, an empty line between paragraphs (UTF-8, BOM, CRLF)."""
    paragraphs = []
    for line in transcript.lines:
        label = speaker_label(line, transcript)
        prefix = f"{label}: " if label is not None else ""
        paragraphs.append(f"{format_timestamp(line.seconds)} {prefix}{line.text}")
    return (UTF8_BOM + (CRLF + CRLF).join(paragraphs) + CRLF).encode("utf-8")


def source_text(transcript: CheckedTranscript) -> tuple[str, list[Turn]]:
    """The REFI-QDA source text (the common rows, each ending in LF; no BOM) and its known speakers' turns.

    Positions count Unicode code points from 0. Turns of unknown speakers are not returned (never coded).
    """
    parts: list[str] = []
    turns: list[Turn] = []
    pos = 0
    for index, (speaker, lines) in enumerate(_turns(transcript)):
        if index > 0:
            parts.append(LF)
            pos += len(LF)
        start = pos
        label = speaker_label(lines[0], transcript)
        rows = ([f"{label}:"] if label is not None else []) + [
            f"{format_timestamp(line.seconds)} {line.text}" for line in lines
        ]
        block = LF.join(rows)
        parts.append(block + LF)
        pos += len(block) + len(LF)
        if speaker is not None:
            turns.append(Turn(speaker, start, start + len(block), lines[0].seconds))
    return "".join(parts), turns
