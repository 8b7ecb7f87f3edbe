"""Terms counted in months or days with a large number (AGE_OR_SENTENCE, uncertain: ``terms.count``).

People who count a term in months or days reach numbers of a hundred and more (``сто тридцать два месяца``,
``сто дваццаць месяцаў``, ``a hundred and thirty-two months``, ``132 месяца``, ``сто восемьдесят суток``).
``terms.py`` keeps amounts under a hundred (larger ones are prices, years and counts); this rule takes an
amount of 100-9999 before a month or day unit when the clause frames it as a term:

* a verb of sentencing or serving, or a word for the term, a few words before it (``дали``, ``отсидел``,
  ``срок``, ``got``, ``served``, ``тэрмін``);
* or a term in years said nearby (``одиннадцать лет, это сто тридцать два месяца``): a restatement.

Relative time stays out: ``через сто двадцать дней отпуск``, ``сто дней назад``, ``every hundred days``.
"""

from __future__ import annotations

from bisect import bisect_left

from intake.pseudonymise.detectors.numwords import read_number, starts_number
from intake.pseudonymise.detectors.pattern_tokens import Words, ends_clause
from intake.pseudonymise.detectors.termbase import blank, number_openers, uncertain, unit_gap
from intake.pseudonymise.spans import Span

_COUNT_UNITS = frozenset(
    "месяц месяца месяцев месяцам месяцами месяцах месяцы месяцаў месяцамі сутки суток суткам сутками сутак "
    "суткі дней дня дням днями дзён дні дзям month months day days".split()
)
_YEAR_UNITS = frozenset("лет года год годам гадоў гады гадам year years".split())
# stems of the words that frame a term: verbs of sentencing and serving, the term itself
_CUES = (
    "дали", "дал", "дадут", "получил", "присуд", "приговор", "осуд", "впаял", "назначил", "отсид", "отбы", "сидел",
    "срок", "далі", "даў", "атрымаў", "атрымал", "прысудз", "прыгавар", "асудз", "адсядз", "адседз", "адбы",
    "сядзе", "тэрмін", "gave", "got", "given", "sentenc", "served", "serving", "term", "prison", "colony",
    "колони", "калоні", "лишения", "пазбаўлення",
)
_RELATIVE_BEFORE = frozenset("через праз after in within every каждые кожныя последние апошнія за".split())
_RELATIVE_AFTER = frozenset("назад таму ago later спустя пазней отпуск адпачынак".split())
_CUE_WINDOW = 8
_YEARS_WINDOW = 12


def large_amount(words: Words, i: int) -> tuple[int, int] | None:
    """(value, index after) of a number of a hundred or more at ``i``: digits, words, ``a hundred ...``."""
    toks = words.tokens
    tok = toks[i]
    if tok.text.isdigit():
        return (int(tok.text), i + 1) if len(tok.text) <= 4 else None
    if tok.low == "a":
        if i + 1 >= len(toks) or toks[i + 1].low not in ("hundred", "thousand"):
            return None
    elif not starts_number(tok.low):
        return None
    num = read_number([t.low for t in toks[i : i + 9]], words.gaps[i : i + 9])
    if num is None or num.ordinal:
        return None
    return num.value, i + num.used


def _cued(words: Words, i: int) -> bool:
    """A verb of sentencing or serving, or a word for the term, a few words before ``i`` in its sentence."""
    toks = words.tokens
    k = i - 1
    while k >= 0 and i - k <= _CUE_WINDOW:
        if toks[k].low.startswith(_CUES):
            return True
        if k and ends_clause(words.gaps[k - 1]):
            break
        k -= 1
    return False


def _years_near(words: Words, i: int, end: int) -> bool:
    """A term in years (a number and a year unit) within a few words of the count: a restatement."""
    toks = words.tokens
    lo, hi = max(0, i - _YEARS_WINDOW), min(len(toks), end + _YEARS_WINDOW)
    for k in range(lo + 1, hi):
        if toks[k].low in _YEAR_UNITS and (starts_number(toks[k - 1].low) or toks[k - 1].text.isdigit()):
            return True
    return False


def _relative(words: Words, i: int, end: int) -> bool:
    toks = words.tokens
    before = toks[i - 1].low if i else ""
    after = toks[end].low if end < len(toks) else ""
    return before in _RELATIVE_BEFORE or after in _RELATIVE_AFTER


_A = frozenset({"a"})


def count_openers(words: Words) -> list[int]:
    """The indices, ascending, of the tokens at which :func:`large_amount` can read a number (a superset):
    digits, ``a`` or a ``numwords.LEXICON`` word (``starts_number``); :func:`counts` steps between them."""
    return number_openers(words, _A)


def counts(text: str, words: Words) -> list[Span]:
    """Every month or day count of a hundred and more framed as a term."""
    toks = words.tokens
    out: list[Span] = []
    if not any(t.low in _COUNT_UNITS for t in toks):
        return out
    i, at, opens = 0, 0, count_openers(words)
    while (at := bisect_left(opens, i, at)) < len(opens):
        i = opens[at]
        amount = large_amount(words, i)
        if amount is None or not 100 <= amount[0] <= 9999:
            i += 1
            continue
        j = amount[1]
        unit = j < len(toks) and toks[j].low in _COUNT_UNITS and unit_gap(words.gaps[j - 1])
        if not unit or _relative(words, i, j + 1) or not (blank(words, j - 1) or words.gaps[j - 1].strip() == ""):
            i = j
            continue
        if _cued(words, i) or _years_near(words, i, j + 1):
            out.append(uncertain(text, toks[i].start, toks[j].end, "count"))
        i = j + 1
    return out
