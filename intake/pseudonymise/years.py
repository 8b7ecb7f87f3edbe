"""The year of a date expression, for generalising dates to the year (ru, be, en; digits or words).

Handled: four digits (``2020``), ``20-го года``, ordinal years in words followed by a year word
(«двадцать первого года», «две тысячи двадцатого года», «дваццаць першага года»), years in words after
«тысячи» or after a month («ноябре двадцатого», «красавіка дзевяноста шостага») without the year
word, and English ``twenty twenty-one`` / ``two thousand and twenty``.
Anything else gives None (the policy then uses its generic date text).
"""

from __future__ import annotations

import re

from intake.pseudonymise.textkeys import exact_key, tokens

_DIGITS = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_SHORT = re.compile(r"\b([0-4]\d)\s*-?\s*(?:го|ого|га|ага)?\s+(?:год|гад|года|году|гадзе|гаду)", re.IGNORECASE)
_YEAR_WORDS = ("год", "гад", "year")
_THOUSAND = ("тысяч", "тысяч", "thousand")

_UNITS: dict[str, int] = {
    "перв": 1, "втор": 2, "трет": 3, "четв": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8, "девят": 9,
    "перш": 1, "друг": 2, "трэц": 3, "чацв": 4, "шост": 6, "сём": 7, "сем": 7, "дзявят": 9,
}
_TENS: dict[str, int] = {"двадцат": 20, "дваццат": 20, "дваццаць": 20, "десят": 10, "дзесят": 10,
                         "дзясят": 10, "девяност": 90, "дзевяност": 90, "восемьдесят": 80, "васьмідзесят": 80}
_MONTHS = ("январ", "феврал", "март", "апрел", "мая", "мае", "май", "июн", "июл", "август", "сентябр",
           "октябр", "ноябр", "декабр", "студзен", "лют", "сакавік", "красавік", "чэрвен", "чэрвен", "ліпен",
           "жнівен", "жніўн", "жніўн", "верас", "кастрычнік", "лістапад", "снеж")
_TEENS: dict[str, int] = {
    "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13, "четырнадцат": 14, "пятнадцат": 15,
    "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19,
    "адзінаццат": 11, "дванаццат": 12, "трынаццат": 13, "чатырнаццат": 14, "пятнаццат": 15,
    "шаснаццат": 16, "сямнаццат": 17, "васямнаццат": 18, "дзевятнаццат": 19,
}
_EN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
             "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}


def _stem_value(word: str, table: dict[str, int]) -> int | None:
    for stem, value in table.items():
        if word.startswith(stem):
            return value
    return None


def _slavic_number(words: list[str], i: int) -> tuple[int, int] | None:
    """(value 0..99, index after it) for the number words starting at ``words[i]``."""
    teen = _stem_value(words[i], _TEENS)
    if teen is not None:
        return teen, i + 1
    tens = _stem_value(words[i], _TENS)
    if tens is None:
        return None
    if words[i].endswith(("ть", "ць", "то", "сят")) and i + 1 < len(words):  # cardinal tens + ordinal unit
        unit = _stem_value(words[i + 1], _UNITS)
        if unit is not None:
            return tens + unit, i + 2
    return tens, i + 1


def _slavic_year(words: list[str]) -> int | None:
    for i in range(len(words)):
        found = _slavic_number(words, i)
        if found is None:
            continue
        value, after = found
        marked = after < len(words) and words[after].startswith(_YEAR_WORDS)
        before = words[i - 1] if i > 0 else ""
        if marked or before.startswith(_THOUSAND) or before.startswith(_MONTHS):
            return (1900 if value >= 50 else 2000) + value
    return None


def _english_year(words: list[str]) -> int | None:
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if word == "twenty" and nxt.startswith("twenty"):
            rest = nxt.removeprefix("twenty").strip("-")
            return 2020 + _EN_UNITS.get(rest, 0)
        if word == "two" and nxt == "thousand":
            tail = [w for w in words[i + 2 : i + 5] if w != "and"]
            if tail and tail[0].startswith("twenty"):
                return 2020 + _EN_UNITS.get(tail[0].removeprefix("twenty").strip("-"), 0)
            if tail and tail[0] in _EN_UNITS:
                return 2000 + _EN_UNITS[tail[0]]
    return None


def year_of(text: str) -> int | None:
    """The year ``text`` names, or None."""
    digits = _DIGITS.search(text)
    if digits:
        return int(digits.group(1))
    short = _SHORT.search(text)
    if short:
        return 2000 + int(short.group(1))
    words = [exact_key(t.surface) for t in tokens(text)]
    return _slavic_year(words) or _english_year(words)
