"""A parish's dedication after its head noun in lower-case speech (``org_slots.py``'s ``slot`` rule).

``святога``/``святой``/``св.`` and a name after ``парафія``/``приход`` are the parish's name (``у парафіі
святога карла барамея``, ``в приходе святой троицы``): the dedication is a genitive, so the name runs over
words read as a genitive or that no dictionary knows, at most two after the saint word. A feast's verbal noun
may open it (``у парафіі узвышэння святога крыжа``, ``в приходе успения святой анны``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.stopwords import is_stop_word

SAINT = frozenset("святога святой святого святых святыя св".split())
PARISHES = ("парафи", "приход")
_BE_GENITIVE = ("а", "я", "ы", "и")


@lru_cache(maxsize=20_000)
def _genitive_or_unknown(word: str, language: str) -> bool:
    """A word read as a genitive, or one no dictionary knows (``барамея``); a Belarusian word by its ending."""
    if language == "be" and word.endswith(_BE_GENITIVE):
        return True
    parses = namelex.analyzer().parse(word)
    if not parses or not parses[0].is_known:
        return True
    return sum(float(p.score) for p in parses if p.tag.case == "gent") >= 0.3


def saint_end(tokens: Sequence[Token], i: int, j: int, language: str) -> int:
    """Index after a parish's dedication at ``j`` right after the head at ``i`` (``святога карла барамея``),
    or a feast's: a genitive noun and the saint word (``узвышэння святога крыжа``); ``j`` when there is none."""
    if j != i + 1 or j + 1 >= len(tokens) or not tokens[i].norm.startswith(PARISHES):
        return j
    saint = j
    if tokens[j].norm not in SAINT and _feast(tokens, j, language):
        saint = j + 1
    if tokens[saint].norm not in SAINT:
        return j
    k = saint + 1
    while k < len(tokens) and k - j <= 2 and tokens[k].spaced and tokens[k].cyrillic:
        if is_stop_word(tokens[k].norm) or not _genitive_or_unknown(tokens[k].norm, language):
            break  # the dedication is a genitive (``святого николая``; not ``... каждое``)
        k += 1
    return k if k > saint + 1 else j


def _feast(tokens: Sequence[Token], j: int, language: str) -> bool:
    """A feast's genitive noun before the saint word (``узвышэння``, ``успения``): a Belarusian or Russian
    verbal noun in ``-ння``/``-ния``, spaced, then a saint word."""
    tok = tokens[j]
    if j + 2 >= len(tokens) or not (tok.spaced and tokens[j + 1].spaced and tok.cyrillic):
        return False
    verbal = tok.norm.endswith(("ння", "ния", "ньня")) and not is_stop_word(tok.norm)
    return verbal and tokens[j + 1].norm in SAINT and _genitive_or_unknown(tok.norm, language)
