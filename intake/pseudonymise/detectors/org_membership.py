"""An organisation named after a place, read as one by the membership the clause states.

Pro-government bodies and movements take a place's name with an adjective (``Белая Русь``, ``Молодая
Беларусь``), and speech recognition writes them in lower case, where they read as a place (``та в белой руси
состоит``). Nobody is a member of a place: after ``состоять``/``складацца`` (``в``/``у``/``ў`` + locative, the
verb before or after within the clause) or ``член``/``сябра`` (genitive), an adjective and a noun whose
reading is a place name (pymorphy3 through the Russian spelling) name an organisation. A place noun alone
(``состоит в Беларуси`` is no sentence) or a kind noun (``состоит в правящей партии``) is not read. Russian
and Belarusian, cased and lower-case; every span is uncertain (0.5, ``uncertain:orgmember``).

:func:`capitalised` reads the same shape by its capitals alone: in cased text a capitalised adjective inside a
sentence before a capitalised place noun that the policy leaves unmasked (``casing.not_identifiers``: the
country itself, too general to mask:
``паспорт Новой Беларуси``, ``в Молодую Беларусь``) is a body's name. A compass adjective names a region
(``Западной Беларуси``); before any other place the adjective is the place's (``Южную Америку``: ``extend.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import casing, namelex
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span

RULE = "member"
_GATES = ("состо", "склада", "член", "сябр")
_IN = frozenset("в во у".split())  # folded: ``ў`` -> ``у``
_MEMBERS = frozenset("член члена членом члены членов членами членка членкой сябра сябрам сябры сябрамі".split())
_WINDOW = 4
# Folded stems of compass adjectives: with one a country names a region (``Западной Беларуси``).
_COMPASS = ("западн", "восточн", "северн", "южн", "центральн", "заходн", "усходн", "паунечн", "пауднев", "цэнтральн")


def _membership_verb(tok: Token) -> bool:
    return tok.norm.startswith(("состоит", "состоя", "склада")) and len(tok.norm) <= 12


def _named_place(tokens: Sequence[Token], adj: int) -> bool:
    """An adjective at ``adj`` and a place-name noun right after it (``белой руси``)."""
    if adj + 1 >= len(tokens) or not tokens[adj + 1].spaced or not tokens[adj].cyrillic:
        return False
    _, noun = namelex.russian_reading(tokens[adj + 1].text.lower())
    if not noun.known or noun.place < 0.5:
        return False
    reading, _ = namelex.russian_reading(tokens[adj].text.lower())
    return namelex.main_pos(reading) in ("ADJF", "PRTF")


def _clause_verb(tokens: Sequence[Token], text: str, prep: int) -> bool:
    """A membership verb within :data:`_WINDOW` words of the preposition at ``prep``, no punctuation between."""
    lo, hi = max(0, prep - _WINDOW), min(len(tokens), prep + 3 + _WINDOW)
    for k in range(lo, hi):
        if _membership_verb(tokens[k]):
            a, b = sorted((k, prep))
            between = text[tokens[a].end : tokens[b].start]
            return not any(c in ".,;:!?" for c in between)
    return False


def detect(text: str, language: str, tokens: Sequence[Token]) -> list[Span]:
    """Uncertain ORGANISATION spans over place-named bodies someone is a member of."""
    low = text.lower()
    if language not in ("ru", "be") or not any(g in low for g in _GATES):
        return []
    out: list[Span] = []
    for i, tok in enumerate(tokens[:-2]):
        member = tok.norm in _MEMBERS
        if not (member or (tok.norm in _IN and _clause_verb(tokens, text, i))):
            continue
        if tokens[i + 1].spaced and _named_place(tokens, i + 1):
            out.append(org_span(text, tokens[i + 1].start, tokens[i + 2].end, RULE, 0.5, True))
    return out



def capitalised(text: str, language: str, tokens: Sequence[Token]) -> list[Span]:
    """Uncertain ORGANISATION spans over a capitalised adjective and an unmasked place noun (docstring)."""
    if language not in ("ru", "be"):
        return []
    kept = casing.not_identifiers()
    out: list[Span] = []
    for i in range(1, len(tokens) - 1):
        adj, noun = tokens[i], tokens[i + 1]
        if not (adj.cap and noun.cap and noun.spaced and adj.spaced and not adj.initial):
            continue
        if noun.norm in kept and not adj.norm.startswith(_COMPASS) and _named_place(tokens, i):
            out.append(org_span(text, adj.start, noun.end, RULE, 0.5, True))
    return out
