"""Detection over a whole transcript: the segments joined into one text, each span cut back to its segments.

Whisper breaks segments at pauses, so a phone number or a full name is often split over two segments, and a
name proved in one segment must mask its bare forms in the others. Detecting each segment alone sees
neither; detecting the joined text (one newline between segments, as ``detect()`` is measured) sees both.
A span that crosses a segment break becomes one piece per segment, each trimmed of surrounding whitespace.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence

from intake.pseudonymise.spans import Span

DetectFn = Callable[[str, str], list[Span]]


def segment_spans(segments: Sequence[str], language: str, detect_fn: DetectFn) -> list[list[Span]]:
    """Per segment, the spans ``detect_fn`` finds in the whole transcript (offsets within the segment)."""
    starts: list[int] = []
    position = 0
    for text in segments:
        starts.append(position)
        position += len(text) + 1
    out: list[list[Span]] = [[] for _ in segments]
    if not segments:
        return out
    for span in detect_fn("\n".join(segments), language):
        first = max(bisect_right(starts, span.start) - 1, 0)
        last = max(bisect_right(starts, span.end - 1) - 1, 0)
        for index in range(first, last + 1):
            piece = _piece(segments[index], span, starts[index])
            if piece is not None:
                out[index].append(piece)
    return out


def _piece(text: str, span: Span, offset: int) -> Span | None:
    """The part of ``span`` inside the segment ``text`` that starts at ``offset``, whitespace trimmed."""
    start = max(span.start - offset, 0)
    end = min(span.end - offset, len(text))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    return Span(start, end, span.label, text[start:end], span.score, span.source, span.reason)
