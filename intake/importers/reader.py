"""From paragraphs of text to an :class:`ImportedTranscript`: tool headers, layout, caps, the summary.

Every format reader (plain text, Word, OpenDocument, noScribe's HTML) ends here with a list of
paragraphs, each a list of lines. A transcription tool's header is recognised and left out, because it
is metadata, not speech, and it names the audio file (often after the person):

- noScribe: an optional title paragraph, then ``Transcribed with noScribe vers. …``, ``Audio file: …``
  and ``(Language: … )`` (noScribe's ``main.py`` writes them before the first segment);
- aTrain: a first line ``Transcription for <file id>`` (``aTrain_core/outputs.py``, ``create_txt_file``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from intake.errors import AmbiguousLayout, TranscriptTooLarge
from intake.importers.layouts import Line, Outcome, build, classify, detect, fill_times, labels_are_consistent
from intake.importers.model import ImportedSegment, ImportedTranscript, Limits, Recognised
from intake.importers.speakers import speaker_plan

Paragraphs = list[list[str]]
NOSCRIBE = "Transcribed with noScribe"
ATRAIN = "Transcription for "


def paragraphs_of(name: str, text: str, limits: Limits) -> Paragraphs:
    """Paragraphs (separated by blank lines) of non-empty, stripped lines; refuses an over-long line."""
    if len(text) > limits.max_text_chars:
        raise TranscriptTooLarge(f"{name}: more than {limits.max_text_chars} characters of text")
    out: Paragraphs = [[]]
    for number, line in enumerate(text.splitlines(), 1):
        if len(line) > limits.max_line_chars:
            raise TranscriptTooLarge(f"{name}: line {number} is longer than {limits.max_line_chars} characters",
                                     hint="a transcript has lines of at most a few thousand characters; "
                                          "check that this is a transcript")
        if line.strip():
            out[-1].append(line.strip())
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


def strip_tool_header(paragraphs: Paragraphs) -> tuple[str | None, int, Paragraphs]:
    """(tool, lines left out, the rest) for a noScribe or aTrain header; (None, 0, as is) otherwise."""
    head = [line for para in paragraphs[:3] for line in para]
    for index, para in enumerate(paragraphs[:3]):
        if para[0].startswith(NOSCRIBE):
            rest, skipped = paragraphs[index + 1:], sum(len(p) for p in paragraphs[:index + 1])
            return "noScribe", skipped, rest
    if head and head[0].startswith(ATRAIN):
        first = paragraphs[0][1:]
        return "aTrain", 1, ([first] if first else []) + paragraphs[1:]
    return None, 0, paragraphs


def from_paragraphs(name: str, paragraphs: Paragraphs, *, fmt: str, encoding: str | None, tool: str | None,
                    skipped: int, layout: str | None, limits: Limits) -> ImportedTranscript:
    if not paragraphs:
        raise AmbiguousLayout(f"{name}: no text found", hint="check that the file is the transcript")
    lines = classify(paragraphs)
    chosen, notes = (layout, []) if layout else detect(name, lines, len(paragraphs), limits.max_speakers)
    outcome = build(chosen, lines)
    if layout is None:
        _check_labels(name, outcome, lines, len(paragraphs), limits)
    base = Recognised(fmt, chosen, encoding, tool, 0, (), False, skipped, outcome.unlabelled)
    return finish(name, outcome.segments, notes=notes + outcome.notes, limits=limits, base=base)


def _check_labels(name: str, outcome: Outcome, lines: Sequence[Line], paragraphs: int, limits: Limits) -> None:
    """Labels found after a stamp or before one are held to the same standard as ``LABEL:`` lines."""
    labels = [s.label for s in outcome.segments if s.label is not None]
    labelled = sum(1 for ln in lines if ln.label is not None)
    if not labels_are_consistent(labels, labelled, paragraphs, limits.max_speakers):
        raise AmbiguousLayout(f"{name}: some turns begin with 'Word:' that may or may not be a speaker label")


def finish(name: str, segments: Sequence[ImportedSegment], *, notes: Sequence[str], limits: Limits,
           base: Recognised) -> ImportedTranscript:
    """Caps on the result, times filled in, labels checked (at most nine speakers) and the summary."""
    if not segments:
        raise AmbiguousLayout(f"{name}: no text found", hint="check that the file is the transcript")
    if len(segments) > limits.max_segments:
        raise TranscriptTooLarge(f"{name}: more than {limits.max_segments} segments")
    speaker_plan(name, (s.label for s in segments), limits.max_speakers)
    timed = fill_times(segments)
    labels = tuple(dict.fromkeys(s.label for s in timed if s.label is not None))
    summary = replace(base, turns=len(timed), labels=labels, timestamps=timed[0].start is not None)
    return ImportedTranscript(tuple(timed), summary, tuple(notes))
