"""Streams and lakes named by an adjective placed after their noun: ``к речке лесной``, ``у возера белага``.

Russian and Belarusian put a describing adjective before its noun (``к лесной речке``); an adjective after
a water noun in an oblique case, agreeing with it, is the water's name (``к речке Лесной``, ``на озере
Белом``), which unpunctuated speech writes in lower case. The noun's case and gender come from pymorphy3
(Russian) or a small table of Belarusian forms; the adjective must agree in gender and case, be no pronoun
or number adjective (``у речки той``, ``на озере втором``), and no noun may follow that it could describe
instead (``к речке лесной дорогой``). A nominative noun is left alone: ``речка мелкая`` is a predicate.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.morphology import analyzer, russian_reading
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.stopwords import is_stop_word

# Belarusian oblique forms of water nouns pymorphy3 cannot read (folded: і -> и, ў -> у): gender, cases.
_BE_FORMS: dict[str, tuple[str, frozenset[str]]] = {
    "рэчцы": ("femn", frozenset({"datv", "loct"})),
    "рэчку": ("femn", frozenset({"accs"})),
    "рэчки": ("femn", frozenset({"gent"})),
    "рэчкай": ("femn", frozenset({"ablt"})),
    "рацэ": ("femn", frozenset({"datv", "loct"})),
    "раки": ("femn", frozenset({"gent"})),
    "ракой": ("femn", frozenset({"ablt"})),
    "возеры": ("neut", frozenset({"loct"})),
    "возера": ("neut", frozenset({"gent"})),
    "ручаю": ("masc", frozenset({"datv"})),
    "ручая": ("masc", frozenset({"gent"})),
}
_RU_LEMMAS = frozenset("речка речушка река ручей озеро пруд ставок протока".split())
_OBLIQUE = frozenset({"gent", "datv", "accs", "ablt", "loct"})
# Adjectives of speed, width and temperature (Russian lemmas, Belarusian spellings read through Russian):
# a description after the noun, no water's name (``к речке быстрой``, ``у ракі шырокай``).
_DESCRIPTIVE = frozenset("быстрый широкий холодный тёплый грязный красивый огромный".split())
_BE_DESCRIPTIVE = ("шырок", "хутк", "халодн", "цёпл", "цепл", "брудн", "прыгож")
_AND = frozenset(fold(w) for w in "и і да".split())


def _noun(tok: Token) -> tuple[str, frozenset[str]] | None:
    """Gender and oblique cases of a water noun, or None."""
    if tok.norm in _BE_FORMS:
        return _BE_FORMS[tok.norm]
    if not tok.norm.startswith(("реч", "рек", "руч", "озер", "пруд", "став", "прот")):
        return None
    parses = [p for p in analyzer().parse(tok.norm) if p.tag.POS == "NOUN" and p.normal_form in _RU_LEMMAS]
    if not parses or any("nomn" in p.tag for p in parses):
        return None
    cases = frozenset(str(p.tag.case) for p in parses) & _OBLIQUE
    return (str(parses[0].tag.gender), cases) if cases else None


def _agrees(tok: Token, gender: str, cases: frozenset[str]) -> bool:
    """An adjective (no pronoun or number adjective) of ``gender`` in one of ``cases``."""
    if len(tok.norm) < 4 or is_stop_word(tok.text) or not tok.cyrillic:
        return False
    word = russian_reading(tok.text.lower().replace("’", "'"))[0]
    tags = [p.tag for p in analyzer().parse(word)]
    return any(
        t.POS == "ADJF" and "Apro" not in t and "Anum" not in t and t.gender == gender and str(t.case) in cases
        for t in tags
    )


def _described_next(tokens: Sequence[Token], j: int) -> bool:
    """A noun or (no pronoun) adjective follows the adjective: it may describe that word instead."""
    if j >= len(tokens) or not tokens[j].cyrillic or is_stop_word(tokens[j].text):
        return False
    word = russian_reading(tokens[j].text.lower().replace("’", "'"))[0]
    first = analyzer().parse(word)[0].tag
    return first.POS == "NOUN" or (first.POS == "ADJF" and "Apro" not in first)


def _description(tokens: Sequence[Token], j: int) -> bool:
    """The adjective at ``j`` describes: a speed, width or temperature word, or one coordinated with another
    adjective (``к речке быстрой и холодной``)."""
    word = russian_reading(tokens[j].text.lower().replace("’", "'"))[0]
    if tokens[j].norm.startswith(_BE_DESCRIPTIVE) or any(p.normal_form in _DESCRIPTIVE for p in analyzer().parse(word)):
        return True
    k = j + 2
    if k >= len(tokens) or tokens[j + 1].norm not in _AND or not tokens[k].cyrillic:
        return False
    nxt = russian_reading(tokens[k].text.lower().replace("’", "'"))[0]
    return bool(analyzer().parse(nxt)[0].tag.POS == "ADJF")


def detect(tokens: Sequence[Token], i: int) -> list[tuple[int, int]]:
    """The token range of the adjective naming the water noun at ``i``, if any."""
    j = i + 1
    if j >= len(tokens) or not tokens[j].spaced or tokens[j].cap:
        return []
    noun = _noun(tokens[i])
    if noun is None or not _agrees(tokens[j], *noun) or _described_next(tokens, j + 1) or _description(tokens, j):
        return []
    return [(j, j + 1)]
