"""Numbers corrected as they are said: the correction repeats the kind of the number it corrects.

Speakers correct themselves (``ему было 29, нет, 35``; ``тридцать, вернее тридцать один``; ``she was
twenty-nine, no, thirty-five``; ``пяць, дакладней шэсць гадоў``), or approximate before they are exact (``под
семьдесят, 68 если точно``: not read here). The corrected number is the fact, and the first one is often the
only one a rule recognises (a cue sits before the first, none before the second). So a number right after a
correction word that follows an age, a term or an article (at most :data:`MAX_WORDS` words between, no sentence
end) takes the first one's label, with a unit word that directly follows it (``шесть лет``, ``six years``).

The correction words are everyday Russian, Belarusian and English speech, written for Intake; public domain.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.numwords import lookup
from intake.pseudonymise.detectors.pattern_tokens import Token, Words, ends_clause
from intake.pseudonymise.spans import Span

MAX_WORDS = 4
# One-word corrections; two-word ones are matched as a pair of tokens below.
_CORRECT = frozenset(
    "нет не вернее точнее поправка ой вярней дакладней дакладна no sorry correction rather actually wait "
    "nope".split()
)
_CORRECT_PAIRS = frozenset({("то", "есть"), ("гэта", "значыць"), ("i", "mean"), ("or", "rather")})
_FILLERS = frozenset("ну э ээ эээ um uh er erm".split())
_UNITS = frozenset(
    "год года лет гады гадоў месяцев месяца месяцаў суток сутак дней дзён years year months month days".split()
)
SOURCE = "patterns.correction"


def _numeric(tok: Token) -> bool:
    if tok.text.isdigit():
        return len(tok.text) <= 3
    entry = lookup(tok.low)
    return entry is not None and not entry[1]


def _corrected_from(tokens: Sequence[Token], gaps: Sequence[str], end: int) -> int | None:
    """Index of the first number token after a correction that starts at ``tokens[end]``, else None."""
    seen_correction = False
    j = end
    while j < len(tokens) and j - end < MAX_WORDS:
        if ends_clause(gaps[j - 1]) and "," not in gaps[j - 1]:
            return None
        low = tokens[j].low
        pair = (low, tokens[j + 1].low) if j + 1 < len(tokens) else ("", "")
        if pair in _CORRECT_PAIRS:
            seen_correction, j = True, j + 2
            continue
        if low in _CORRECT or low in _FILLERS:
            seen_correction = seen_correction or low in _CORRECT
            j += 1
            continue
        return j if seen_correction and _numeric(tokens[j]) else None
    return None


def _number_end(tokens: Sequence[Token], gaps: Sequence[str], i: int) -> int:
    """Index after the number starting at ``tokens[i]`` and a unit word right after it."""
    j = i
    while j + 1 < len(tokens) and _numeric(tokens[j + 1]) and gaps[j].strip() in ("", "-"):
        j += 1
    if j + 1 < len(tokens) and tokens[j + 1].low in _UNITS and not gaps[j].strip():
        j += 1
    return j + 1


def corrections(text: str, words: Words, found: Sequence[Span]) -> list[Span]:
    """AGE_OR_SENTENCE spans for numbers said as a correction of an age, a term or an article."""
    tokens, gaps = words.tokens, words.gaps
    ends = {t.end: k for k, t in enumerate(tokens)}
    out: list[Span] = []
    for span in found:
        if span.label != "AGE_OR_SENTENCE" or span.end not in ends:
            continue
        first = _corrected_from(tokens, gaps, ends[span.end] + 1)
        if first is None or tokens[first].start in {s.start for s in found}:
            continue
        stop = _number_end(tokens, gaps, first)
        begin, finish = tokens[first].start, tokens[stop - 1].end
        if not any(s.start < finish and begin < s.end for s in found):
            out.append(Span(begin, finish, "AGE_OR_SENTENCE", text[begin:finish], span.score, SOURCE, span.reason))
    return out
