"""The context that makes a slang number noun a colony (``сидел на четвёрке``) and the decoys that do not.

A slang number after a preposition (``на``, ``в``, ``у``, ``ў``, ``из``, ``з``, ``с``) is a colony in a text with
no other word of detention when a prison word stands near it in the same sentence: a verb of serving, being
held or moved (``сидел``, ``сядзеў``, ``отбывал``, ``перевели``, ``этапировали``), a word of prison life
(``отряд``, ``атрад``, ``барак``, ``передачи``, ``свидания``, ``ШИЗО``) or a sentence length (``восемь лет``,
``пяць гадоў``). Decoys everywhere: a school mark (``на двойке по математике``, ``пятёрка за экзамен``) and a
flat (``жили в трёшке``, ``снялі двушку``), unless a verb of serving puts someone on it (``сидел на двушке``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.detectors.gazetteer import listed_place
from intake.pseudonymise.detectors.numwords import lookup
from intake.pseudonymise.detectors.pattern_tokens import Words
from intake.pseudonymise.detectors.tokens import fold

WINDOW = 10  # words each side of the slang number
_SENTENCE_END = re.compile(r"[.!?…]")
# serving, being held, moved, freed
_SERVING_STEMS = (
    "сид", "сяд", "сядз", "сижу", "отсид", "адсядз", "отбыва", "отбыл", "адбыва", "адбыў", "перевел", "перевод",
    "перевез", "перавял", "перавод", "перавез", "этап", "етап", "освобод", "вызвал", "посадил", "пасадзіл",
    "держат", "трымаюць", "трымал", "содерж", "утрыманн",
)
_PRISON_STEMS = (
    *_SERVING_STEMS,
    # prison life and places
    "отряд", "атрад", "барак", "колон", "калон", "зона", "зоне", "зону", "зоны", "зоні", "тюрьм", "турм",
    "передач", "перадач", "посылк", "пасылк", "бандерол", "свидан", "спатканн", "шизо", "шiзо", "штрафн", "карцер",
    "пкт", "промзон", "режим", "рэжым", "начальник", "осужд", "асуджан", "заключ", "зняволен", "зэк", "зек",
    "лагер", "срок", "тэрмін", "термин", "приговор", "прысуд",
)
_YEARS = frozenset("лет года год гадоў гады год гадоу".split())
_SCHOOL_AFTER = frozenset("по па за".split())  # ``на двойке по математике``, ``пятёрка за экзамен``
_FLAT_STEMS = ("двушк", "двушц", "трешк", "трешц", "однушк", "аднушк", "аднушц")
# Stems that are also everyday words (``десятки людей``, a flat): only after a preposition, never plural.
_NEEDS_PREPOSITION = ("десятк", "десятц", "дзесятк", "дзесятц", "дзясятк", "дзясятц", *_FLAT_STEMS)
_PLURAL_ENDINGS = ("ков", "кам", "ками", "ках", "каў", "камі", "цов")
_HOUSING = (
    "квартир", "кватэр", "жил", "жыл", "живут", "жывуць", "снима", "снял", "здыма", "знял", "комнат", "пакой",
    "купил", "купіл", "ремонт", "рамонт", "переехал", "пераехал", "этаж", "паверх",
)


def _window(words: Words, i: int) -> range:
    """Indices of the words around ``i`` within ``WINDOW`` and the same sentence."""
    gaps = words.gaps
    lo = i
    while lo > 0 and i - lo < WINDOW and not _SENTENCE_END.search(gaps[lo - 1]):
        lo -= 1
    hi = i
    while hi + 1 < len(words.tokens) and hi - i < WINDOW and not _SENTENCE_END.search(gaps[hi]):
        hi += 1
    return range(lo, hi + 1)


def _is_length(words: Words, j: int) -> bool:
    """``восемь лет``, ``5 гадоў``: a number word or digits followed by a word of years."""
    toks = words.tokens
    if j + 1 >= len(toks) or toks[j + 1].low not in _YEARS:
        return False
    return toks[j].text.isdigit() or lookup(toks[j].low) is not None


def prison_near(words: Words, i: int) -> bool:
    """A prison word or a sentence length near the slang number at ``i``."""
    toks = words.tokens
    for j in _window(words, i):
        if j == i:
            continue
        low = toks[j].low.replace("ё", "е")
        if low.startswith(_PRISON_STEMS) or _is_length(words, j):
            return True
    return _asked_before(words, _window(words, i).start)


def _asked_before(words: Words, lo: int) -> bool:
    """The answer to a question about prison (``дзе ён адбывае? на пятнаццатцы``, ``где сидит? в пятнадцатке``):
    the sentence before the one at ``lo`` ends in a question mark and has a prison word."""
    if lo == 0 or "?" not in words.gaps[lo - 1]:
        return False
    question = _window(words, lo - 1)
    return any(words.tokens[j].low.replace("ё", "е").startswith(_PRISON_STEMS) for j in question)


def school_or_plural(lows: Sequence[str], i: int) -> bool:
    """A plural (``десятков``) or a school mark (``на двойке по математике``, ``пятёрка за экзамен``)."""
    if lows[i].endswith(_PLURAL_ENDINGS):
        return True
    if i + 2 >= len(lows) or lows[i + 1] not in _SCHOOL_AFTER or not lows[i + 2].isalpha():
        return False
    return lookup(lows[i + 2]) is None and not lows[i + 2].startswith((*_PRISON_STEMS, "стат"))


def is_decoy(words: Words, i: int, low: str, preps: frozenset[str]) -> bool:
    """A plural (``десятков``), an everyday stem with no preposition before it (``десятки людей``), a school mark
    (``на двойке по математике``, ``пятёрка за экзамен``) or a flat (``жили в трёшке``)."""
    toks = words.tokens
    if low.startswith(_NEEDS_PREPOSITION) and (i == 0 or toks[i - 1].low not in preps):
        return True
    if school_or_plural([low] + [t.low for t in toks[i + 1 : i + 3]], 0):
        return True
    if low.startswith(_FLAT_STEMS) and not served_on(words, i):
        return any(toks[j].low.startswith(_HOUSING) for j in _window(words, i) if j != i)
    return False


def served_on(words: Words, i: int) -> bool:
    """``сидел на двушке``, ``перевели на двушку``: a verb of serving or transfer right before ``на`` and the
    slang number at ``i`` (a flat takes ``в``, and no one serves time in one), whatever housing word is near."""
    toks = words.tokens
    if i < 2 or toks[i - 1].low != "на" or words.gaps[i - 1].strip() or words.gaps[i - 2].strip():
        return False
    return toks[i - 2].low.replace("ё", "е").startswith(_SERVING_STEMS)


def restated_by_code(words: Words, end: int, value: int) -> bool:
    """``to the ninth  ik-9``: the ordinal ending before ``end`` is followed by a facility code (a short word of
    letters and then the same number, ``ik-9``, ``ік 9``), so the word after it is the code, not its noun."""
    toks = words.tokens
    if end + 1 >= len(toks) or not toks[end].low.isalpha() or len(toks[end].low) > 4:
        return False
    digits = toks[end + 1].text
    return words.gaps[end].strip(" -") == "" and digits.isdigit() and int(digits) == value


_IN = frozenset("в у ў in".split())


def in_town(words: Words, j: int) -> bool:
    """``на чацвёрцы у магілёве``: ``в``/``у`` and a listed town right after a slang number (at ``j``)."""
    toks = words.tokens
    if j + 1 >= len(toks) or toks[j].low not in _IN or words.gaps[j].strip() or words.gaps[j - 1].strip():
        return False
    norm = fold(toks[j + 1].text)
    return len(norm) > 3 and listed_place(norm)
