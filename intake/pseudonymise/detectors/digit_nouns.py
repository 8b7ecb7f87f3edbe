"""Digits said as nouns and counted digits, the way people dictate a phone (round 15).

Speakers name a digit with its noun (``восьмёрка``, ``васьмёрка``, ``двойка``, ``нолик``, ``адзінка``) and say a
repeated digit with a count (``два нуля``, ``три семёрки``, ``дзве пяцёркі``, ``two fives``). :func:`noun_digit`
reads one such noun (any case, with or without ``ё``); :func:`counted` reads a count word (2-4) before the plural
or genitive of a digit (``нуля``, ``нулі``, ``семёрки``, ``fives``) as the digit repeated. Both are used only
inside a dictated run (``numwords.spoken_digits``), so a lone ``двойка по математике`` or the bus ``семёрка``
is never a number by itself.
"""

from __future__ import annotations

from collections.abc import Sequence

# Stems of the ``-ка`` digit nouns (ru and be, with and without ``ё``) and the digit each names.
_KA_STEMS: dict[str, str] = {
    "0": "",
    "1": "единичк адзінк",
    "2": "двойк двоечк",
    "3": "тройк троечк",
    "4": "четвёрк четверк чацвёрк чацверк",
    "5": "пятёрк пятерк пяцёрк пяцерк",
    "6": "шестёрк шестерк шасцёрк шасцерк",
    "7": "семёрк семерк сямёрк сямерк",
    "8": "восьмёрк восьмерк васьмёрк васьмерк",
    "9": "девятк дзявятк дзевятк",
}
_KA_SINGULAR = ("а", "у", "ой", "е", "ай", "ою")
_KA_PLURAL = ("и", "і")
# Other digit nouns: the zero diminutives and ``единица``; their plural or genitive forms after a count.
_OTHER_SINGULAR: dict[str, str] = {
    "0": "нолик нулик нолік нулік нолику нулику нолём нолем",
    "1": "единица единицу единицей",
}
_OTHER_PLURAL: dict[str, str] = {
    "0": "нуля ноля нули нулі нолика нулика нолики нулики нулікі нолікі zeros zeroes ohs noughts",
    "1": "единицы",
    "2": "twos", "3": "threes", "4": "fours", "5": "fives", "6": "sixes", "7": "sevens", "8": "eights",
    "9": "nines",
}
_COUNTS = {"два": 2, "две": 2, "дзве": 2, "two": 2, "три": 3, "тры": 3, "three": 3,
           "четыре": 4, "чатыры": 4, "four": 4}


def _build() -> tuple[dict[str, str], dict[str, str]]:
    singular: dict[str, str] = {}
    plural: dict[str, str] = {}
    for digit, stems in _KA_STEMS.items():
        for stem in stems.split():
            singular.update((stem + ending, digit) for ending in _KA_SINGULAR)
            plural.update((stem + ending, digit) for ending in _KA_PLURAL)
    for digit, words in _OTHER_SINGULAR.items():
        singular.update((word, digit) for word in words.split())
    for digit, words in _OTHER_PLURAL.items():
        plural.update((word, digit) for word in words.split())
    return singular, plural


_SINGULAR, _PLURAL = _build()
# Every form a dictated run may hold: singular nouns, plural nouns (a plural alone still names its digit).
NOUN_FORMS: frozenset[str] = frozenset(_SINGULAR) | frozenset(_PLURAL)


def noun_digit(word: str) -> str | None:
    """The digit a digit noun names (``восьмёрка`` -> ``8``, ``семёрки`` -> ``7``, ``fives`` -> ``5``), or None."""
    low = word.lower()
    return _SINGULAR.get(low) or _PLURAL.get(low)


def counted(words: Sequence[str], i: int) -> str | None:
    """``два нуля``, ``три семёрки``, ``дзве пяцёркі``, ``two fives`` at ``words[i]``: the digit repeated."""
    if i + 1 >= len(words):
        return None
    count = _COUNTS.get(words[i].lower())
    digit = _PLURAL.get(words[i + 1].lower())
    return digit * count if count and digit else None
