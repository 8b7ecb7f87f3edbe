"""Recall-first AGE_OR_SENTENCE: terms, shares of terms, bare ages and spoken article numbers.

Whisper writes numbers in digits or in words, and people leave the unit out once it is clear. These rules
take the *shape* of a quasi-identifier, whatever unit or language, and mark it uncertain (score 0.5, reason
``uncertain:<kind>``) so that the reviewer can release a harmless number with one key:

* ``duration``: an amount (digits or words, ``с половиной``/``з паловай``/``and a half``, ``полтора``,
  ``паўтара``) and a time unit (``3 года``, ``шестьдесят месяцев``, ``тры з паловай гады``), unless the
  time is relative (``назад``, ``ago``, ``раз в``, ``every``); also a half amount without a unit
  (``адсядзеў тры з паловай``);
* ``share``: served of a term, ``два из трёх``, ``паўтара з двух з паловай``, ``two and a half out of five``;
* ``age``: a bare number (1-110, no noun after it) right after an age cue: a dative person (``Нестеровичу
  45``, ``яму 17 ці 18``), ``было``/``будет``/``be``/``'s``/``now``/``сейчас``/``ужо``, or in the answer
  to an age question (``Колькі гадоў маме? - сорак сем``), in ``cued_ages.py``;
* ``article``: spoken article numbers, in ``spoken_articles.py``;
* a bare number that carries the unit of a term just before it, in ``unit_carry.py``.
"""

from __future__ import annotations

from bisect import bisect_left

from intake.pseudonymise.detectors import (
    bare_terms,
    careers,
    corrections,
    cued_ages,
    duration_frames,
    echoes,
    elided_units,
    month_counts,
    remand_terms,
    restated_numbers,
    spoken_articles,
    unit_carry,
)
from intake.pseudonymise.detectors.aged_things import is_thing
from intake.pseudonymise.detectors.pattern_tokens import Words
from intake.pseudonymise.detectors.regime_terms import regime_terms
from intake.pseudonymise.detectors.spans_of_life import ordinary as ordinary_life
from intake.pseudonymise.detectors.termbase import (
    COUNTED,
    ONE,
    UNITS,
    countable,
    number_openers,
    remaining,
    roughly,
    unit_gap,
)
from intake.pseudonymise.detectors.termbase import blank as _blank
from intake.pseudonymise.detectors.termbase import cardinal as _cardinal
from intake.pseudonymise.detectors.termbase import uncertain as _uncertain
from intake.pseudonymise.spans import Span

_HALF = frozenset("полтора полторы полутора паўтара паўтары".split())
_HALF_TAIL = (("с", "половиной"), ("з", "паловай"), ("and", "a", "half"))
_OF = {("из",), ("з",), ("out", "of"), ("of",), ("of", "the"), ("са",), ("со",)} | {
    ("of", whose) for whose in ("his", "her", "their", "my")  # ``two of his three years``
}
_OF_LONGEST_FIRST = sorted(_OF, key=len, reverse=True)
RELATIVE_AFTER = frozenset(
    "назад тому спустя ago later back before раней раньше older younger старше моложе старэй маладзей".split()
)
# ``через два месяца мы уехали``, ``праз тры дні``, ``in four years``: a span of time after or within
# which something else happened, unless a term or a release is spoken of (``отпустили через 10 суток``).
_WITHIN = frozenset("через праз after in within".split())
_TERM_CUE = ("выйд", "выход", "вышел", "вышл", "выйш", "выпуст", "отпуст", "адпуст", "освобод", "вызвал", "release",
             "out", "free", "сид", "сядз", "отсид", "адсядз", "срок", "тэрмін", "дали", "далі", "sentenc", "serv",
             "колони", "калоні", "colony", "prison", "jail", "турм", "тюрьм", "арест", "арешт", "арышт", "сут")
# A possessive before a duration makes it the possessor's own term (``after my fifteen days on okrestina now i
# live in warsaw``, ``после своих пятнадцати суток``): a verb of ordinary life near it is another clause's.
# ``her`` is left out: it is an object as often (``i have known her ten years``).
_OWNERS = frozenset("my his their our your свои своих свае сваіх мои моих мае маіх".split())
RELATIVE_BEFORE = frozenset("every каждые каждыя кожныя last последние апошнія ближайшие".split())


