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
        "agrogorodok агрогородок урочище водохранилище канал городок гарадок порт "
        "вуліца плошча праспект рака возера вобласць раён вёска горад пасёлак завулак "
        "street square avenue boulevard lane road highway river lake region oblast district province"
    ).split()
)
# Generic nouns that a capitalised adjective turns into a place name: ``Белом доме``, ``Палестинское
# государство``, ``Вашингтонском аэропорту``, ``Воробьёвых гор`` (after an adjective only: ``в Минске дом``
# stays apart).
HEADS = frozenset(
    (
        "дом дворец центр государство побережье аэропорт лес пуща долина территория гора горы собор вокзал "
        "стадион мост замок монастырь порт пустыня полуостров архипелаг "
        "house palace centre center state coast airport forest valley territory"
    ).split()
)
_BE_FORMS = ("вулиц", "плошч", "праспект", "праспекц", "рак", "вобласц", "раен", "веск", "весц", "гарад", "горад",
             "шаш", "завулк", "рэчк", "рэчц", "вуліц", "раён", "вёск", "вёсц")  # token norms are folded (і->и, ё->е)
PLACE_LABELS = ("LOCATION", "DETENTION")
_COMPASS_EN = frozenset("eastern western northern southern central".split())
_COMPASS_BARE = frozenset("north south east west".split())


def _head(tok: Token) -> bool:
    if tok.norm in HEADS or _descriptor(tok):
        return True
    return tok.cyrillic and namelex.lemma(tok.text) in HEADS


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
            adjective = tokens[last].cyrillic and namelex.main_pos(tokens[last].text) in ("ADJF", "PRTF")
            # A "person" before a descriptor must be an adjective (``Приморского края``): a place after all.
            if not person or adjective:
                end = _right(tokens, last, end, adjective)
            start = _left(tokens, first, start, person)
        if (start, end) == (span.start, span.end):
            out.append(span)
        else:
            label = "LOCATION" if span.label == "PERSON" else span.label
            out.append(Span(start, end, label, text[start:end], span.score, span.source, span.reason))
    return out


def _right(tokens: Sequence[Token], last: int, end: int, adjective: bool = False) -> int:
    j = last + 1
    if adjective and j < len(tokens) and tokens[j].spaced and not tokens[j].cap and _head(tokens[j]):
        return tokens[j].end
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


def _left(tokens: Sequence[Token], first: int, start: int, person: bool = False) -> int:
    j = first - 1
    if j < 0 or not tokens[first].spaced:
        return start
    if not tokens[j].cap and _descriptor(tokens[j]):
        k = j - 1  # and a place adjective before the descriptor: ``лондонском районе Тоттенхэм``
        if k >= 0 and tokens[j].spaced and _place_adjective(tokens[k]):
            return tokens[k].start
        return tokens[j].start
    # A capitalised adjective before a place is part of its name: ``Южную Америку``, ``Западный Буг``.
    if not person and tokens[j].cap and tokens[first].cap and _adjective_form(tokens[j]):
        return tokens[j].start
    if not person and _compass(tokens[j], tokens[first]):
        return tokens[j].start  # ``Eastern Europe``, ``northern ireland``
    return start


def _compass(tok: Token, place: Token) -> bool:
    """An English compass adjective before a place: ``eastern``, ``central`` in any case; ``North``,
    ``South`` only capitalised before a capitalised place (``South Africa``)."""
    if tok.cyrillic or place.cyrillic:
        return False
    return tok.norm in _COMPASS_EN or (tok.cap and place.cap and tok.norm in _COMPASS_BARE)


def _place_adjective(tok: Token) -> bool:
    """An adjective made from a place name (``лондонском``, ``голландском``, ``китайский``)."""
    stem = tok.norm[:-2]
    return tok.cyrillic and stem.endswith(("ск", "цк")) and len(stem) >= 6 and _adjective_form(tok)


def _adjective_form(tok: Token) -> bool:
    return tok.cyrillic and namelex.main_pos(tok.text) in ("ADJF", "PRTF")
