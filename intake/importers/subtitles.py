"""SubRip (``.srt``) and WebVTT (``.vtt``) cues as segments with their start and end times.

SubRip: blocks separated by blank lines, each an index line, ``00:00:01,000 --> 00:00:04,200`` and the
text (aTrain's ``create_srt_file``; whisperX writes ``[SPEAKER_00]: text``). WebVTT (W3C WebVTT 1.0):
``WEBVTT`` (anything after it on that line, such as noScribe's title, is left out), ``NOTE``, ``STYLE``
and ``REGION`` blocks (left out: noScribe's NOTE names the audio file), cues with an optional identifier,
``(hh:)mm:ss.ttt --> (hh:)mm:ss.ttt`` plus settings, and a payload whose voice tag ``<v S01>`` names the
speaker. Other tags are removed and character references decoded. A ``LABEL:`` prefix in a cue's text
is a speaker label under the same rule as in plain text (:mod:`intake.importers.layouts`).
"""

from __future__ import annotations

import html
import re

from intake.errors import TranscriptUnreadable
from intake.importers.layouts import Line, labelled_or_plain, split_label
from intake.importers.model import ImportedSegment, ImportedTranscript, Limits, Recognised
from intake.importers.reader import finish, paragraphs_of

_TIME = r"(?:(\d{1,3}):)?([0-5]\d):([0-5]\d)[.,](\d{3})"
_TIMING = re.compile(rf"^{_TIME}\s+-->\s+{_TIME}(?:\s.*)?$")
_VOICE = re.compile(r"^<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAG = re.compile(r"<[^>]*>|\{\\[^}]*\}")
_META = re.compile(r"^(?:NOTE|STYLE|REGION)(?:\s|$)")
_WHISPERX = re.compile(r"^\[([A-Za-z]+_\d{1,2})\]:\s*")


def _seconds(groups: tuple[str | None, ...]) -> float:
    h, m, s, ms = (int(g) if g else 0 for g in groups)
    return h * 3600 + m * 60 + s + ms / 1000


def _timing(line: str) -> tuple[float, float] | None:
    match = _TIMING.match(line)
    if match is None:
        return None
    return _seconds(match.groups()[:4]), _seconds(match.groups()[4:])


def read_srt(name: str, text: str, encoding: str, limits: Limits, layout: str | None = None) -> ImportedTranscript:
    blocks = paragraphs_of(name, text, limits)
    cues = [_cue(name, block[1:] if block[0].isdigit() else block) for block in blocks]
    return _finish(name, cues, Recognised("srt", "cues", encoding, None, 0, (), True), limits, layout)


def read_vtt(name: str, text: str, encoding: str, limits: Limits, layout: str | None = None) -> ImportedTranscript:
    blocks = paragraphs_of(name, text, limits)
    if not blocks or not re.match(r"^WEBVTT(?:[ \t].*)?$", blocks[0][0]):
        raise TranscriptUnreadable(f"{name}: not WebVTT (the first line is not 'WEBVTT')")
    skipped = 1 if blocks[0][0] != "WEBVTT" else 0
    cues = []
    for block in [blocks[0][1:], *blocks[1:]]:
        if not block:
            continue
        if _META.match(block[0]):
            skipped += len(block)
            continue
        cues.append(_cue(name, block if _timing(block[0]) else block[1:]))
    return _finish(name, cues, Recognised("vtt", "cues", encoding, None, 0, (), True, skipped), limits, layout)


def _cue(name: str, block: list[str]) -> tuple[float, float, str | None, str]:
    """(start, end, voice, text) of one cue block whose first line is the timing line."""
    timing = _timing(block[0]) if block else None
    if timing is None:
        raise TranscriptUnreadable(f"{name}: a cue has no valid timing line ('00:00:01,000 --> 00:00:02,000')")
    voice = None
    parts = []
    for raw in block[1:]:
        match = _VOICE.match(raw)
        if match and voice is None:
            voice = html.unescape(match.group(1)).strip()
        parts.append(html.unescape(_TAG.sub("", raw)).strip())
    return timing[0], timing[1], voice, " ".join(p for p in parts if p)


def _finish(name: str, cues: list[tuple[float, float, str | None, str]], base: Recognised,
            limits: Limits, forced: str | None) -> ImportedTranscript:
    lines = [_labelled(text) for _s, _e, voice, text in cues if voice is None]
    layout, notes = (forced, []) if forced else labelled_or_plain(
        name, [ln for ln in lines if ln.label], len(cues), limits.max_speakers)
    segments = []
    for start, end, voice, text in cues:
        label, rest = (voice, text) if voice else _split(text, layout == "labelled")
        if rest:
            segments.append(ImportedSegment(rest, start, max(start, end), label))
    unlabelled = sum(1 for s in segments if s.label is None) if any(s.label for s in segments) else 0
    return finish(name, segments, notes=notes, limits=limits, base=Recognised(
        base.format, base.layout, base.encoding, None, 0, (), True, base.skipped, unlabelled))


def _labelled(text: str) -> Line:
    label, rest = _split(text, True)
    return Line(text, True, None, label, rest)


def _split(text: str, labelled: bool) -> tuple[str | None, str]:
    if not labelled:
        return None, text
    whisperx = _WHISPERX.match(text)
    if whisperx:
        return whisperx.group(1), text[whisperx.end():].strip()
    return split_label(text)

