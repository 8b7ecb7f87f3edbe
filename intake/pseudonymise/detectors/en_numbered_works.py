"""English workplaces named by their number: ``at the third mine``, ``in the fifth hospital``, ``the 2nd bus depot``.

A town numbers its mines, depots, hospitals and schools, and a speaker names one by the ordinal alone, the way
Russian does (``на третьей шахте``, ``в пятом автопарке``: ``institutions.py``). Speech recognition writes it in
lower case, where no capital marks the name. The frame is ``the``, an ordinal from ``second`` on (``the first
school`` is as often the first in a sequence), at most one noun of transport (``bus``, ``tram``) and a workplace
noun that ends its phrase; ``the third floor``, ``the fifth grade`` and ``the second time`` have no workplace noun,
and in ``the second hospital visit`` the noun only modifies another: they stay open. Every span is uncertain (0.5,
``uncertain:org``) for the reviewer.
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors.pattern_tokens import Words
from intake.pseudonymise.spans import UNCERTAIN, Span
from intake.pseudonymise.stopwords import is_stop_word

_ORDINAL = re.compile(
    r"^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
    r"|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|\d{1,3}(?:st|nd|rd|th))$"
)
_TENS = frozenset("twenty thirty forty fifty".split())
# Workplaces a town numbers, singular (``mine``, ``depot``); the noun of a fleet may stand before one (``bus``).
_WORKPLACES = frozenset(
    "mine pit colliery depot hospital polyclinic clinic school gymnasium lyceum plant factory fleet garage "
    "kindergarten maternity".split()
)
_TRANSPORT = frozenset("bus tram trolleybus taxi city".split())


def _ordinal_start(words: Words, i: int) -> int | None:
    """Index of the first word of the ordinal ending at ``i`` after ``the`` (``twenty - second``), or None."""
    toks, gaps = words.tokens, words.gaps
    if not _ORDINAL.match(toks[i].low):
        return None
    start = i - 1 if i > 0 and gaps[i - 1] == "-" and toks[i - 1].low in _TENS else i
    if start == 0 or toks[start - 1].low != "the" or gaps[start - 1].strip():
        return None
    return start


def _phrase_ends(words: Words, k: int) -> bool:
    """The noun at ``k`` ends its phrase: a clause break or a function word follows (``the third mine that``),
    not a noun it modifies (``the second hospital visit``, ``the third school year``)."""
    if k + 1 >= len(words.tokens) or words.gaps[k] != " ":
        return True
    return is_stop_word(words.tokens[k + 1].low)


def detect(text: str, words: Words, language: str) -> list[Span]:
    """Uncertain ORGANISATION spans over an ordinal and the workplace noun after it, in English."""
    if language != "en":
        return []
    toks, gaps = words.tokens, words.gaps
    out: list[Span] = []
    for i in range(1, len(toks) - 1):
        start = _ordinal_start(words, i)
        if start is None or gaps[i].strip():
            continue
        end = i + 1
        if toks[end].low in _TRANSPORT and end + 1 < len(toks) and not gaps[end].strip():
            end += 1
        if toks[end].low in _WORKPLACES and _phrase_ends(words, end):
            first, last = toks[start], toks[end]
            out.append(
                Span(first.start, last.end, "ORGANISATION", text[first.start : last.end], 0.5, "institutions",
                     f"{UNCERTAIN}:org")
            )
    return out
