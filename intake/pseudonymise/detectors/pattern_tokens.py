"""Word tokens with offsets for the pattern scanners (digits included, unlike the names tokenizer)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from intake.pseudonymise.detectors.wraps import as_space

_WORD = re.compile(r"\w+")
_CLAUSE_END = re.compile(r"[.!?;:\n…]")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    low: str


def tokenize(text: str) -> list[Token]:
    """Every ``\\w+`` run of ``text`` with its code-point offsets."""
    out = []
    for m in _WORD.finditer(text):
        tok: Token = _new(Token)  # as Token(...), without the frozen dataclass's per-field __setattr__
        word = m.group()
        tok.__dict__.update(start=m.start(), end=m.end(), text=word, low=word.lower())
        out.append(tok)
    return out


_new = object.__new__


def gaps(text: str, tokens: list[Token]) -> list[str]:
    """``gaps[i]`` is the text between ``tokens[i]`` and ``tokens[i + 1]``, a soft wrap (:mod:`wraps`) read as
    the space it stands for (same length, so offsets computed from a gap stay exact)."""
    return [as_space(text, a.end, b.start) for a, b in itertools.pairwise(tokens)]


@dataclass(frozen=True)
class Words:
    """A text's tokens and the gaps between them, computed once and shared by the scanners."""

    tokens: list[Token]
    gaps: list[str]


def split(text: str) -> Words:
    """Tokens and gaps of ``text``."""
    tokens = tokenize(text)
    return Words(tokens, gaps(text, tokens))


def ends_clause(gap: str) -> bool:
    """True when the text between two tokens closes a sentence or clause (not a comma)."""
    return bool(_CLAUSE_END.search(gap))
