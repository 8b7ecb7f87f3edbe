"""A parish's dedication after its head noun in lower-case speech (``org_slots.py``'s ``slot`` rule).

``святога``/``святой``/``св.`` and a name after ``парафія``/``приход`` are the parish's name (``у парафіі
святога карла барамея``, ``в приходе святой троицы``): the dedication is a genitive, so the name runs over
words read as a genitive or that no dictionary knows, at most two after the saint word. A feast's verbal noun
may open it (``у парафіі узвышэння святога крыжа``, ``в приходе успения святой анны``). Two saints joined by
``і``/``и`` (``святых пятра і паўла``) are one dedication (:func:`pair_end`, also read by ``org_saint_pairs.py``).
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
_PLURAL = frozenset("святых свв".split())  # a saint word that needs two names (``святых пятра і паўла``)
_CONJ = frozenset("и і й".split())


@lru_cache(maxsize=20_000)
def genitive_or_unknown(word: str, language: str) -> bool:
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
        if is_stop_word(tokens[k].norm) or not genitive_or_unknown(tokens[k].norm, language):
            break  # the dedication is a genitive (``святого николая``; not ``... каждое``)
        k += 1
    return max(k if k > saint + 1 else j, pair_end(tokens, j, language))


def _feast(tokens: Sequence[Token], j: int, language: str) -> bool:
    """A feast's genitive noun before the saint word (``узвышэння``, ``успения``): a Belarusian or Russian
    verbal noun in ``-ння``/``-ния``, spaced, then a saint word."""
    tok = tokens[j]
    if j + 2 >= len(tokens) or not (tok.spaced and tokens[j + 1].spaced and tok.cyrillic):
        return False
    verbal = tok.norm.endswith(("ння", "ния", "ньня")) and not is_stop_word(tok.norm)
    return verbal and tokens[j + 1].norm in SAINT and genitive_or_unknown(tok.norm, language)


def pair_end(tokens: Sequence[Token], j: int, language: str) -> int:
    """Index after a dedication to two saints that starts at ``j`` (``святых пятра і паўла``), else ``j``."""
    saint = j < len(tokens) and tokens[j].norm in SAINT and tokens[j].spaced
    first = j + saint
    conj = first + 1
    if conj + 1 >= len(tokens) or tokens[conj].norm not in _CONJ or not _name(tokens[first], language):
        return j
    second_saint = tokens[conj + 1].norm in SAINT
    last = conj + 1 + second_saint
    spaced = tokens[conj].spaced and tokens[conj + 1].spaced
    if last >= len(tokens) or not spaced or not _name(tokens[last], language):
        return j
    one, two = tokens[first], tokens[last]
    capitals = one.cap and two.cap and all(namelex.russian_reading(t.norm)[1].place < 0.5 for t in (one, two))
    proof = (saint and tokens[j].norm in _PLURAL) or second_saint or capitals  # not ``церкви Москвы и Минска``
    names = all(_given(t.norm) and genitive_or_unknown(t.norm, language) for t in (one, two))  # not ``маша и петя``
    return last + 1 if proof or names else j


def _name(tok: Token, language: str) -> bool:
    """A word that may be a saint's name in the genitive: Cyrillic, spaced, no function word, no verb."""
    if not (tok.spaced and tok.cyrillic and tok.norm.isalpha()) or len(tok.norm) < 3 or is_stop_word(tok.norm):
        return False
    reads = genitive_or_unknown(tok.norm, language) or _given(tok.norm)  # ``февронии``: a name first
    return reads and namelex.verb_share(tok.norm) < 0.3


def _given(norm: str) -> bool:
    """A folded word read (through its Russian spelling) as a given name most of the time (``петра``), or a case
    form of a listed given name (``барыса``)."""
    return namelex.russian_reading(norm)[1].name >= 0.5 or bool(namelex.first_names().lookup_first(norm))
