"""Turn paragraphs of text into segments, after deciding which layout the text is in.

Layouts (``--layout`` names one; without it the text decides, or the import is refused):

- ``plain``: no speaker labels, no time stamps; one segment per paragraph.
- ``labelled``: ``LABEL: text`` begins each turn (``Интервьюер: …``, ``R: …``, ``SPEAKER_00: …``); a label
  alone on a line starts a turn whose text follows on the next lines.
- ``stamped``: a time stamp begins each segment, optionally followed by a label: ``[00:01:02] text``,
  ``(00:01:02) R: text``, ``00:01:02 Speaker: text``, MAXQDA's ``00:03:40.5Zack: text``.
- ``label-stamped``: the label first, then the stamp: ``S01: [00:00:12] text`` (noScribe).
- ``speaker-lines``: a label alone on its own line; the lines after it (stamped or not) are that
  speaker's until the next label line (aTrain).

Auto-detection, in order: stamps that begin lines decide between ``label-stamped`` (label then stamp),
``speaker-lines`` (stamped lines under known labels alone on their lines) and ``stamped``; both orders in
one file are refused. Without stamps at line starts (stamps only inside lines are refused), known labels
alone on lines mean ``speaker-lines``, label prefixes mean ``labelled``, and both are refused. A prefix
that is not a known role or numbered speaker counts as a label only when every such label occurs at
least twice, at most :attr:`Limits.max_speakers` differ, and labelled lines begin at least half the
paragraphs; if such prefixes begin fewer than a tenth of the paragraphs and no known label occurs, the
text is ``plain`` and a note says so; anything in between is refused as ambiguous.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from intake.errors import AmbiguousLayout, UsageError
from intake.importers.model import ImportedSegment
from intake.importers.speakers import is_candidate, is_known
from intake.importers.stamps import split_at_stamps, stamp_at_start, stamps_inside

LAYOUTS = ("plain", "labelled", "stamped", "label-stamped", "speaker-lines")
Paragraph = Sequence[str]


@dataclass(frozen=True)
class Line:
    """One non-empty line split into its parts; ``alone`` marks a line that is only a label."""

    text: str
    first: bool  # first line of its paragraph
    stamp: float | None = None
    label: str | None = None
    rest: str = ""
    alone: bool = False
    label_then_stamp: bool = False


@dataclass
class Outcome:
    layout: str
    segments: list[ImportedSegment]
    unlabelled: int = 0
    notes: list[str] = field(default_factory=list)


def split_label(text: str) -> tuple[str | None, str]:
    """(label, rest) for ``LABEL: rest`` (a colon then a space or the end), else (None, text)."""
    head, sep, rest = text.partition(":")
    if not sep or (rest and not rest[0].isspace()) or not is_candidate(head.strip()) or head != head.rstrip():
        return None, text
    return head.strip(), rest.strip()


def classify(paragraphs: Sequence[Paragraph]) -> list[Line]:
    lines = []
    for para in paragraphs:
        for index, raw in enumerate(para):
            lines.append(_line(raw.strip(), index == 0))
    return lines


def _line(text: str, first: bool) -> Line:
    stamp = stamp_at_start(text)
    if stamp is not None:
        label, rest = split_label(text[stamp.end:])
        return Line(text, first, stamp.seconds, label, rest if label else text[stamp.end:])
    label, rest = split_label(text)
    if label is not None:
        inner = stamp_at_start(rest)
        if inner is not None:
            return Line(text, first, inner.seconds, label, rest[inner.end:], label_then_stamp=True)
        return Line(text, first, None, label, rest, alone=not rest)
    bare = text.rstrip(":").strip()
    if is_known(bare):
        return Line(text, first, None, bare, "", alone=True)
    return Line(text, first, rest=text)


def detect(name: str, lines: Sequence[Line], paragraphs: int, max_speakers: int) -> tuple[str, list[str]]:
    """The layout of ``lines`` and notes for the summary; refuses (AmbiguousLayout) rather than guess."""
    stamped = [ln for ln in lines if ln.stamp is not None and not ln.label_then_stamp]
    label_stamped = [ln for ln in lines if ln.label_then_stamp]
    known_alone = [ln for ln in lines if ln.alone and ln.label is not None and is_known(ln.label)]
    if stamped and label_stamped:
        raise AmbiguousLayout(f"{name}: some lines put the time stamp before the label, others after it")
    if label_stamped:
        return "label-stamped", []
    if stamped:
        return ("speaker-lines" if known_alone else "stamped"), []
    if any(stamps_inside(ln.text) for ln in lines):
        raise AmbiguousLayout(f"{name}: time stamps occur inside lines but no line begins with one")
    prefixed = [ln for ln in lines if ln.label is not None and not ln.alone]
    if known_alone and prefixed:
        raise AmbiguousLayout(f"{name}: some labels stand alone on their lines, others begin a line of text")
    if known_alone:
        return "speaker-lines", []
    return labelled_or_plain(name, prefixed, paragraphs, max_speakers)


def labelled_or_plain(name: str, prefixed: Sequence[Line], paragraphs: int,
                       max_speakers: int) -> tuple[str, list[str]]:
    if not prefixed:
        return "plain", []
    labels = [ln.label for ln in prefixed if ln.label is not None]
    if labels_are_consistent(labels, len(prefixed), paragraphs, max_speakers):
        return "labelled", []
    if not any(is_known(label) for label in labels) and len(prefixed) < 0.1 * paragraphs:
        return "plain", [f"{len(prefixed)} line(s) begin with a word and a colon but were kept as text "
                         "(use --layout labelled if they are speakers)"]
    raise AmbiguousLayout(f"{name}: {len(prefixed)} of {paragraphs} paragraphs begin with 'Word:', but not "
                          "consistently enough to be sure they are speaker labels")


def labels_are_consistent(labels: Sequence[str], labelled: int, paragraphs: int, max_speakers: int) -> bool:
    """Known labels always count; other prefixes only when used the way labels are used."""
    unknown = Counter(label for label in labels if not is_known(label))
    if not unknown:
        return True
    return (len(set(labels)) <= max_speakers and min(unknown.values()) >= 2
            and labelled >= 0.5 * max(paragraphs, 1))


def build(layout: str, lines: Sequence[Line]) -> Outcome:
    """Segments of ``lines`` read in ``layout`` (times still open: see :func:`fill_times`)."""
    if layout not in LAYOUTS:
        raise UsageError(f"--layout must be one of {', '.join(LAYOUTS)}")
    if layout == "plain":
        return Outcome(layout, _plain(lines))
    builder = _Builder(layout)
    for line in lines:
        builder.add(line)
    return builder.finish()


def _plain(lines: Sequence[Line]) -> list[ImportedSegment]:
    out: list[list[str]] = []
    for line in lines:
        if line.first or not out:
            out.append([])
        out[-1].append(line.text)
    return [ImportedSegment(" ".join(parts)) for parts in out]


class _Builder:
    """Walks the lines once; each layout differs only in what starts a segment and who speaks."""

    def __init__(self, layout: str) -> None:
        self.layout = layout
        self.parts: list[tuple[float | None, str | None, list[str]]] = []
        self.speaker: str | None = None  # speaker-lines: the label in force
        self.pending = False  # speaker-lines: a label line was just read

    def add(self, line: Line) -> None:
        if self.layout == "speaker-lines" and line.alone:
            self.speaker, self.pending = line.label, True
            return
        if self._starts(line):
            self.pending = False
            label = self._label(line)
            self.parts.append((line.stamp, label, [line.rest] if line.rest else []))
        else:
            self.parts[-1][2].append(line.text)

    def _starts(self, line: Line) -> bool:
        if not self.parts or self.pending:
            return True
        if self.layout == "labelled":
            return line.label is not None or (line.first and bool(self.parts[-1][2]))
        if self.layout == "stamped":
            return line.stamp is not None
        if self.layout == "label-stamped":
            return line.label_then_stamp or line.first
        return line.stamp is not None or line.first  # speaker-lines

    def _label(self, line: Line) -> str | None:
        if self.layout == "speaker-lines":
            return self.speaker
        if self.layout == "label-stamped" and not line.label_then_stamp:
            return None
        return line.label

    def finish(self) -> Outcome:
        segments: list[ImportedSegment] = []
        for stamp, label, texts in self.parts:
            text = " ".join(t for t in texts if t)
            for time, piece in split_at_stamps(text, stamp) if self.layout != "labelled" else [(stamp, text)]:
                segments.append(ImportedSegment(piece, time, None, label))
        kept = [s for s in segments if s.text]
        unlabelled = sum(1 for s in kept if s.label is None) if any(s.label for s in kept) else 0
        return Outcome(self.layout, kept, unlabelled)


def fill_times(segments: Sequence[ImportedSegment]) -> list[ImportedSegment]:
    """Every segment gets a start (the previous one's when it has none) and an end (the next start)."""
    if not any(s.start is not None for s in segments):
        return list(segments)
    starts: list[float] = []
    previous = 0.0
    for seg in segments:
        previous = seg.start if seg.start is not None else previous
        starts.append(previous)
    out = []
    for index, seg in enumerate(segments):
        start = starts[index]
        end = seg.end if seg.end is not None else (starts[index + 1] if index + 1 < len(starts) else start)
        out.append(ImportedSegment(seg.text, start, max(start, end), seg.label))
    return out
