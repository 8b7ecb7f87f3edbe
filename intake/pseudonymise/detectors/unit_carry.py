"""A term whose unit was said once: bare numbers that carry the unit of a term just before them.

People name the unit once and then drop it: ``три года, ну, два фактически``, ``уже сутки, тринадцать``,
``отделались сутками, по десять каждому``, ``fifteen days, out for one night, then fifteen again``. A bare
cardinal (1-99, nothing countable after it) within a few words after a term or an arrest unit
(``сутки``), in the same sentence, is a term too (uncertain, reason ``uncertain:duration``). A number that counts
something is not: before a noun, an adjective in the genitive plural (``три полевых сезона``) or an irregular English
plural (``twenty women``), or after ``человек`` (``человек восемь``, a round count).
"""

from __future__ import annotations

from intake.pseudonymise.detectors.numwords import read_number, starts_number
from intake.pseudonymise.detectors.pattern_tokens import Token, Words, ends_clause
from intake.pseudonymise.detectors.termbase import blank, cardinal, remaining, uncertain
from intake.pseudonymise.spans import Span

_WINDOW = 8  # tokens after the anchor
_ARREST_UNITS = frozenset("сутки суток суткам сутками суткі сутак days".split())
_ANCHOR_KINDS = ("terms.duration", "terms.share")
# a clock time, an order or a count of people rather than a term
_NOT_BEFORE = frozenset("в во у ў о об at around about около каля a the на номер нумар number no №".split())
_ONE = frozenset("один одна одно одни адзін адна адно one".split())
_COUNT_WORDS = frozenset(
    "человек чалавек people persons of из з раз раза times women men children".split()  # irregular plurals
)
_HEADS = frozenset("человек чалавек people".split())  # ``человек восемь``: an inverted round count of people
_GENITIVE_PLURAL = ("ых", "их", "іх")  # ``три полевых сезона``, ``дваццаць базавых``: a counted phrase


def _anchors(words: Words, found: list[Span]) -> list[int]:
    """Index of the last token of each term span and of each arrest unit word."""
    ends = {s.end for s in found if s.source in _ANCHOR_KINDS}
    return [i for i, t in enumerate(words.tokens) if t.end in ends or t.low in _ARREST_UNITS]


# English words in ``s`` that are no plural a number could count (``six was a gift``, ``seven is a lot``)
_NOT_PLURAL = frozenset(
    "was is has does this thus us yes as his hers its theirs ours yours plus less unless whereas always perhaps "
    "besides towards afterwards".split()
)


def countable(tok: Token) -> bool:
    """A word a number may count: a counter word, a plural in ``s``, or a noun to pymorphy3."""
    from intake.pseudonymise.detectors import namelex

    low = tok.low
    if low in _COUNT_WORDS or not low.isalpha():
        return True
    if low.isascii():
        return low.endswith("s") and low not in _NOT_PLURAL
    if len(low) >= 5 and low.endswith(_GENITIVE_PLURAL):
        return True  # an adjective of the counted noun, or a noun made of one (``базавых``: base units)
    return namelex.noun_share(low.replace("і", "и").replace("ў", "у")) >= 0.5


def _bare(words: Words, i: int) -> int | None:
    """Index after a bare cardinal at ``i`` that counts nothing, else None."""
    toks = words.tokens
    card = cardinal(words, i)
    if card is None or not 0 < card[0] < 100 or toks[i].low in _ONE:
        return None
    if i and (toks[i - 1].low in _NOT_BEFORE | _HEADS or toks[i - 1].text.isdigit() or starts_number(toks[i - 1].low)):
        return None
    end = i + card[1]
    if remaining(words, i, end):
        return None  # ``засталося два``: time still to serve
    if end < len(toks) and words.gaps[end - 1] in ("-", ".", ",") and toks[end].text.isdigit():
        return None  # 2,5 / 12-го / 3.30
    if end < len(toks) and blank(words, end - 1) and countable(toks[end]):
        return None
    if end < len(toks) and read_number([toks[end].low], []) is not None:
        return None
    return end


def carried(text: str, words: Words, found: list[Span]) -> list[Span]:
    """Bare numbers that take the unit of the term or arrest unit just before them."""
    toks = words.tokens
    taken = [(s.start, s.end) for s in found if s.label == "AGE_OR_SENTENCE"]
    out: list[Span] = []
    for anchor in _anchors(words, found):
        for i in range(anchor + 1, min(len(toks), anchor + 1 + _WINDOW)):
            if ends_clause(words.gaps[i - 1]):
                break
            if any(a <= toks[i].start < b for a, b in taken):
                break  # the next term starts: it anchors what follows
            end = _bare(words, i)
            if end is not None:
                out.append(uncertain(text, toks[i].start, toks[end - 1].end, "duration"))
                taken.append((toks[i].start, toks[end - 1].end))
                break
    return out
