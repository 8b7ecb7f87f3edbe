"""Run a costly whole-text expression only where one of its obligatory literals occurs, with the same matches.

An IGNORECASE expression such as ``(?<!\\w)ORDINAL\\s+(?:колони\\w*|зон[аеуы]...)`` is tried at every position
of a transcript. Each of its matches contains one of a few literals (a head noun, a first word), which
``str.find`` locates in the lower-cased text at a fraction of the cost. :func:`gated_finditer` then tries the
expression only at the positions where a match can start and gives exactly what ``pattern.finditer(text)``
gives:

* ``pattern.finditer(text)`` yields, from ``pos = 0``, the match of the first position ``s >= pos`` where
  ``pattern.match(text, s)`` succeeds, then goes on from its end (none of the gated expressions matches the
  empty string). ``pattern.match(text, s)`` sees the whole text, lookbehinds included, so trying only a
  superset of the positions where a match can start, in order, yields the same matches.
* The positions: every occurrence of a literal in ``text.lower()`` (``starts_at``), or the starts of the
  ``words_before`` nearest ``\\w`` runs before it (``heads_at``), which the caller shows to hold the start of
  any match around that literal.
* ``text.lower()`` finds every place that IGNORECASE lets a literal match, unless the text holds one of
  :data:`UNLOWERED` (letters an IGNORECASE literal matches whose ``lower()`` is another letter, or longer, found
  by trying every code point: ``tests/pseudonymise/test_literal_gate.py``): then the plain ``finditer`` runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# Characters that an IGNORECASE Latin or Cyrillic letter matches although their ``lower()`` is not that letter.
UNLOWERED = "İıſᲀᲁᲂᲃᲄᲅᲆ"


def lowered(text: str) -> str | None:
    """``text.lower()`` when it keeps every offset and every IGNORECASE letter match; None otherwise."""
    low = text.lower()
    if len(low) != len(text) or any(c in text for c in UNLOWERED):
        return None
    return low


def occurrences(low: str, literals: Iterable[str]) -> list[int]:
    """Every offset of every literal in ``low`` (overlapping ones too), sorted."""
    out: set[int] = set()
    for lit in literals:
        i = low.find(lit)
        while i >= 0:
            out.add(i)
            i = low.find(lit, i + 1)
    return sorted(out)


def _is_word(c: str) -> bool:
    """``re``'s ``\\w`` for one character of a ``str`` pattern (Unicode alphanumerics and ``_``)."""
    return c.isalnum() or c == "_"


def starts_at(text: str, positions: list[int]) -> list[int]:
    """The positions that open a word (what ``(?<!\\w)`` lets a match start at)."""
    return [p for p in positions if p == 0 or not _is_word(text[p - 1])]


def heads_at(text: str, positions: list[int], words_before: int) -> list[int]:
    """For each position, the starts of the ``words_before`` nearest ``\\w`` runs before it; sorted, unique."""
    out: set[int] = set()
    for p in positions:
        i = p
        for _ in range(words_before):
            while i > 0 and not _is_word(text[i - 1]):
                i -= 1
            if i == 0:
                break
            while i > 0 and _is_word(text[i - 1]):
                i -= 1
            out.add(i)
    return sorted(out)


def finditer_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` when every match starts at one of ``starts`` (sorted) and none is empty."""
    pos = 0
    for s in starts:
        if s < pos:
            continue
        m = pattern.match(text, s)
        if m is not None:
            yield m
            pos = m.end()


def gated_finditer(
    pattern: re.Pattern[str], text: str, low: str | None, literals: tuple[str, ...], words_before: int = 0
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` where each match holds one of ``literals`` (lower case): at its start
    (``words_before == 0``, the pattern opening with ``(?<!\\w)``) or after at most ``words_before`` whole
    ``\\w`` runs, the first of which opens the match. ``low`` is :func:`lowered` of ``text``."""
    if low is None:
        return pattern.finditer(text)
    found = occurrences(low, literals)
    if not found:
        return iter(())
    starts = starts_at(text, found) if words_before == 0 else heads_at(text, found, words_before)
    return finditer_at(pattern, text, starts)


def opening_finditer(
    pattern: re.Pattern[str], text: str, low: str | None, literals: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` where every match opens with one of ``literals`` (lower case), at any
    position (no ``(?<!\\w)`` needed). ``low`` is :func:`lowered` of ``text``."""
    if low is None:
        return pattern.finditer(text)
    return finditer_at(pattern, text, occurrences(low, literals))
