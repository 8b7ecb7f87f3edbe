"""Sentence lengths said as ONE word after a verb of sentencing or serving (AGE_OR_SENTENCE, uncertain, reason
``uncertain:duration``): ``осудили на год``, ``сел на пятилетку``, ``получил пятерик``, ``отсидел червонец``,
``дали пожизненное``, ``адсядзеў дзясятку``, ``прысудзілі пажыццёвае``, ``he got life``, ``was sentenced to a
decade``, ``served a life sentence``.

The words: numeral nouns of a term (``bare_terms.SLANG_TERMS``), ``пятилетка``/``пятерик``, a life sentence
(``пожизненное``, ``пажыццёвае``, ``life``), ``год``/``полгода``/``паўгода`` and ``a decade``. The verbs: those
of giving a sentence (``bare_terms.GIVE``), of serving one (``отсидел``, ``адсядзеў``, ``served``) and of going
to prison for it (``сел на``, ``сеў на``), the convict, a particle or the preposition between. A word for a
life sentence takes the noun after it (``пожизненный срок``, ``a life sentence``); before another noun it is
that noun's adjective and no term (``пожизненный пропуск``).
"""

from __future__ import annotations

from intake.pseudonymise.detectors.morphology import noun_share, russian_reading
from intake.pseudonymise.detectors.pattern_tokens import Words, ends_clause
from intake.pseudonymise.detectors.termbase import blank, uncertain
from intake.pseudonymise.spans import Span

_SERVE = frozenset(
    "отсидел отсидела отсидели отсидит отбыл отбыла отбывает отбывал сидит сидел сидела сел села сели сядет "
    "адсядзеў адсядзела адсядзелі адбыў адбыла сядзіць сядзеў сеў села served serving serve serves did doing handed "
    "sentenced".split()
)
_LIFE = frozenset(
    "пожизненное пожизненный пожизненного пожизненному пожизненным пожизненка пожизненку пажыццёвае пажыццёвы "
    "пажыццёвага пажыццёвым life".split()
)
_WORDS = _LIFE | frozenset(
    "пятилетку пятилетка пятилетки пятерик пятерика пятерику пятеру трёху трешник пятак год полгода паўгода "
    "decade".split()
)
_TERM_NOUN = frozenset(
    "срок срока сроку лишения лишение заключение заключения тэрмін тэрміну зняволенне зняволення пазбаўленне "
    "пазбаўлення sentence term imprisonment".split()
)
_BETWEEN = frozenset(
    "на к да to down a an ему ей им мне нам тебе яму ёй ім him her them me us всего только лишь ещё еще толькі "
    "ўсяго яшчэ only just ну э um uh".split()
)
_ENGLISH_AFTER = frozenset("for in and but without with when as at on".split())  # ``got life for``, not ``life of``


def _after_verb(words: Words, v: int) -> int | None:
    """Index of the first word after verb ``v`` and the words :data:`_BETWEEN` (at most three), else None."""
    toks = words.tokens
    i = v + 1
    while i < len(toks) and i - v <= 3 and toks[i].low in _BETWEEN and not ends_clause(words.gaps[i - 1]):
        i += 1
    if i >= len(toks) or ends_clause(words.gaps[i - 1]) or words.gaps[i - 1].strip(" ,"):
        return None
    return i


def _end(words: Words, i: int) -> int | None:
    """Index after the one-word term at ``i`` (with its noun after a life word), else None."""
    toks = words.tokens
    low = toks[i].low
    if low not in _WORDS or (low in ("decade", "life") and not _english_ok(words, i)):
        return None
    if low == "decade" and (i == 0 or toks[i - 1].low not in ("a", "one")):
        return None
    end = i + 1
    if low in _LIFE and end < len(toks) and blank(words, i) and toks[end].low in _TERM_NOUN:
        end += 1
    elif low in _LIFE and low != "life" and _attribute(words, i):
        return None
    return end


def _attribute(words: Words, i: int) -> bool:
    """The life word at ``i`` qualifies the thing named right after it by one space, which is no term
    (``пожизненный пропуск``, ``пажыццёвае права``): a mostly inanimate noun in the nominative or accusative,
    as the adjective is; a dative (``пожизненное отцу``) or a being (``пожизненное брат говорит``) is not."""
    toks = words.tokens
    if i + 1 >= len(toks) or words.gaps[i] != " ":
        return False
    spelling, m = russian_reading(toks[i + 1].low)
    return noun_share(spelling) >= 0.5 and m.inanimate >= 0.5 and bool(m.case & {"nomn", "accs"})


def _english_ok(words: Words, i: int) -> bool:
    """``got life``, ``got life for a comment``; not ``got life insurance``, ``gave life to``."""
    toks = words.tokens
    j = i + 1
    if toks[i].low == "life" and j < len(toks) and toks[j].low in _TERM_NOUN and blank(words, i):
        return True
    return j >= len(toks) or ends_clause(words.gaps[i]) or toks[j].low in _ENGLISH_AFTER


# a bare number after these is a term too (``отсидел восемь``, ``адсядзеў пяць``; ``bare_terms.py`` reads it)
SERVED = frozenset("отсидел отсидела отсидели отбыл отбыла адсядзеў адсядзела адсядзелі адбыў адбыла served".split())


def word_terms(text: str, words: Words, give: frozenset[str], slang: frozenset[str]) -> list[Span]:
    """Every one-word term after a verb of sentencing (``give``) or serving (see the module doc); ``slang``:
    the numeral nouns of a term, taken after a verb of serving (after ``give`` ``bare_terms.py`` reads them)."""
    toks = words.tokens
    out: list[Span] = []
    for v, tok in enumerate(toks):
        if tok.low not in give and tok.low not in _SERVE:
            continue
        i = _after_verb(words, v)
        end = (i + 1 if toks[i].low in slang and tok.low not in give else _end(words, i)) if i is not None else None
        if i is not None and end is not None:
            start = i - 1 if toks[i].low == "decade" or (toks[i - 1].low in ("a", "an") and end > i + 1) else i
            out.append(uncertain(text, toks[start].start, toks[end - 1].end, "duration"))
    return out
