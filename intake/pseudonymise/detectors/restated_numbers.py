"""An age or term in digits said again in words right after it (AGE_OR_SENTENCE, uncertain ``restated``).

Speakers and transcribers give a number twice, the second time in words after a filler or a comma
(``бацьку 72 ну семдзесят два``, ``маме 64, ну, шестьдесят четыре``, ``he is 81 um eighty-one``): the words
carry the same identifying value as the digits before them. Only the same value counts (``маме 64, ну, три
кошки`` names no age), and only right after the anchor: at most two filler words between, no sentence end.
"""

from __future__ import annotations

from intake.pseudonymise.detectors.pattern_tokens import Words, ends_clause
from intake.pseudonymise.detectors.termbase import cardinal, uncertain
from intake.pseudonymise.spans import Span

_FILLERS = frozenset(
    "ну э ээ эээ м мм то есть вернее точнее гэта значыць um uh er erm like i mean sorry".split()
)
_MAX_FILLERS = 2


def _after(words: Words, last: int) -> int | None:
    """Index of the first word after the anchor's last token ``last`` that is not a filler, in the same sentence."""
    toks = words.tokens
    k = last + 1
    while k < len(toks) and k - last <= _MAX_FILLERS + 1:
        gap = words.gaps[k - 1]
        if ends_clause(gap) and gap.strip() not in (",", ""):
            return None
        if toks[k].low not in _FILLERS:
            return k
        k += 1
    return None


def restated(text: str, words: Words, found: list[Span]) -> list[Span]:
    """Spans of number words that restate an AGE_OR_SENTENCE span written in digits (one token)."""
    toks = words.tokens
    starts = {t.start: i for i, t in enumerate(toks) if t.text.isdigit()}
    out: list[Span] = []
    for anchor in found:
        i = starts.get(anchor.start)
        if i is None or toks[i].end != anchor.end:
            continue
        k = _after(words, i)
        if k is None or (k == i + 1 and words.gaps[i] == " ") or toks[k].text.isdigit():
            continue  # ``64 шестьдесят``: no pause, no restatement
        card = cardinal(words, k)
        if card is not None and card[0] == int(toks[i].text):
            out.append(uncertain(text, toks[k].start, toks[k + card[1] - 1].end, "restated"))
    return out
