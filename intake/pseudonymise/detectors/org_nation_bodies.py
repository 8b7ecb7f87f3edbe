"""A body named by the nation of its members or branch: ``з саюзам палякаў``, ``the Lithuanian Red Cross``.

Two shapes, Russian, Belarusian and English, cased and lower-case:

members
    a head of a members' body (``союз``/``саюз``, ``общество``/``таварыства``, ``ассоциация``/``асацыяцыя``,
    ``объединение``, ``община``/``абшчына``, ``конгресс``/``кангрэс``; English ``union``, ``association``,
    ``society``, ``community``, ``congress`` + ``of``) in any case form, right before the genitive plural of a
    nation's noun (``союз поляков``, ``таварыства беларусаў``, ``union of poles``): a diaspora's or minority's
    society, one per country, so the phrase names it as capitals would. Any other word after the head
    (``союз с поляками``, ``общество людей``, ``a union of workers``) describes and stays open. Uncertain
    (0.5, ``uncertain:orgnation``).
branch
    a nationality adjective right before a detected ORGANISATION span of two words or more (``Lithuanian Red
    Cross``, ``польский Красный Крест``, ``літоўскі Чырвоны Крыж``): the national society of an international
    body. The span grows over the adjective, as sure as it was; an adjective before a common word stays open.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span

RULE = "nation"
# Folded stems (і -> и, ў -> у, ё -> е) of the heads of members' bodies.
_HEADS = (
    "союз", "саюз", "обществ", "обществе", "таварыств", "ассоциаци", "асацыяцы", "объединени",
    "аб'яднанн", "абьяднанн", "общин", "абшчын", "конгресс", "кангрэс",
)  # fmt: skip
_EN_HEADS = frozenset("union association society community congress federation".split())
# Genitive plurals of nations' nouns, folded (public vocabulary).
_NATION_GEN = frozenset(
    "поляков палякау белорусов беларусов беларусау литовцев литоуцау латышей латышоу украинцев украинцау "
    "евреев яурэяу татар татарау немцев немцау армян грузин русских чехов чэхау литваков".split()
)
_EN_NATIONS = frozenset(
    "poles belarusians lithuanians latvians ukrainians jews tatars germans armenians georgians russians czechs"
    .split()
)  # fmt: skip
# Nationality adjectives, any case form: stems and a short adjective ending (folded), and English words.
_ADJ = re.compile(
    r"^(?:польск|беларуск|белорусск|литовск|литоуск|латышск|латвийск|украинск|немецк|нямецк|чешск|грузинск|"
    r"армянск|шведск|швэдск|эстонск|финск|фінск)(?:ий|ый|и|ы|ая|ое|ае|ого|ага|ому|аму|ой|ай|ую|ом|ым|им|ім|ім)$"
)
_EN_ADJ = frozenset(
    "lithuanian polish latvian estonian ukrainian german czech georgian armenian swedish finnish danish norwegian "
    "dutch belgian french italian spanish austrian swiss british irish american canadian belarusian".split()
)


def _is_head(tok: Token, english: bool) -> bool:
    if english:
        return tok.norm in _EN_HEADS
    return tok.norm.startswith(_HEADS) and len(tok.norm) <= 14


def _members(text: str, tokens: Sequence[Token], english: bool) -> list[Span]:
    out: list[Span] = []
    for i, tok in enumerate(tokens[:-1]):
        if not _is_head(tok, english):
            continue
        j = i + 1
        if english:
            if j + 1 >= len(tokens) or tokens[j].norm != "of" or not tokens[j + 1].spaced:
                continue
            j += 1
        nxt = tokens[j]
        if nxt.spaced and nxt.norm in (_EN_NATIONS if english else _NATION_GEN):
            out.append(org_span(text, tok.start, nxt.end, RULE, 0.5, True))
    return out


def _branches(text: str, tokens: Sequence[Token], found: Sequence[Span], english: bool) -> list[Span]:
    orgs = {s.start: s for s in found if s.label == "ORGANISATION" and " " in s.text.strip()}
    out: list[Span] = []
    for i, tok in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        span = orgs.get(nxt.start)
        if span is None or not nxt.spaced:
            continue
        if (tok.norm in _EN_ADJ) if english else _ADJ.match(tok.norm) is not None:
            out.append(Span(tok.start, span.end, span.label, text[tok.start : span.end], span.score,
                            span.source, span.reason))  # fmt: skip
    return out


def detect(text: str, language: str, tokens: Sequence[Token], found: Sequence[Span]) -> list[Span]:
    """Members' bodies named by a nation and national branches of a found organisation."""
    english = language == "en"
    return _members(text, tokens, english) + _branches(text, tokens, found, english)
