"""Spelling keys for names: one skeleton for a name's Cyrillic form and its usual Latin spellings, and the edit
distance a speech-recognition misspelling may differ by (used by ``propagate.py``)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from intake.pseudonymise.translit import passport

_SKELETON_STEPS = (
    ("shch", "s"),
    ("szcz", "s"),
    ("sch", "s"),
    ("sz", "s"),
    ("sh", "s"),
    ("zh", "z"),
    ("kh", "h"),
    ("cz", "c"),
    ("ch", "c"),
    ("ts", "c"),
    ("tz", "c"),
    ("w", "v"),
    ("g", "h"),
    ("y", "i"),
    ("j", "i"),
    ("ie", "e"),
    ("io", "o"),
    ("iu", "u"),
    ("ia", "a"),
    ("o", "a"),
    ("x", "ks"),
    ("q", "k"),
)


@lru_cache(maxsize=50_000)
def skeleton(word: str) -> str:
    """A lossy spelling key shared by a name's Cyrillic form and its usual Latin spellings.

    Cyrillic is first transliterated (passport style); diacritics go; then digraphs of the BGN/ICAO,
    Polish and Łacinka systems collapse to one letter (``zh``/``ż``/``ž`` -> ``z``, ``cz``/``ch``/``č``
    -> ``c``, ``g``/``h`` -> ``h``, ``w`` -> ``v``, ``j``/``y`` -> ``i``), ``o`` and ``a`` merge (Belarusian
    akanye: ``Ковальчук`` / ``Kavalčuk``) and doubled letters are single.
    """
    low = word.lower()
    if _CYRILLIC_BLOCK.search(low):
        low = passport(low)
    low = low.replace("ł", "l").replace("ŭ", "u")
    if not (low.isascii() and low.isalpha()):  # else NFD changes nothing and every letter stays
        low = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c) and c.isalpha())
    for old, new in _SKELETON_STEPS:
        low = low.replace(old, new)
    return _DOUBLED.sub(r"\1", low)


_CYRILLIC_BLOCK = re.compile("[\u0400-\u04ff]")
_DOUBLED = re.compile(r"(.)\1+", re.DOTALL)  # a run of one letter: kept once


def within(a: str, b: str, limit: int) -> bool:
    """Levenshtein distance of ``a`` and ``b`` is at most ``limit`` (early exit).

    A common prefix and suffix do not change the distance, so they are cut first; what remains usually
    decides at once (one edit: one letter left on each side), else a table over the short remainders.
    """
    if abs(len(a) - len(b)) > limit:
        return False
    n, i = min(len(a), len(b)), 0
    while i < n and a[i] == b[i]:
        i += 1
    a, b = a[i:], b[i:]
    k = 0
    while k < len(a) and k < len(b) and a[-1 - k] == b[-1 - k]:
        k += 1
    if k:
        a, b = a[:-k], b[:-k]
    if not a or not b:
        return len(a) + len(b) <= limit
    if limit <= 1:  # both remainders differ at their first and last letters: one edit only when one letter each
        return limit == 1 and len(a) == 1 and len(b) == 1
    return _table_within(a, b, limit)


def _table_within(a: str, b: str, limit: int) -> bool:
    """The Levenshtein table in a band of ``limit`` cells either side of the diagonal (a path that leaves the band
    costs more than ``limit`` edits: cells outside it count as ``limit + 1``), left as soon as a row's minimum
    exceeds ``limit``."""
    over, m = limit + 1, len(b)
    prev = [j if j <= limit else over for j in range(m + 1)]
    for i, ca in enumerate(a, 1):
        lo, hi = max(1, i - limit), min(m, i + limit)
        cur = [over] * (m + 1)
        if i <= limit:
            cur[0] = i
        for j in range(lo, hi + 1):
            cost = prev[j - 1] + (ca != b[j - 1])
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, cost, over)
        if min(cur[lo - 1 : hi + 1]) > limit:
            return False
        prev = cur
    return prev[-1] <= limit


def near_miss_limit(word: str) -> int:
    """Edit distance tolerated for a speech-recognition misspelling of ``word``."""
    n = len(word)
    return 2 if n > 8 else 1 if n > 5 else 0
