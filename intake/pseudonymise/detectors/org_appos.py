"""Common-word organisation names in apposition to a type noun, in text with capitals and without.

``org_slots.py`` reads the slot after an organisation head in lower-case speech: a head in an oblique case
(``в фирме``) and a word in the nominative that cannot be read in the head's case (``прогресс``) stand in
apposition, and an apposition after a type noun is a name (``в фирме прогресс``, ``ў краме пралеска``,
``в хоре светлица``); a genitive (``в компании друзей``, ``в группе поддержки``), a preposition (``в кафе у
дома``), an adverb (``в компании тогда``) or a verb (``в фирме работали``) is a modifier or the clause and
stays open. Two rules carry that syntax further:

``appos`` (Russian, Belarusian; text with capitals)
    the same slot where a writer left a common-word name in lower case (``работала в фирме прогресс``):
    the name must be lower case (a capitalised one is ``orgcues.py``'s) and it is uncertain.
``appos-indecl`` (Russian, Belarusian; any text)
    an indeclinable type noun (``кафе``, ``бистро``) shows no case of its own; the preposition before it
    gives the cases it stands in (``в кафе``: locative or accusative), and a nominative that none of them
    reads is the name (``в кафе ромашка``; ``в кафе было холодно`` is a verb, ``в кафе у дома`` a
    preposition). Without a preposition the head may be the subject: the name must be no animate noun.

Every span is uncertain (score 0.5, reason ``uncertain:orgappos``/``uncertain:orgappos-indecl``) for the reviewer.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import org_slots
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span

# Indeclinable type nouns (folded: ё->е, і->и, ў->у): the same form in every case.
_INDECLINABLE = frozenset("кафе кафэ бистро бістро".split())


def _lower(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The words ``tokens[start:end]`` are all written in lower case."""
    return all(tokens[k].text == tokens[k].text.lower() for k in range(start, end))


def _cased_slots(text: str, tokens: Sequence[Token], language: str, tail: org_slots.Tail) -> list[Span]:
    """``appos`` rule: ``org_slots``' slot names written in lower case in text with capitals."""
    out: list[Span] = []
    for span in org_slots.slot_spans(text, tokens, language, tail):
        name = text[span.start : span.end]
        if name == name.lower():
            out.append(org_span(text, span.start, span.end, "appos", 0.5, True))
    return out


def _indeclinable(text: str, tokens: Sequence[Token], language: str, lowercase: bool) -> list[Span]:
    """``appos-indecl`` rule: a nominative name after an indeclinable type noun."""
    out: list[Span] = []
    for i, tok in enumerate(tokens[:-1]):
        if tok.norm not in _INDECLINABLE or not tokens[i + 1].spaced:
            continue
        before = tokens[i - 1] if i > 0 else None
        cases = tuple(c for c in org_slots.GOVERNS.get(before.norm, ()) if c != "accs") if before else ()
        end = org_slots.filled(tokens, i + 1, cases, language)
        if end > i + 1 and (lowercase or _lower(tokens, i + 1, end)):
            out.append(org_span(text, tokens[i + 1].start, tokens[end - 1].end, "appos-indecl", 0.5, True))
    return out


def detect(text: str, tokens: Sequence[Token], language: str, lowercase: bool, tail: org_slots.Tail) -> list[Span]:
    """Organisation names in apposition to a type noun that ``org_slots.detect`` leaves to this module:
    lower-case names in text with capitals, and names after an indeclinable type noun."""
    if language not in ("ru", "be") or not tokens:
        return []
    out = [] if lowercase else _cased_slots(text, tokens, language, tail)
    return out + _indeclinable(text, tokens, language, lowercase)
