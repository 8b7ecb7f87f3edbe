"""A term named by its regime (AGE_OR_SENTENCE, score 0.8): a number right before the regime of a colony.

Prisoners and their families name a sentence by its length and its regime, the unit often left unsaid:
``тринадцать строгого режима``, ``восемь лет усиленного``, ``пяць гадоў агульнага рэжыму``, ``six strict
regime``. A regime adjective in the genitive (``строгого``/``общего``/``усиленного``/``особого``,
``строгага``/``агульнага``/``узмоцненага``/``асаблівага``) or an English regime adjective followed by
``regime`` marks the number before it (digits or words, 1-30), with ``лет``/``гадоў``/``years`` between or
not; without that unit the regime noun must follow the adjective (``тринадцать строгих правил`` stays out).
The span is the number and its unit.
"""

from __future__ import annotations

from intake.pseudonymise.detectors.pattern_tokens import Words
from intake.pseudonymise.detectors.termbase import blank, cardinal
from intake.pseudonymise.spans import Span

_REGIME_ADJ = frozenset(
    "строгого общего усиленного особого строгага агульнага узмоцненага асаблівага особага strict general "
    "maximum reinforced high".split()
)
_REGIME_NOUN = frozenset("режима режим режиме рэжыму рэжым рэжыме regime".split())
_UNIT = frozenset("лет года год гадоў гады год years year".split())
_EN_ADJ = frozenset("strict general maximum reinforced high".split())


def _number_start(words: Words, end: int) -> int | None:
    """First index of a cardinal (1-30) that ends right before ``end``, or None."""
    for start in range(max(0, end - 4), end):
        if not all(blank(words, k) for k in range(start, end - 1)):
            continue
        card = cardinal(words, start)
        if card is not None and start + card[1] == end and 1 <= card[0] <= 30:
            return start
    return None


def regime_terms(text: str, words: Words) -> list[Span]:
    """``<number> [лет] <regime adjective> [режима]`` spans over the number and its unit."""
    toks = words.tokens
    out: list[Span] = []
    for r, tok in enumerate(toks):
        if tok.low not in _REGIME_ADJ or r == 0 or not blank(words, r - 1):
            continue
        noun = r + 1 < len(toks) and blank(words, r) and toks[r + 1].low in _REGIME_NOUN
        unit = toks[r - 1].low in _UNIT
        if (not unit and not noun) or (tok.low in _EN_ADJ and not noun):
            continue
        end = r - 1 if unit else r
        if unit and (end == 0 or not blank(words, end - 1)):
            continue
        start = _number_start(words, end)
        if start is not None:
            stop = toks[r - 1].end
            out.append(Span(toks[start].start, stop, "AGE_OR_SENTENCE", text[toks[start].start : stop], 0.8,
                            "terms.regime"))
    return out
