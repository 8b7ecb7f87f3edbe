"""How a word reads as an adjective: the singular (case, gender) pairs it spells (:func:`adjective_forms`).

A leaf module (it imports only the vocabularies), so that the cue and slot detectors that ask it
(``namecues``, ``noun_surnames``, ``adjective_uses``, ``named_ages``) and ``adjective_surnames``, which imports
them, form no import cycle (tests/architecture/test_import_graph.py).
"""

from __future__ import annotations

from functools import lru_cache

from intake.pseudonymise.detectors import be_vocab, namelex
from intake.pseudonymise.detectors.tokens import fold

Form = tuple[str, str]  # (case, gender)
_M, _F = "masc", "femn"
# Belarusian adjective endings (folded: і -> и, ў -> у) and the (case, gender) pairs each spells, longest first.
_BE_ENDINGS: tuple[tuple[str, frozenset[Form]], ...] = tuple(
    (end, frozenset((c, g) for c in cases.split() for g in genders.split()))
    for end, cases, genders in (
        ("ага", "gent accs", _M),
        ("яга", "gent accs", _M),
        ("ога", "gent accs", _M),
        ("аму", "datv", _M),
        ("яму", "datv", _M),
        ("ому", "datv", _M),
        ("ая", "nomn", _F),
        ("яя", "nomn", _F),
        ("ую", "accs", _F),
        ("юю", "accs", _F),
        ("аю", "ablt", _F),
        ("ай", "gent datv ablt loct", _F),
        ("яй", "gent datv ablt loct", _F),
        ("ой", "gent datv ablt loct", _F),
        ("ой", "nomn", _M),
        ("ым", "ablt loct", _M),
        ("им", "ablt loct", _M),
        ("ы", "nomn", _M),
        ("и", "nomn", _M),
    )
)

_NOT_ADJ = frozenset({"Apro", "Anum", "Name", "Surn", "Patr"})


@lru_cache(maxsize=20_000)
def adjective_forms(text: str) -> frozenset[Form]:
    """The singular (case, gender) pairs a word spells as an adjective: pymorphy3's readings of its Russian
    spelling, and a Belarusian adjective that ``be_vocab`` lists by its ending (``чорная`` -> nominative
    feminine)."""
    word = text.lower().replace("’", "'")
    spelling, m = namelex.russian_reading(word)
    out: set[Form] = set()
    if m.known:
        for p in namelex.analyzer().parse(spelling):
            tag = p.tag
            if p.is_known and p.score >= 0.05 and tag.POS == "ADJF" and tag.number == "sing" and tag.case:
                out |= set() if _NOT_ADJ & tag.grammemes else {(str(tag.case), str(tag.gender))}
    if any(_be_adjective_stem(stem) for stem in be_vocab.stems(word)):
        out |= _be_forms(fold(word))
    return frozenset(out)


def _be_adjective_stem(stem: str) -> bool:
    """A hunspell stem of an adjective: ends in ``-ы``/``-і``/``-ой`` and declines (its feminine ``-ая``/``-ую``
    is listed too: ``чорны`` -> ``чорная``; the adverb ``аднойчы`` has none)."""
    if not stem.endswith(("ы", "і", "ой")):
        return False
    base = stem[:-2] if stem.endswith("ой") else stem[:-1]
    return be_vocab.known(base + "ая") or be_vocab.known(base + "ую")


def _be_forms(norm: str) -> frozenset[Form]:
    """The (case, gender) pairs of a Belarusian adjective's ending."""
    out: set[Form] = set()
    for end, forms in _BE_ENDINGS:
        if norm.endswith(end):
            out |= forms
    return frozenset(out)
