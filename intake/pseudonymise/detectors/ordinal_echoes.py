"""An English facility ordinal said again (DETENTION, uncertain ``facility``): the text's own evidence.

Once ``colonies.py`` has read ``the fourth`` as a facility (``colony number four, the fourth as people call
it``), the same ordinal after ``the`` elsewhere in the text names it again, wherever the verb before it
(``everyone just says the fourth and they know``), as long as no noun follows it (``the fourth time`` counts
something else).
"""

from __future__ import annotations

from collections.abc import Callable

from intake.pseudonymise.detectors.pattern_tokens import Words
from intake.pseudonymise.spans import UNCERTAIN, Span

NounFollows = Callable[[Words, int, str, str], bool]


def ordinal_echoes(text: str, words: Words, found: list[Span], noun_follows: NounFollows) -> list[Span]:
    """Spans of ``the <ordinal>`` whose one-word ordinal was found as a facility elsewhere in ``text``."""
    said = sorted({s.text.lower() for s in found if s.text.isalpha() and s.text.isascii()})
    if not said:
        return []
    taken = {s.start for s in found}
    toks = words.tokens
    out = []
    for i in range(1, len(toks)):
        tok = toks[i]
        if tok.low not in said or tok.start in taken or toks[i - 1].low != "the":
            continue
        if not noun_follows(words, i + 1, tok.low, "en"):
            out.append(Span(tok.start, tok.end, "DETENTION", tok.text, 0.5, "colonies", f"{UNCERTAIN}:facility"))
    return out
