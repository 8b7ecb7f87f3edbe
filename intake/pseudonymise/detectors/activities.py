"""Durations that measure an activity, not a term: ``два года живу в Вильнюсе``, ``мы пяць месяцаў збіралі на
машыну``, ``I've lived in Vilnius for two years``, ``the repairs took ten years``.

A duration is an activity when its clause holds a verb of doing (Russian or Belarusian folded to Russian, read
by pymorphy3; English from a list of the verbs a life story uses) that is not a verb of sentencing, serving or
staying, no word of a term or of detention is near, and the same length (in months) is not said elsewhere in
the text (a restated term: ``дали три года ... три года ждала``). ``terms.py`` then leaves it unmarked.
"""

from __future__ import annotations

from functools import lru_cache

from intake.pseudonymise.detectors.pattern_tokens import Words, ends_clause
from intake.pseudonymise.detectors.termbase import cardinal

_WINDOW = 3  # tokens each side, within the comma-free stretch around the duration
# stems of words that make a duration a term or a stay in detention, whatever verb is near
_TERM = (
    "сид", "сяд", "сядз", "сидел", "отсид", "адсядз", "адседз", "отбы", "адбы", "дал", "дад", "дат", "получ", "атрым",
    "присуд", "прысуд", "приговор", "срок", "тэрмін", "осуд", "асуд", "колони", "калоні", "зон", "тюрьм", "турм",
    "сизо", "сіза", "изолятор", "ізалятар", "арест", "арешт", "арышт", "задерж", "затрым", "держ", "трым", "сут",
    "хими", "хімі", "режим", "рэжым", "провел", "провёл", "правёў", "правяла", "провела", "выйд", "выйш", "вышел",
    "вызвал", "освобод", "отпуст", "адпуст", "этап", "шизо", "карцер", "окрестин", "акрэсцін", "жодин", "жодзін",
    "sentenc", "serv", "jail", "prison", "colony", "arrest", "detain", "held",
    "custody", "term", "verdict", "inside", "spent", "cell", "release", "out", "punish", "add", "добав", "дадал",
    # a term heard, read out, counted or told: ``услышала пять лет``, ``зачитали``, ``лічыў у месяцах``
    "слыш", "услыш", "сказ", "объяв", "зачит", "узна", "чул", "счит", "лічы", "heard", "said", "read", "announc",
    # a term that ends or runs out: ``три с половиной года кончились``, ``засталося``, ``to go``
    "конч", "законч", "заканч", "скончы", "истек", "истёк", "мину", "прайш", "прошл", "прошли", "остал", "застал",
    "ended", "left", "over", "remain",
    "count", "прокур", "пракур", "prosecut", "просил", "прасі", "asked", "demand", "требова", "патрабава",
    # a restatement: ``то есть тридцать шесть месяцев``, ``гэта шэсцьдзесят месяцаў``, ``which is``
    "есть", "это", "гэта", "значит", "значыць", "which",
)
# before the amount: an age (``с девяти лет``, ``ад пяці гадоў``) or the person it belongs to (``Палінка,
# дванаццаць гадоў``, ``мама восемьдесят девять лет``): not an activity whatever verb follows
_NOT_AFTER = frozenset("с со з ад от до к since from until мама папа дочка сын сынок дачка мужу жене".split())
_HALVES = (("с", "половиной"), ("з", "паловай"), ("and", "a"))
# English verbs of giving a term come before it (``got five years``); after it they are something else
# (``took four months to get the visa``)
_GIVEN = frozenset("got gave give given get gets".split())
_EN_ACTIVITY = frozenset(
    "live lived living lives work worked working works taught teach teaching studied study studying learn learned "
    "learning learnt drove drive driving waited wait waiting looked searched saved saving took take takes taking "
    "been known knew run ran running played playing trained training married dated collected built repaired "
    "volunteered managed coached wrote writing edited reported covered owned rented sold travelled traveled "
    "practised practiced stayed staying".split()
)
# a length in months (years, months) or in days (weeks, days, the arrest unit ``сутки``), to compare restatements
_UNIT_LENGTH = {
    **dict.fromkeys("год года лет гады гадоў years year".split(), ("m", 12)),
    **dict.fromkeys("месяц месяца месяцев месяцы месяцаў months month".split(), ("m", 1)),
    **dict.fromkeys("неделя недели недель неделю тыдзень тыдні тыдняў weeks week".split(), ("d", 7)),
    **dict.fromkeys("день дня дней дні дзён дзень days day сутки суток суткі сутак".split(), ("d", 1)),
}
# Belarusian past tense (``збіралі``, ``шукала``, ``ішоў``, ``жыў``) where the folded word is no Russian one
_BE_PAST = ("алі", "ялі", "ілі", "ылі", "элі", "ала", "яла", "іла", "ыла", "эла", "шоў", "ыў", "іў")
_ARREST = frozenset("сутки суток суткі сутак".split())  # an arrest, never an activity


