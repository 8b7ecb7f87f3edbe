"""Belarusian recall-first candidates on the hunspell-be vocabulary (:mod:`be_vocab`).

What pymorphy3 does for Russian in :mod:`candidates`, hunspell-be does for Belarusian: it tells a known
common word (``кнігу``, ``сказала``) from a form of a capitalised stem (``ірэну``, ``цімоха``,
``мікалаевіча``, ``суражчыне``) and from a word it does not know at all. A word is *unknown* when neither
hunspell-be nor pymorphy3 (Russian: Belarusian speech mixes in Russian words, trasianka) knows it nor
lists it as a proper noun. Without the dictionary every answer here is "no" and the shape heuristics of
:mod:`candidates` stand alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from intake.pseudonymise.detectors import be_vocab, casing, namelex
from intake.pseudonymise.detectors.tokens import Token, fold

# Prepositions of place (folded: ``ў`` -> ``у``): ``у гродне``, ``з ліды``, ``каля смаргоні``.
PLACE_PREPOSITIONS = frozenset("у з са да пад каля ля ад праз над".split())


@lru_cache(maxsize=50_000)
def _unknown_word(text: str) -> bool:
    return not be_vocab.known(text) and be_vocab.proper(text) is None and not namelex.word_morph(text).known


def unknown(tok: Token) -> bool:
    """A Cyrillic word of three or more letters that neither dictionary knows nor ``not_identifiers.txt``
    lists (``вайбер``): a foreign or rare name, or a misspelling; false without hunspell-be."""
    if not tok.cyrillic or len(tok.norm) < 3 or tok.norm in casing.not_identifiers():
        return False
    return be_vocab.available() and _unknown_word(tok.text.lower())


def proper_kind(tok: Token) -> str | None:
    """hunspell-be's kind of proper noun for ``tok`` (``name``, ``patronymic``, ``place``), or ``None``;
    ``None`` too for a form of a word listed as no identifier (``еўропе``: ``not_identifiers.txt``)."""
    if not tok.cyrillic:
        return None
    text = tok.text.lower()
    kind = be_vocab.proper(text)
    if kind is None or any(fold(s) in casing.not_identifiers() for s in be_vocab.stems(text)):
        return None
    return kind


@lru_cache(maxsize=50_000)
def common_too(text: str) -> bool:
    """A proper noun's form that is also a common word: in hunspell-be (``вера``, ``надзея``) or mostly
    a common word to pymorphy3 (Russian words in Belarusian speech: ``роза``, ``лев``)."""
    if be_vocab.known(text):
        return True
    m = namelex.word_morph(text)
    return m.common > m.name + m.surname + m.patronymic + m.place


def after_place_preposition(tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i]`` follows a preposition of place (``у``, ``ў``, ``з``, ``да``, ``каля``)."""
    return i > 0 and tokens[i].spaced and tokens[i - 1].norm in PLACE_PREPOSITIONS


def proper_label(tokens: Sequence[Token], i: int, kind: str) -> str:
    """LOCATION for a place-shaped stem or any proper noun after a preposition of place, else PERSON."""
    if kind == "place" or (kind == "name" and after_place_preposition(tokens, i)):
        return "LOCATION"
    return "PERSON"


def unknown_pair(tokens: Sequence[Token], i: int, covered: Sequence[bool]) -> bool:
    """``tokens[i]`` is unknown and so is a spaced neighbour that no evidence span covers (``сейдзі
    маэхара``; ``відэа`` before a detected ``ганулька`` is left alone)."""
    if not unknown(tokens[i]):
        return False
    before = i > 0 and tokens[i].spaced and not covered[i - 1] and unknown(tokens[i - 1])
    nxt = i + 1 < len(tokens) and tokens[i + 1].spaced and not covered[i + 1]
    return before or (nxt and unknown(tokens[i + 1]))
