"""A handle dictated after ``at sign`` as words ending in a number said in words (HANDLE).

``at sign grey heron eighty eight``: the handle expression takes the first word after ``at sign``; handles
end in digits far more often than sentences do, so up to two more Latin words and then a number in words are
the rest of it. An ordinary word on the way (``and``, ``then``, ``telegram``), punctuation, or no number at the
end leaves the span as it was (``at sign kira and twenty others`` stops at ``kira``).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from intake.pseudonymise.detectors.numwords import starts_number
from intake.pseudonymise.spans import Span

_NEXT = re.compile(r"[ \t]+([A-Za-z]+)(?![\w@.])")
_OPEN = re.compile(r"at\s+(?:sign|symbol)\s+[A-Za-z]+$", re.IGNORECASE)
_MAX_WORDS = 2


def _number_end(text: str, pos: int) -> int:
    while (m := _NEXT.match(text, pos)) is not None and starts_number(m.group(1).lower()):
        pos = m.end()
    return pos


def worded_tail(text: str, span: Span, common: Collection[str]) -> Span:
    """``span`` (``at sign <word>``) carried over up to two words and the number in words that ends the handle."""
    if not _OPEN.match(span.text):
        return span
    pos = span.end
    for _ in range(_MAX_WORDS + 1):
        m = _NEXT.match(text, pos)
        if m is None or m.group(1).lower() in common:
            return span
        if starts_number(m.group(1).lower()):
            end = _number_end(text, pos)
            return Span(span.start, end, span.label, text[span.start : end], span.score, span.source, span.reason)
        pos = m.end()
    return span
