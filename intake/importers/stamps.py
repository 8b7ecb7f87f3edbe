"""Time stamps as transcription tools write them, at the start of a line or inside it.

Recognised forms (``h`` one or two digits, minutes and seconds two digits):

| form | written by |
|---|---|
| ``[hh:mm:ss]`` | noScribe, aTrain (``[hh:mm:ss] - text``), MAXQDA's time stamp import |
| ``[hh:mm:ss.xx]``, ``[hh:mm:ss,xxx]`` | transcription services; fractions of a second |
| ``(hh:mm:ss)`` | hand-typed transcripts |
| ``#hh:mm:ss-x#`` | f4/f5transkript (tenths after the dash), read by MAXQDA |
| ``hh:mm:ss`` followed by a space | "00:01:02 Speaker: text" |

A stamp in the middle of a line is recognised only in brackets, parentheses or ``#…#`` and only after a
space, so a time of day in the text ("at 10:30") is never taken for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TIME = r"(\d{1,2}):([0-5]\d):([0-5]\d)(?:[.,](\d{1,3})|-(\d))?"
_AT_START = re.compile(rf"^([\[(#]?){_TIME}([\])#]?)(?:\s+-(?=\s)|(?=\s|$|[^\W\d_]))\s*")
_INSIDE = re.compile(rf"(?<=\s)([\[(#]){_TIME}([\])#])(?:\s+-(?=\s))?\s*")
_PAIRS = {"[": "]", "(": ")", "#": "#", "": ""}


@dataclass(frozen=True)
class Stamp:
    seconds: float
    start: int  # where the stamp begins in the line
    end: int  # where the text after it begins


def _seconds(match: re.Match[str]) -> float | None:
    opener, closer = match.group(1), match.group(7)
    if _PAIRS.get(opener) != closer:
        return None
    h, m, s = int(match.group(2)), int(match.group(3)), int(match.group(4))
    frac = match.group(5)
    tenths = match.group(6)
    value = float(h * 3600 + m * 60 + s)
    if frac:
        value += int(frac) / 10 ** len(frac)
    elif tenths:
        value += int(tenths) / 10
    return value


def stamp_at_start(line: str) -> Stamp | None:
    """The stamp that begins ``line`` (with a following " - " as aTrain writes it), or None."""
    match = _AT_START.match(line)
    if match is None:
        return None
    seconds = _seconds(match)
    return None if seconds is None else Stamp(seconds, 0, match.end())


def stamps_inside(line: str) -> list[Stamp]:
    """Bracketed stamps after a space inside ``line``, in order."""
    found = []
    for match in _INSIDE.finditer(line):
        seconds = _seconds(match)
        if seconds is not None:
            found.append(Stamp(seconds, match.start(), match.end()))
    return found


def split_at_stamps(text: str, start: float | None) -> list[tuple[float | None, str]]:
    """``text`` cut at every inner stamp: (time, piece) pairs; the first piece keeps ``start``."""
    pieces: list[tuple[float | None, str]] = []
    time, pos = start, 0
    for stamp in stamps_inside(text):
        pieces.append((time, text[pos:stamp.start].strip()))
        time, pos = stamp.seconds, stamp.end
    pieces.append((time, text[pos:].strip()))
    return [(t, piece) for t, piece in pieces if piece]
