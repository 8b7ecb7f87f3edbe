"""Names joined by two or more spoken dots: ``olenka dot by dot media``, ``лесик точка арт точка студио``.

A spoken address with a known top-level domain at its end is a URL (``web._spoken_urls``), and a run joined by
``underscore`` is a handle (``SEP_HANDLE``). A run of words joined by *two or more* spoken dots that ends in no
domain is neither, yet nothing in ordinary speech is said that way: it is a dotted account or channel name
(Instagram and Telegram names often are). So three or more words, each joined to the next by ``dot``,
``точка``, ``кропка`` or ``дот``, none of them a dot word itself (``dot dot dot`` is a pause), make a HANDLE when
no URL or e-mail found elsewhere covers them. One dot is not enough: ``a dot matrix``, ``точка зрения``.
"""

from __future__ import annotations

import re

from intake.pseudonymise.spans import Span

_DOTS = ("dot", "точка", "кропка", "дот")
_DOT = r"(?:dot|точка|кропка|дот)"
_RUN = re.compile(rf"(?<![\w@.])[^\W_]+(?:[\s,]+{_DOT}[\s,]+[^\W_]+){{2,}}(?![\w@])", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")


def dotted_names(text: str, found: list[Span]) -> list[Span]:
    """HANDLE spans for runs of three or more words joined by spoken dots (module docstring) that no URL or
    e-mail in ``found`` overlaps."""
    low = text.lower()
    if not any(dot in low for dot in _DOTS):
        return []
    out = []
    for m in _RUN.finditer(text):
        words = _WORD.findall(m.group())
        pieces = words[0::2]
        if any(p.lower() in _DOTS for p in pieces):
            continue  # ``dot dot dot``: a pause said aloud, not a name
        span = Span(m.start(), m.end(), "HANDLE", m.group(), 0.85, "patterns.handle_dotted")
        if not any(s.label in ("URL", "EMAIL") and s.overlaps(span) for s in found):
            out.append(span)
    return out
