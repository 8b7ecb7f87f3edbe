"""The plain data an export is built from, and its validation.

The caller (the CLI) fetches approved, anonymised transcripts from the catalog and hands them over as
:class:`ExportTranscript` values; nothing in this package touches the vault or the catalog. Validation
here is strict because every string ends up in files that leave the vault: codes become file names,
speaker labels and variable values are written into every format.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from intake.errors import UsageError
from intake.export.names import check_code

# Case variables a coder may see. They must already be generalised by the export policy; anything
# else (a "name" or "city" key added by mistake) is refused rather than exported.
ALLOWED_VARIABLES: tuple[str, ...] = ("participant_code", "role", "language", "year")
SPEAKER_MAX = 32
VALUE_MAX = 100
# Timestamps are written as [HH:MM:SS] with exactly two hour digits: common importers (MAXQDA, NVivo) do not
# read three-digit hours, so a segment must start before 100 hours.
MAX_SECONDS = 100 * 3600 - 1
# Marks a turn whose speaker is unknown in a transcript that has speakers, so that no tool attributes it to the
# previous speaker. Reserved: no speaker label may be spelled like it.
UNKNOWN_SPEAKER = "Unknown speaker"
_SPEAKER_RE = re.compile(r"[^\x00-\x1f\x7f:\[\]]+")
_LANGUAGE_RE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?")


@dataclass(frozen=True)
class ExportSegment:
    """One timed piece of an anonymised transcript (times in seconds from the start of the recording)."""

    start: float
    end: float
    text: str
    speaker: str | None = None


@dataclass(frozen=True)
class ExportTranscript:
    """One anonymised interview, ready to leave the vault.

    ``code`` is the pseudonymous interview code (``P-017``); it names the exported files.
    ``variables`` maps names from :data:`ALLOWED_VARIABLES` to values already generalised by policy.
    ``interview`` is the code of the interview this transcript belongs to when an interview was recorded in
    several parts (``P-017`` for the parts ``P-017-1`` and ``P-017-2``); ``None`` means the transcript is the
    whole interview.
    """

    code: str
    language: str
    segments: Sequence[ExportSegment]
    variables: dict[str, str] = field(default_factory=dict)
    interview: str | None = None


@dataclass(frozen=True)
class Line:
    """A cleaned segment: whole seconds, one-line text, optional speaker label."""

    seconds: int
    text: str
    speaker: str | None


# Characters that XML 1.0 cannot hold or that break lines: C0/C1 controls, surrogates, non-characters.
_UNSAFE_RE = re.compile(
    "[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0, 0x110000, 0x10000))
    + "]"
)


def clean_text(text: str) -> str:
    """One NFC line: every run of whitespace (newlines included) becomes one space; control
    characters, lone surrogates and non-characters are dropped, so the text is valid XML and cannot
    break the line structure that code positions depend on."""
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    return text if text.isprintable() else _UNSAFE_RE.sub("", text)


def format_timestamp(seconds: int) -> str:
    """``[HH:MM:SS]`` as MAXQDA and NVivo read it: always two hour digits, so at most ``[99:59:59]``."""
    if not 0 <= seconds <= MAX_SECONDS:
        raise ValueError("timestamps are written up to 99:59:59")
    minutes, sec = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"[{hours:02d}:{minutes:02d}:{sec:02d}]"


def check_speaker(speaker: str | None, where: str) -> str | None:
    """A speaker label is a short pseudonymous token such as ``S1`` or ``Interviewer``."""
    if speaker is None:
        return None
    if (
        not isinstance(speaker, str)
        or not 0 < len(speaker) <= SPEAKER_MAX
        or _SPEAKER_RE.fullmatch(speaker) is None
        or clean_text(speaker) != speaker
        or speaker.casefold() == UNKNOWN_SPEAKER.casefold()
    ):
        raise UsageError(
            f"{where}: a speaker label is not valid",
            hint=f"speaker labels are pseudonymous one-line tokens such as S1, at most {SPEAKER_MAX} "
            f"characters, without ':' or brackets, and not '{UNKNOWN_SPEAKER}' (it marks unknown speakers)",
        )
    return speaker


def check_variables(variables: dict[str, str], where: str) -> dict[str, str]:
    """Only allowed names, short one-line values; returns a cleaned copy."""
    if not isinstance(variables, dict):
        raise UsageError(f"{where}: variables must be a mapping of names to values")
    out: dict[str, str] = {}
    for key, value in variables.items():
        if key not in ALLOWED_VARIABLES:
            raise UsageError(
                f"{where}: variable {ascii(key)[:40]} may not be exported",
                hint="allowed variables: " + ", ".join(ALLOWED_VARIABLES),
            )
        text = clean_text(value) if isinstance(value, str) else ""
        if not 0 < len(text) <= VALUE_MAX:
            raise UsageError(f"{where}: the value of variable {key} must be 1-{VALUE_MAX} characters of text")
        if key == "participant_code":
            check_code(text, what=f"participant code ({where})")
        out[key] = text
    return out


def segment_lines(segments: Sequence[ExportSegment], where: str) -> list[Line]:
    """Clean and check every segment; segments whose text is empty after cleaning are dropped."""
    lines: list[Line] = []
    for index, seg in enumerate(segments):
        start, end = seg.start, seg.end
        if not (
            isinstance(start, int | float)
            and isinstance(end, int | float)
            and math.isfinite(start)
            and math.isfinite(end)
            and 0 <= start <= end
        ):
            raise UsageError(f"{where}: segment {index} has invalid times (need 0 <= start <= end)")
        if int(start) > MAX_SECONDS:
            raise UsageError(
                f"{where}: segment {index} starts at 100 hours or later",
                hint="timestamps are written as HH:MM:SS up to 99:59:59; split the recording into parts",
            )
        if not isinstance(seg.text, str):
            raise UsageError(f"{where}: segment {index} has no text")
        speaker = check_speaker(seg.speaker, f"{where}, segment {index}")
        text = clean_text(seg.text)
        if text:
            lines.append(Line(int(start), text, speaker))
    return lines


@dataclass(frozen=True)
class CheckedTranscript:
    """A transcript that passed validation: what the writers consume."""

    code: str
    language: str
    lines: tuple[Line, ...]
    variables: dict[str, str]
    interview: str

    @property
    def has_speakers(self) -> bool:
        return any(line.speaker is not None for line in self.lines)

    @property
    def word_count(self) -> int:
        return sum(len(line.text.split()) for line in self.lines)


def check_transcripts(transcripts: Sequence[ExportTranscript]) -> list[CheckedTranscript]:
    """Validate every transcript; codes must be unique even ignoring case (file systems may fold it)."""
    checked: list[CheckedTranscript] = []
    seen: set[str] = set()
    for index, tr in enumerate(transcripts):
        code = check_code(tr.code, what=f"interview code (transcript #{index})")
        where = f"interview {code}"
        if code.lower() in seen:
            raise UsageError(f"{where} appears twice in the export (codes are compared ignoring case)")
        seen.add(code.lower())
        if not isinstance(tr.language, str) or _LANGUAGE_RE.fullmatch(tr.language) is None:
            raise UsageError(f"{where}: language must be a code such as ru, be or en")
        variables = check_variables(tr.variables, where)
        variables.setdefault("language", tr.language)
        lines = segment_lines(tr.segments, where)
        interview = code if tr.interview is None else check_code(tr.interview, what=f"interview of {where}")
        checked.append(CheckedTranscript(code, tr.language, tuple(lines), variables, interview))
    return sorted(checked, key=lambda t: t.code)
