"""A listed first name that opens a sentence before a comma (``Злата, жена, передачи возила.``).

At a sentence start a capital proves nothing, so a first name that is also a common word (a decoy:
``Злата``, ``Лука``, ``Ева``) needs more. A nominative before a comma opens an apposition or an address
(``Лев, брат его, ...``); what it must not be is the common word's own dictionary form (``Вера, ...``,
``Надежда, ...``, ``Слава, ...``, ``Роман, ...``). So the listed form, written as listed, is a name there
when pymorphy3 gives under half of its weight to readings that are a common word in its own right:
readings as a name, surname or place count for it, and so do the case forms of another noun (``злата`` of
``злато``, ``света`` of ``свет``, ``лука`` of ``лук``, ``мира`` of ``мир``), which do not open a
sentence before a comma. Words pymorphy3 does not know (most Belarusian words) are left alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from intake.pseudonymise.detectors import morphology
from intake.pseudonymise.detectors.gazetteer import Entry
from intake.pseudonymise.detectors.tokens import Token

_OWN_WEIGHT = 0.5  # at least this much weight on common readings of the word as its own lemma: a decoy
_PROPER = ("Name", "Surn", "Patr", "Geox")


def opens_before_comma(tokens: Sequence[Token], i: int, text: str) -> bool:
    """Token ``i`` opens a sentence, capitalised, and a comma follows it directly."""
    tok = tokens[i]
    return tok.initial and tok.cap and tok.cyrillic and text[tok.end : tok.end + 1] == ","


def named_at_start(tokens: Sequence[Token], i: int, text: str, entries: Sequence[Entry]) -> bool:
    """A listed first name (the form as listed, no case ending) opening a sentence before a comma, which
    pymorphy3 reads mainly as a name or as another noun's case form (module docstring)."""
    if not opens_before_comma(tokens, i, text):
        return False
    low = tokens[i].text.lower()
    if all(e.surface.lower() != low for e in entries):
        return False  # a case form (``але`` of ``Аля``, ``маю`` of ``Мая``): Belarusian words among them
    return _own_weight(low) < _OWN_WEIGHT


@lru_cache(maxsize=4096)
def _own_weight(low: str) -> float:
    """The weight pymorphy3 gives to readings of ``low`` as a common word in its own right: not a proper
    name, and not a noun case form of another lemma."""
    analyzer = morphology.analyzer()
    if not analyzer.word_is_known(low):
        return 1.0
    weight = 0.0
    for parse in analyzer.parse(low):
        tag = parse.tag
        if any(p in tag for p in _PROPER):
            continue
        if tag.POS == "NOUN" and parse.normal_form != low:
            continue
        weight += parse.score
    return weight
