"""A protected area's kind and its name are one organisation: ``в национальном парке беловежская пуща``.

A national park or reserve is the institution a forester or guide works for; its name is often a place
(``Беловежская пуща``, ``Браславские озёра``) that the detectors find as a LOCATION, leaving the kind noun
before it unmasked. A kind phrase (``национальный парк``, ``нацыянальны парк``, ``заповедник``,
``запаведнік``, ``national park``, ``nature reserve`` in any case) right before a detected LOCATION makes one
ORGANISATION span of the two.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.spans import Span

SOURCE = "park_names"
SCORE = 0.85
_KIND = re.compile(
    r"(?<!\w)(?:(?:национальн|нацыянальн|biosphere|national)\w*\s+(?:парк\w*|park)"
    r"|(?:биосферн\w+\s+|біясферн\w+\s+|ландшафтн\w+\s+)?(?:заповедник\w*|запаведнік\w*|заказник\w*|заказнік\w*)"
    r"|nature\s+reserve)\s+$",
    re.IGNORECASE,
)
_REACH = 40  # characters before a place that the kind phrase may take


def join(spans: Sequence[Span], text: str) -> list[Span]:
    """ORGANISATION spans for a protected area's kind phrase and the LOCATION right after it."""
    out = []
    for s in spans:
        if s.label != "LOCATION":
            continue
        m = _KIND.search(text[max(0, s.start - _REACH) : s.start])
        if m is None:
            continue
        start = s.start - (len(text[max(0, s.start - _REACH) : s.start]) - m.start())
        out.append(Span(start, s.end, "ORGANISATION", text[start : s.end], SCORE, SOURCE))
    return out
