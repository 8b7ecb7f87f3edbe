"""``у другой школе`` when the text also names ``школа нумар два``: "second", not "other".

Belarusian ``другі`` is "second" (``у другой школе``, ``другую бальніцу``), and Russian ``другой`` is "other"; the
spellings meet, so the ordinal rules (``facilities.py``) leave ``друг-`` out unless a tens word comes first. The text
settles it when it numbers the same kind of institution two elsewhere (``сярэдняя школа нумар два``, ``школа №
2``): then ``друг-`` with that head is the ordinal, and the phrase names that institution. One ORGANISATION span
over the two words (0.7, ``orgsecond``); Russian and Belarusian, cased and lower-case.
"""

from __future__ import annotations

import re

from intake.pseudonymise.spans import Span

# Institution heads a town numbers (stems, raw spelling), Russian and Belarusian.
_HEADS = r"(?:школ|гимнази|гімназі|лице|ліцэ|больниц|бальніц|поликлиник|паліклінік|колони|калоні)"
_SECOND = re.compile(rf"(?<!\w)друг(?:ой|ая|ую|ое|ом|ога|ім)\s+({_HEADS})\w*", re.IGNORECASE)
_NUMBERED = r"{head}\w*\s+(?:номер|нумар|№)\s*(?:два|2)(?!\w)"


def second(text: str, language: str) -> list[Span]:
    """ORGANISATION spans over ``друг-`` and a head the text numbers two elsewhere."""
    if language not in ("ru", "be") or "друг" not in text.lower():
        return []
    out: list[Span] = []
    for m in _SECOND.finditer(text):
        numbered = re.compile(_NUMBERED.format(head=re.escape(m.group(1).lower())), re.IGNORECASE)
        if numbered.search(text):
            out.append(Span(m.start(), m.end(), "ORGANISATION", m.group(), 0.7, "orgsecond"))
    return out
