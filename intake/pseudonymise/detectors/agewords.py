"""Ages and terms said as one compound adjective (AGE_OR_SENTENCE, uncertain, reason ``uncertain:age``).

Russian and Belarusian join a number in the genitive to ``-летний``/``-гадовы`` (years) or ``-месячный``/
``-месячны`` (months), in every case and gender: ``девятнадцатилетнего студента``, ``двадцатипятилетняя``,
``пяцігадовы тэрмін``, and with digits ``19-летнего``, ``19-гадовага``, ``6-месячный``. Either an age or a term,
both the same label. The number is read from the prefix with the spoken-number lexicon (one word, or tens and
units run together), 1-110; ``многолетний`` or ``тысячелетний`` are not ages, nor one that describes a thing
(``пятилетний план``, ``двадцатилетний коньяк``: ``aged_things.py``). (English ``24-year-old`` and
``five-year`` are ``quasi.py``'s.)
"""

from __future__ import annotations

from intake.pseudonymise.detectors.aged_things import is_thing
from intake.pseudonymise.detectors.numwords import lookup
from intake.pseudonymise.detectors.pattern_tokens import Words
from intake.pseudonymise.detectors.termbase import uncertain
from intake.pseudonymise.spans import Span

_SUFFIXES = ("летн", "гадов", "месячн")


def _split(low: str) -> tuple[str, str] | None:
    """(number prefix, suffix stem) of a compound such as ``девятнадцатилетнего``, else None."""
    for stem in _SUFFIXES:
        k = low.find(stem, 3)
        if k > 0:
            return low[:k], stem
    return None


def _value(prefix: str) -> int | None:
    """The number a genitive prefix spells: ``девятнадцати`` 19, ``двадцатипяти`` 25, ``пяці`` 5."""
    whole = lookup(prefix)
    if whole is not None:
        return None if whole[1] else whole[0]
    for k in range(4, len(prefix) - 2):
        tens, units = lookup(prefix[:k]), lookup(prefix[k:])
        if tens is None or units is None or tens[1] or units[1]:
            continue
        if tens[0] in range(20, 100, 10) and 1 <= units[0] <= 9:
            return tens[0] + units[0]
    return None


def compounds(text: str, words: Words) -> list[Span]:
    """Every compound age or term of ``text``."""
    toks = words.tokens
    out: list[Span] = []
    for i, tok in enumerate(toks):
        low = tok.low
        digits = bool(i) and low.startswith(_SUFFIXES) and words.gaps[i - 1] == "-" and toks[i - 1].text.isdigit()
        if not digits and (len(low) < 7 or not low.isalpha() or not any(s in low for s in _SUFFIXES)):
            continue  # no compound: the cheap tests first, the thing's test (a regex) only for a compound
        if i + 1 < len(toks) and not words.gaps[i].strip() and is_thing(toks[i + 1].low):
            continue  # ``пятилетний план``, ``двадцатилетний коньяк``: a thing's age (``aged_things.py``)
        if digits:
            if 0 < int(toks[i - 1].text) <= 110:  # 19-летнего, 6-месячный
                out.append(uncertain(text, toks[i - 1].start, tok.end, "age"))
            continue
        parts = _split(low)
        value = _value(parts[0]) if parts else None
        if value is not None and 0 < value <= 110:
            out.append(uncertain(text, tok.start, tok.end, "age"))
    return out
