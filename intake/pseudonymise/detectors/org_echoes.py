"""A named selective school's bare head noun said again alone (``у Лідскай гімназіі ... з гімназіі``).

Once a text has named a gymnasium or a lyceum by a description (``Мозырском городском лицее``, ``Полацкай
гімназіі``, ``Hrodna City Gymnasium``), the head noun alone after a preposition refers back to it (``из лицея
её уволили``, ``з гімназіі папрасілі``, ``at the gymnasium``): a town has few, and the kind alone tells the
reader which one. Such a mention is ORGANISATION, uncertain (score 0.5, reason ``uncertain:orgecho``).

The head is in a found ORGANISATION span of two words or more (:data:`_ECHO_KEYS`; ``в лице`` is no form of
``лицей``); the echo is the same noun (any case of the singular) outside every found span, right after a
preposition (English: ``the`` after one). A plural (``в гимназиях``) is the kind, a number after it (``в
гимназии номер три``, ``у гімназіі 2``) names another one, and a word between the preposition and the noun
(``в другой гимназии``) describes another one: these stay open. Courts, schools, hospitals and factories were
measured and left out: said bare they are as often the kind in general (``в суде``, ``after school``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from intake.pseudonymise.detectors.institution_heads import head_key
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import UNCERTAIN, Span

_PREPS = frozenset(
    "в во у ў на з с со із из изо до да ад от ото к ко па по при пры для каля около возле ля пасля после "
    "in at from to for with of into".split()
)
_EN_ARTICLE = "the"
# Plural case endings (after the stem): the kind, not the one named.
_PLURAL = ("ах", "ам", "ами", "ях", "ям", "ями", "ов", "оў", "аў")
_NUMBER_AFTER = re.compile(r"\s*(?:№|N\b|\d)")
_OTHER = frozenset("номер нумар no number №".split())
# Heads whose bare mention refers back (measured): a selective school is one of few in a town and keeps its
# identity when named by its kind alone. A court, a school, a hospital or a factory said bare is as often the
# kind in general (``в суде``, ``after school``) and stays open.
_ECHO_KEYS = frozenset("гимнази гімназі лице ліцэ gymnasium lyceum".split())


def _covered(tokens: Sequence[Token], found: Sequence[Span]) -> list[bool]:
    """For each token: inside some found span."""
    starts = [t.start for t in tokens]
    out = [False] * len(tokens)
    for span in found:
        for k in range(bisect_left(starts, span.start), bisect_left(starts, span.end)):
            out[k] = True
    return out


def _named_keys(tokens: Sequence[Token], found: Sequence[Span]) -> set[str]:
    """Head keys of the institutions the text names by a description of two words or more."""
    starts = [t.start for t in tokens]
    keys: set[str] = set()
    for span in found:
        if span.label != "ORGANISATION":
            continue
        first, last = bisect_left(starts, span.start), bisect_left(starts, span.end)
        if last - first < 2:
            continue
        for tok in tokens[first:last]:
            key = head_key(tok.text.lower())
            if key in _ECHO_KEYS:
                keys.add(key)
    return keys


def _bare(text: str, tokens: Sequence[Token], i: int, language: str) -> bool:
    """The noun at ``i`` stands alone after a preposition, singular, not followed by a number."""
    low = tokens[i].text.lower()
    if _NUMBER_AFTER.match(text, tokens[i].end):
        return False
    if low.endswith(_PLURAL) or (language == "en" and low.endswith("s")):
        return False
    before = i - 1
    if language == "en":
        if before < 1 or tokens[before].text.lower() != _EN_ARTICLE:
            return False
        before -= 1
    if before < 0 or tokens[before].text.lower() not in _PREPS:
        return False
    if i + 1 < len(tokens):
        after = tokens[i + 1].text.lower()
        if after in _OTHER or after[:1].isdigit() or tokens[i + 1].cap:
            return False
    return True


def detect(text: str, language: str, tokens: Sequence[Token], found: Sequence[Span]) -> list[Span]:
    """The bare head nouns that refer back to an institution named in ``text``."""
    keys = _named_keys(tokens, found)
    if not keys:
        return []
    covered = _covered(tokens, found)
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        low = tok.text.lower()
        if (
            covered[i]
            or (tok.cyrillic and low in _ECHO_KEYS)
            or head_key(low) not in keys
            or not _bare(text, tokens, i, language)
        ):
            continue
        out.append(Span(tok.start, tok.end, "ORGANISATION", tok.text, 0.5, "org_echoes", f"{UNCERTAIN}:orgecho"))
    return out