@lru_cache(maxsize=20_000)
def _doing(low: str) -> bool:
    """pymorphy3 reads the word as a verb (finite, infinitive or gerund) of Russian, or of Belarusian folded."""
    from intake.pseudonymise.detectors import namelex

    if low.isascii():
        return low in _EN_ACTIVITY
    if len(low) < 3 or not low.isalpha():
        return False
    if ("і" in low or "ў" in low) and len(low) >= 4 and low.endswith(_BE_PAST):
        return True  # Belarusian spelling: the folded word may read as some unrelated Russian one
    folded = low.replace("і", "и").replace("ў", "в").replace("'", "")
    parses = namelex.analyzer().parse(folded)
    if not parses or not parses[0].is_known:
        return len(low) >= 5 and low.endswith(_BE_PAST)  # Belarusian unknown to the Russian dictionary
    if parses[0].score < 0.3 or "impr" in parses[0].tag:
        return False  # an imperative reading is mostly a Belarusian noun or name folded (``салавей``)
    return parses[0].tag.POS in ("VERB", "INFN", "GRND")


def _length(words: Words, i: int) -> tuple[str, int] | None:
    """Length (in months, or in days) of ``<amount> <unit>`` at ``i``, else None."""
    card = cardinal(words, i)
    if card is None:
        return None
    toks = words.tokens
    j, half = i + card[1], 0
    if j + 1 < len(toks) and (toks[j].low, toks[j + 1].low) in _HALVES:
        j, half = j + (3 if toks[j].low == "and" else 2), 6  # три с половиной года: 42 months
    if j >= len(toks):
        return None
    per = _UNIT_LENGTH.get(toks[j].low)
    if per is None:
        return None
    return per[0], card[0] * per[1] + (half if per[1] == 12 else 0)


def _restated(words: Words, i: int) -> bool:
    value = _length(words, i)
    if value is None:
        return True  # not a plain amount with a unit of time: leave it to the other rules
    return any(k != i and _length(words, k) == value for k in range(len(words.tokens)))


def _breaks(gap: str) -> bool:
    return ends_clause(gap) or "," in gap


def activity(words: Words, i: int, end: int) -> bool:
    """The duration ``tokens[i:end]`` measures an activity (see the module docstring)."""
    toks = words.tokens
    if toks[end - 1].low in _ARREST or (i and (toks[i - 1].low in _NOT_AFTER or toks[i - 1].text[:1].isupper())):
        return False
    size = _WINDOW + 2 if toks[end - 1].low.isascii() else _WINDOW  # ``lived in Vilnius for two years``
    lo = i
    while lo > 0 and i - lo < size and not _breaks(words.gaps[lo - 1]):
        lo -= 1
    hi = end
    while hi < len(toks) and hi - end < size and not _breaks(words.gaps[hi - 1]):
        hi += 1
    before = [t.low for t in toks[lo:i]]
    near = before + [t.low for t in toks[end:hi]]
    if any(w.startswith(_TERM) for w in near) or _GIVEN.intersection(before) or not any(_doing(w) for w in near):
        return False
    return not _restated(words, i)
