"""Token helpers shared by the recall-first AGE_OR_SENTENCE rules (terms, spoken_articles, unit_carry)."""

from __future__ import annotations

from intake.pseudonymise.detectors.numwords import read_number, starts_number
from intake.pseudonymise.detectors.pattern_tokens import Words
from intake.pseudonymise.spans import UNCERTAIN, Span


def uncertain(text: str, start: int, end: int, kind: str) -> Span:
    return Span(start, end, "AGE_OR_SENTENCE", text[start:end], 0.5, f"terms.{kind}", f"{UNCERTAIN}:{kind}")


def blank(words: Words, i: int) -> bool:
    return i < len(words.gaps) and words.gaps[i].strip(" -\u00a0") == ""


def cardinal(words: Words, i: int) -> tuple[int, int] | None:
    """(value, tokens used) of a cardinal in digits or words starting at ``i``."""
    tok = words.tokens[i]
    if tok.text.isdigit():
        return int(tok.text), 1
    if not starts_number(tok.low):
        return None
    num = read_number([t.low for t in words.tokens[i : i + 8]], words.gaps[i : i + 8])
    if num is None or num.ordinal:
        return None
    return num.value, num.used


# Infinitive endings (ru ``-ть``/``-ться``/``-чь``, be ``-ць``/``-цца``/``-чы``): a verb follows, nothing is counted
# (``мне пяцьдзясят тры, вярнуцца хачу``, ``ей сорок один работать надо``).
_INFINITIVE = ("ться", "тись", "ть", "чь", "цца", "ць")
# The eldest or youngest child named by an adjective in the dative (``старшему десять``, ``малодшай шэсць``).
ELDER_DATIVE = frozenset(
    "старшему младшему старшей младшей старшенькому младшенькой старэйшаму малодшаму старэйшай малодшай".split()
)


def infinitive(low: str) -> bool:
    """A Russian or Belarusian infinitive by its ending (at least five letters, so ``мать``/``путь`` are not)."""
    return len(low) >= 5 and not low.isascii() and low.endswith(_INFINITIVE)
