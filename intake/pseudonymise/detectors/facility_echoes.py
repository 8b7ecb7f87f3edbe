"""A facility named once by a designator, later by its bare number alone (round 15).

``He is in IK-17 ... he was in the same unit in seventeen``, ``penal colony No. 15 ... our letters to 15``,
``в ИК-17 ... на свидание в семнадцать``: the number of a numbered facility (``ИК``/``ІК``/``IK``, ``колония``,
``калонія``, ``colony``, ``prison``, ``тюрьма``, ``турма``, with or without a number mark) names the same
facility when it comes back later in the text, as digits or a cardinal number word after a preposition of
place or motion and not followed by what it counts (``в семнадцать лет``, ``in 15 minutes``, ``at three
o'clock``).  Such a mention is DETENTION, uncertain (score 0.5, reason ``uncertain:facility``).  Slang
numbers and ordinals (``на пятнашке``, ``in the fifteenth``) are the colony detector's.
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.numwords import read_number
from intake.pseudonymise.detectors.pattern_tokens import Words, ends_clause
from intake.pseudonymise.spans import UNCERTAIN, Span

_HEAD = re.compile(r"^(?:ик|ік|ic|ik|колони\w*|калоні\w*|colony|prison|тюрьм\w*|турм\w*)$")
_HEAD_STARTS = frozenset("ик ік ic ik ко ка co pr тю ту".split())  # cheap gate before the expression
_MARK = frozenset("номер нумар number no n".split())
_PREPS = frozenset("в во на у ў из з с со до да in at to from into".split())
# words after a number that make it a count, a time or a date, not a facility (English)
_EN_UNITS = frozenset("year month day week people percent o'clock o clock pm am oclock times".split())
_SLAVIC_PLACE = frozenset("под пад около каля возле в у на".split())
# English: a time of day after the number (``at 8 in the morning``), a subject after ``at`` + number (``at
# seventeen I did not understand``: an age or a clock time opening a clause)
_EN_DAYTIME = frozenset("morning evening afternoon night".split())
_EN_SUBJECTS = frozenset("i he she we they you it my his her our their".split())


def _value(words: Words, i: int) -> tuple[int, int] | None:
    """(value, index after) of a cardinal number at ``i``: digits (one or two) or number words."""
    tok = words.tokens[i]
    if tok.text.isdigit():
        return (int(tok.text), i + 1) if len(tok.text) <= 2 else None
    num = read_number([t.low for t in words.tokens[i : i + 3]], words.gaps[i : i + 3])
    if num is None or num.ordinal:
        return None
    return num.value, i + num.used


def _named_numbers(words: Words) -> dict[int, int]:
    """The number of each designated facility and the index of the token after the designation."""
    toks = words.tokens
    out: dict[int, int] = {}
    for i in range(len(toks) - 1):
        if toks[i].low[:2] not in _HEAD_STARTS or not _HEAD.match(toks[i].low):
            continue
        j = i + 1
        if toks[j].low in _MARK and j + 1 < len(toks):
            j += 1
        if ends_clause(words.gaps[j - 1]) and words.gaps[j - 1].strip() != ".":
            continue
        found = _value(words, j)
        if found and 1 <= found[0] <= 40:
            out.setdefault(found[0], found[1])
    return out


def _counts(words: Words, end: int) -> bool:
    """A unit or a counted noun right after the number (``лет``, ``minutes``, ``three o'clock``)."""
    toks = words.tokens
    if end >= len(toks) or ends_clause(words.gaps[end - 1]) or words.gaps[end - 1].strip() not in ("", "'"):
        return False
    low = toks[end].low
    if low.isascii():
        return low.endswith("s") or low in _EN_UNITS or _en_time_or_age(words, end)
    return low not in _SLAVIC_PLACE and namelex.noun_share(low.replace("і", "и").replace("ў", "у")) >= 0.5


def _en_time_or_age(words: Words, end: int) -> bool:
    """English words after the number at ``end`` make it a time of day (``8 in the morning``, ``8 at night``)
    or, after ``at``, an age or hour that opens a clause (``at seventeen I``)."""
    toks = words.tokens
    low = toks[end].low
    if low in ("in", "at") and any(t.low in _EN_DAYTIME for t in toks[end + 1 : end + 3]):
        return True
    start = end - 1
    while start > 0 and not words.gaps[start - 1].strip() and toks[start - 1].low not in _PREPS:
        start -= 1  # back over the number's words to its preposition
    return start > 0 and toks[start - 1].low == "at" and low in _EN_SUBJECTS


def detect_echoes(text: str, words: Words) -> list[Span]:
    """Bare numbers of facilities that the text designated earlier (DETENTION, uncertain)."""
    named = _named_numbers(words)
    if not named:
        return []
    toks = words.tokens
    out = []
    for i in range(1, len(toks)):
        if toks[i - 1].low not in _PREPS or words.gaps[i - 1].strip():
            continue
        found = _value(words, i)
        if found is None or named.get(found[0], len(toks)) > i or _counts(words, found[1]):
            continue
        if i >= 2 and (_HEAD.match(toks[i - 2].low) or toks[i - 2].low in _MARK):
            continue
        start, end = toks[i].start, toks[found[1] - 1].end
        out.append(Span(start, end, "DETENTION", text[start:end], 0.5, "colonies", f"{UNCERTAIN}:facility"))
    return out
