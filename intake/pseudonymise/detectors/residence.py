"""Listed foreign towns that are also English words, named as the place where someone lives or moved to.

A town flagged ``cs`` in the lists (``Cork``, ``Bath``, ``Reading``, ``Derby``) is masked only when capitalised
inside a sentence, because in lower case it is mostly the common word (``a cork``, ``a bath``). Speech
recognition often writes English in lower case, and then a residence or moving verb just before the place
preposition is the evidence (``based in cork``, ``we moved to bath``): one of :data:`VERBS` within
:data:`REACH` words before ``in``/``to``, and a single-word Latin ``cs`` place entry right after it, not a
continent (the annotation leaves continents alone). Cyrillic ``cs`` towns are left to their capital: after
``живём в`` they are as often a common adjective or noun (``в высоком доме``, ``в городке``, ``в мире``).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.gazetteer import entity_gazetteer
from intake.pseudonymise.detectors.tokens import Token

PREPOSITIONS = frozenset(("in", "to"))
VERBS = frozenset(
    "based live lived lives living moved move moving settled relocated born raised grew stay stayed staying "
    "reside resides resided residing".split()
)
CONTINENTS = frozenset("europe asia africa america".split())
REACH = 3  # words between the verb and the preposition (``we have been living here in cork``)


def detect(tokens: Sequence[Token], taken: Sequence[bool]) -> list[tuple[int, int]]:
    """Token ranges of ``cs`` towns after a residence verb and a place preposition (module docstring)."""
    out = []
    for i in range(2, len(tokens)):
        if taken[i] or tokens[i - 1].norm not in PREPOSITIONS or not tokens[i].spaced or tokens[i].cyrillic:
            continue
        if _verb_before(tokens, i - 1) and _capital_only_town(tokens[i].norm):
            out.append((i, i + 1))
    return out


def _verb_before(tokens: Sequence[Token], p: int) -> bool:
    return any(tokens[k].norm in VERBS for k in range(max(0, p - REACH), p))


def _capital_only_town(norm: str) -> bool:
    if norm in CONTINENTS:
        return False
    entries = entity_gazetteer().lookup_first(norm)
    return any(e.label == "LOCATION" and "cs" in e.flags and len(e.words) == 1 for e in entries)