def _seq(words: Words, i: int, seq: tuple[str, ...]) -> bool:
    toks = words.tokens
    if i + len(seq) > len(toks):
        return False
    return all(toks[i + k].low == w for k, w in enumerate(seq)) and all(
        _blank(words, i + k - 1) for k in range(1, len(seq))
    )


def _amount(words: Words, i: int) -> tuple[int, bool] | None:
    """(index after, has a half) of ``три``, ``3``, ``три с половиной``, ``полтора``."""
    toks = words.tokens
    if i >= len(toks):
        return None
    if toks[i].low in _HALF:
        return i + 1, True
    card = _cardinal(words, i)
    if card is None or not 0 < card[0] < 100:
        return None
    j = i + card[1]
    if _decimal(words, i, j):
        return j + 1, False  # ``2,5``, ``3.5``
    if j < len(toks) and not _blank(words, j - 1):
        return j, False
    for tail in _HALF_TAIL:
        if _seq(words, j, tail) and _blank(words, j - 1):
            return j + len(tail), True
    return j, False


def _past_large(words: Words, i: int) -> int:
    """Tokens to skip at ``i``: a whole number of a hundred and more (its tail ``двадцать дней`` of ``сто двадцать
    дней`` is no term of its own; ``month_counts.py`` reads large counts), else one."""
    large = month_counts.large_amount(words, i) if words.tokens[i].low not in _HALF else None
    return large[1] - i if large is not None and large[0] >= 100 else 1


def _decimal(words: Words, i: int, j: int) -> bool:
    """``2,5``, ``3.5``; in unpunctuated speech ``2 5`` (a half: the only decimal said of terms)."""
    toks = words.tokens
    if j != i + 1 or j >= len(toks) or not toks[i].text.isdigit():
        return False
    point = words.gaps[i] in (",", ".") and toks[j].text.isdigit() and len(toks[j].text) == 1
    return point or (words.gaps[i] == " " and toks[j].text == "5" and int(toks[i].text) < 10)


def _of(words: Words, j: int) -> int | None:
    for seq in _OF_LONGEST_FIRST:
        if _seq(words, j, seq) and _blank(words, j - 1):
            return j + len(seq)
    return None


_SERVED = ("отсид", "отбыл", "отбыва", "адсядз", "адседз", "адбыў", "адбыл", "served", "serving", "done")


def _counts_people(words: Words, i: int, j: int) -> bool:
    """A share ``i..j`` counting the noun right after it (no dropped mark between), no serving verb before it."""
    toks = words.tokens
    if j >= len(toks) or not _blank(words, j - 1) or "  " in words.gaps[j - 1]:
        return False
    if any(t.low.startswith(_SERVED) for t in toks[max(0, i - 3) : i]):
        return False
    return toks[j].low in COUNTED or countable(toks[j])


# The words an amount or a large number can open with (:func:`amount_openers`) besides digits: ``_amount`` needs
# a half word or ``termbase.cardinal`` (digits or ``numwords.starts_number``), ``month_counts.large_amount``
# digits, ``a`` or ``starts_number``; at any other token ``durations`` steps on by one.
_OPENING_WORDS = _HALF | {"a"}


def amount_openers(words: Words) -> list[int]:
    """The indices, ascending, of the tokens at which :func:`durations` can read an amount (a superset)."""
    return number_openers(words, _OPENING_WORDS)


def durations(text: str, words: Words) -> list[Span]:
    """Terms with a unit, halves, and shares of a term."""
    toks = words.tokens
    out: list[Span] = []
    i, at, opens = 0, 0, amount_openers(words)
    while (at := bisect_left(opens, i, at)) < len(opens):
        i = opens[at]
        first = _amount(words, i)
        if first is None:
            i += _past_large(words, i)
            continue
        j, half = first
        share = False
        k = _of(words, j) if j < len(toks) and _blank(words, j - 1) else None
        if k is not None and toks[i].low not in ONE:
            second = _amount(words, k)
            if second is not None:
                j, share = second[0], True
                half = half or second[1]
        unit = j < len(toks) and toks[j].low in UNITS and unit_gap(words.gaps[j - 1])
        if share and not unit and _counts_people(words, i, j):
            share = False  # ``три из семи человек``, ``three of the seven people``: a count, not a term
        end = j + 1 if unit else j
        if unit and not share:
            end, share = _unit_share(words, _and_more(words, end))
        after = toks[end].low if end < len(toks) else ""
        before = toks[i - 1].low if i else ""
        twice = i >= 2 and toks[i - 2].low in ("раз", "once", "twice") and before in ("в", "у", "на", "every")
        single = end - i == 2 and unit and toks[i].low in ONE | {"1"}
        relative = after in RELATIVE_AFTER or before in RELATIVE_BEFORE or twice
        relative = relative or (not share and _not_a_term(words, i, end, unit)) or remaining(words, i, end)
        relative = relative or roughly(words, end) or _thing_after(words, i, end, unit)
        if (unit or half or share) and not relative and not single:
            kind = "share" if share else "duration"
            out.append(_uncertain(text, toks[i].start, toks[end - 1].end, kind))
            i = end
            continue
        i = end if unit and relative else i + 1  # ``двадцать три года`` read as no term: not ``три года`` either
    return out


