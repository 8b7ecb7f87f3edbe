"""Place descriptors: a detected place name takes the generic noun that names it with it.

``Тверской площади``, ``реки Славянки``, ``Свердловской области``, ``Чукотский автономный округ``:
the rules flag the proper word, Natasha tags the whole phrase, and the coverage rule (every letter of a
mention masked) needs the whole phrase. Natasha runs only where the rules are unsure (throughput), so
this pass widens each LOCATION or DETENTION span (and a PERSON guess that a descriptor shows to be a
place, relabelled LOCATION: ``Приморского края``, ``реки Славянки``) over an adjacent place descriptor (a noun from
:data:`DESCRIPTORS`, by pymorphy3 lemma or Belarusian/English form), with at most one adjective
between. The widened span keeps its label, score, source and reason.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span

DESCRIPTORS = frozenset(
    (
        "площадь улица проспект бульвар переулок шоссе набережная проезд тракт микрорайон река озеро остров "
        "мыс залив море гора область край республика округ район посёлок поселок деревня село город станция "
        "кладбище парк сквер дворец империя штат провинция автономия федерация королевство графство "
        "agrogorodok агрогородок урочище водохранилище канал "
        "вуліца плошча праспект рака возера вобласць раён вёска горад пасёлак завулак "
        "street square avenue river lake region oblast district province"
    ).split()
)
_BE_FORMS = ("вуліц", "плошч", "праспект", "рак", "вобласц", "раён", "вёск", "вёсц", "гарад", "горад")
PLACE_LABELS = ("LOCATION", "DETENTION")


def _descriptor(tok: Token) -> bool:
    if tok.norm in DESCRIPTORS:
        return True
    if not tok.cyrillic:
        return tok.norm.rstrip("s") in DESCRIPTORS
    if tok.norm.startswith(_BE_FORMS) and len(tok.norm) <= 9:
        return True
    return namelex.lemma(tok.text) in DESCRIPTORS


def _adjective(tok: Token) -> bool:
    return tok.cyrillic and not tok.cap and namelex.main_pos(tok.text) in ("ADJF", "PRTF")


def extend(spans: Sequence[Span], tokens: Sequence[Token], text: str) -> list[Span]:
    """``spans`` with every place span widened over adjacent place descriptors."""
    if not tokens:
        return list(spans)
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    out: list[Span] = []
    for span in spans:
        if span.label not in PLACE_LABELS and span.label != "PERSON":
            out.append(span)
            continue
        first = bisect.bisect_left(starts, span.start)
        last = bisect.bisect_left(ends, span.end)
        start, end = span.start, span.end
        if first < len(tokens) and last < len(tokens) and tokens[first].start == span.start:
            person = span.label == "PERSON"
            # A "person" before a descriptor must be an adjective (``Приморского края``): a place after all.
            if not person or (tokens[last].cyrillic and namelex.main_pos(tokens[last].text) in ("ADJF", "PRTF")):
                end = _right(tokens, last, end)
            start = _left(tokens, first, start)
        if (start, end) == (span.start, span.end):
            out.append(span)
        else:
            label = "LOCATION" if span.label == "PERSON" else span.label
            out.append(Span(start, end, label, text[start:end], span.score, span.source, span.reason))
    return out


def _right(tokens: Sequence[Token], last: int, end: int) -> int:
    j = last + 1
    if (
        j + 1 < len(tokens)
        and tokens[j].spaced
        and tokens[j + 1].spaced
        and _adjective(tokens[j])
        and _descriptor(tokens[j + 1])
    ):
        return tokens[j + 1].end
    if j < len(tokens) and tokens[j].spaced and not tokens[j].cap and _descriptor(tokens[j]):
        return tokens[j].end
    return end


def _left(tokens: Sequence[Token], first: int, start: int) -> int:
    j = first - 1
    if j >= 0 and tokens[first].spaced and not tokens[j].cap and _descriptor(tokens[j]):
        return tokens[j].start
    return start