def _not_a_term(words: Words, i: int, end: int, unit: bool) -> bool:
    """A working life (a work verb within a few words, same clause), or a bare half that counts a noun
    (``полторы тысячи``, ``полтора часа``)."""
    toks = words.tokens
    if not unit and toks[i].low in _HALF and end < len(toks) and _blank(words, end - 1) and countable(toks[end]):
        return True
    near = careers.clause_near(words, i, end)
    if i and toks[i - 1].low in _WITHIN and not any(t.low.startswith(_TERM_CUE) for t in near):
        return True
    owned = i and toks[i - 1].low in _OWNERS and _blank(words, i - 1)
    if unit and ((not owned and ordinary_life(words, i, end)) or duration_frames.framed_as_time(words, i, end)):
        return True  # ``знакомы пять лет``, ``за два дня собрали``, ``for twelve years``: ordinary time
    if unit and duration_frames.custody_days(words, i, end):
        return True  # ``на окрестина трое суток``: custody before a charge, no term
    if unit and remand_terms.remand(words, i, end):
        return True  # ``в СИЗО, там он четыре месяца был``: the wait for a trial, no term
    return careers.working(words, i, end, near)


def _thing_after(words: Words, i: int, end: int, unit: bool) -> bool:
    """``a five-year plan``, ``a twenty-year-old whisky``: a hyphened number and unit that describes a thing."""
    toks = words.tokens
    if not unit or end >= len(toks) or words.gaps[end - 2] != "-":
        return False
    if toks[end].low == "old" and words.gaps[end - 1] == "-":
        end += 1
    return end < len(toks) and not words.gaps[end - 1].strip() and is_thing(toks[end].low)


def _and_more(words: Words, end: int) -> int:
    """``четыре года и шесть месяцев``, ``three years and six months``: a second amount and unit joined by
    ``и``/``and``: index after it, else ``end``."""
    toks = words.tokens
    if end + 2 >= len(toks) or toks[end].low not in ("и", "і", "and") or not _blank(words, end - 1):
        return end
    more = _amount(words, end + 1) if _blank(words, end) else None
    if more is None or more[0] >= len(toks) or toks[more[0]].low not in UNITS or not _blank(words, more[0] - 1):
        return end
    return more[0] + 1


def _unit_share(words: Words, end: int) -> tuple[int, bool]:
    """``thirty months out of forty eight [months]``: a share whose first part carries the unit."""
    toks = words.tokens
    k = _of(words, end) if end < len(toks) and _blank(words, end - 1) else None
    second = _amount(words, k) if k is not None else None
    if second is None:
        return end, False
    j = second[0]
    return (j + 1 if j < len(toks) and toks[j].low in UNITS and _blank(words, j - 1) else j), True


def detect_terms(text: str, words: Words) -> list[Span]:
    """Every recall-first AGE_OR_SENTENCE span of ``text`` (may overlap the evidence of ``quasi``)."""
    found = durations(text, words) + month_counts.counts(text, words)
    found += cued_ages.ages(text, words)
    found += spoken_articles.articles(text, words) + spoken_articles.admin_articles(text, words)
    found += unit_carry.carried(text, words, found) + echoes.echoed(text, words, found)
    found += bare_terms.detect_bare(text, words) + regime_terms(text, words)
    found += elided_units.elided(text, words, found)
    found += restated_numbers.restated(text, words, found)
    return found + corrections.corrections(text, words, found)
