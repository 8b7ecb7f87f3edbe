"""Numbers as speakers of Russian, Belarusian and English say them, for ``quasi_renderings.py``.

Cardinals (nominative and genitive), ordinals in the case forms that dates, articles and colonies take, and
the unit word that agrees with a number (``два года``, ``пяць гадоў``, ``one year``). Written for this bench
from the grammar of the three languages; public domain.
"""

from __future__ import annotations

import random

_RU_UNITS = "ноль один два три четыре пять шесть семь восемь девять".split()
_RU_TEENS = ("десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать "
             "восемнадцать девятнадцать").split()
_RU_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят",
            "девяносто"]
_RU_HUNDREDS = ["", "сто", "двести", "триста", "четыреста"]
_RU_GEN_UNITS = "ноля одного двух трёх четырёх пяти шести семи восьми девяти".split()
_RU_GEN_TENS = ["", "", "двадцати", "тридцати", "сорока", "пятидесяти", "шестидесяти", "семидесяти",
                "восьмидесяти", "девяноста"]

_BE_UNITS = "нуль адзін два тры чатыры пяць шэсць сем восем дзевяць".split()
_BE_TEENS = ("дзесяць адзінаццаць дванаццаць трынаццаць чатырнаццаць пятнаццаць шаснаццаць сямнаццаць "
             "васямнаццаць дзевятнаццаць").split()
_BE_TENS = ["", "", "дваццаць", "трыццаць", "сорак", "пяцьдзясят", "шэсцьдзясят", "семдзесят", "восемдзесят",
            "дзевяноста"]
_BE_HUNDREDS = ["", "сто", "дзвесце", "трыста", "чатырыста"]

_EN_UNITS = "zero one two three four five six seven eight nine".split()
_EN_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_ORD_UNITS = "zeroth first second third fourth fifth sixth seventh eighth ninth".split()
_EN_ORD_TEENS = ("tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
                 "nineteenth").split()
_EN_ORD_TENS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
                "ninetieth"]

# Russian ordinal stems (units, teens, tens) and Belarusian ones; 2/3/6/7/8 and 40 take stressed endings.
_RU_ORD_UNITS = ["", "перв", "втор", "трет", "четвёрт", "пят", "шест", "седьм", "восьм", "девят"]
_RU_ORD_TEENS = ["десят", "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат",
                 "семнадцат", "восемнадцат", "девятнадцат"]
_RU_ORD_TENS = ["", "", "двадцат", "тридцат", "сороков", "пятидесят", "шестидесят", "семидесят", "восьмидесят",
                "девяност"]
_BE_ORD_UNITS = ["", "перш", "друг", "трэц", "чацвёрт", "пят", "шост", "сём", "восьм", "дзявят"]
_BE_ORD_TEENS = ["дзясят", "адзінаццат", "дванаццат", "трынаццат", "чатырнаццат", "пятнаццат", "шаснаццат",
                 "сямнаццат", "васямнаццат", "дзевятнаццат"]
_BE_ORD_TENS = ["", "", "дваццат", "трыццат", "саракав", "пяцідзясят", "шасцідзясят", "сямідзясят",
                "васьмідзясят", "дзевяност"]

# case -> ending; "m.gen" masculine genitive (dates: двенадцатого), "f.nom", "f.acc", "f.obl" (dat/prep:
# семнадцатой), "m.nom", "m.obl" (dat/prep: трыста сорак другім)
_RU_ORD_HUNDREDS = ["", "сот", "двухсот", "трёхсот", "четырёхсот"]
_BE_ORD_HUNDREDS = ["", "сот", "двухсот", "трохсот", "чатырохсот"]
_RU_ENDINGS = {"m.gen": "ого", "f.nom": "ая", "f.acc": "ую", "f.obl": "ой", "m.nom": "ый", "m.obl": "ом"}
_RU_STRESSED_NOM = {"втор", "шест", "седьм", "восьм", "сороков"}
_RU_THIRD = {"m.gen": "третьего", "f.nom": "третья", "f.acc": "третью", "f.obl": "третьей", "m.nom": "третий",
             "m.obl": "третьем"}
_BE_ENDINGS = {"m.gen": "ага", "f.nom": "ая", "f.acc": "ую", "f.obl": "ай", "m.nom": "ы", "m.obl": "ым"}
_BE_SOFT = {"друг": {"m.nom": "другі", "m.obl": "другім"},
            "трэц": {"m.gen": "трэцяга", "f.nom": "трэцяя", "f.acc": "трэцюю", "f.obl": "трэцяй", "m.nom": "трэці",
                     "m.obl": "трэцім"}}


def cardinal(n: int, lang: str) -> str:
    """``n`` (0-499) in words, nominative; English with a hyphen in the tens (``forty-two``)."""
    units, teens, tens, hundreds = {
        "ru": (_RU_UNITS, _RU_TEENS, _RU_TENS, _RU_HUNDREDS),
        "be": (_BE_UNITS, _BE_TEENS, _BE_TENS, _BE_HUNDREDS),
        "en": (_EN_UNITS, _EN_TEENS, _EN_TENS, None),
    }[lang]
    words: list[str] = []
    if n >= 100:
        if lang == "en":
            words.append(f"{_EN_UNITS[n // 100]} hundred" + (" and" if n % 100 else ""))
        else:
            assert hundreds is not None
            words.append(hundreds[n // 100])
        n %= 100
        if not n:
            return " ".join(words)
    if n < 10:
        words.append(units[n])
    elif n < 20:
        words.append(teens[n - 10])
    elif n % 10 == 0:
        words.append(tens[n // 10])
    elif lang == "en":
        words.append(f"{tens[n // 10]}-{units[n % 10]}")
    else:
        words.append(f"{tens[n // 10]} {units[n % 10]}")
    return " ".join(words)


def genitive(n: int) -> str:
    """Russian genitive of 1-99 (``с восемнадцати``, ``до сорока двух``)."""
    if n < 10:
        return _RU_GEN_UNITS[n]
    if n < 20:
        return _RU_TEENS[n - 10][:-1] + "и"
    if n % 10 == 0:
        return _RU_GEN_TENS[n // 10]
    return f"{_RU_GEN_TENS[n // 10]} {_RU_GEN_UNITS[n % 10]}"


def _ru_ord_word(stem: str, case: str) -> str:
    if stem == "трет":
        return _RU_THIRD[case]
    if case == "m.nom" and stem in _RU_STRESSED_NOM:
        return stem + "ой"
    if case == "f.obl" and stem == "трет":
        return "третьей"
    return stem + _RU_ENDINGS[case]


def _be_ord_word(stem: str, case: str) -> str:
    special = _BE_SOFT.get(stem, {})
    if case in special:
        return special[case]
    if case == "m.nom" and stem in ("друг",):
        return "другі"
    return stem + _BE_ENDINGS[case]


def ordinal(n: int, lang: str, case: str = "f.nom") -> str:
    """``n`` (1-499) as an ordinal in ``case`` (see the endings above); English ignores the case."""
    if lang == "en":
        head = f"{_EN_UNITS[n // 100]} hundred " if n >= 100 else ""
        m = n % 100
        if m < 10:
            return head + _EN_ORD_UNITS[m]
        if m < 20:
            return head + _EN_ORD_TEENS[m - 10]
        if m % 10 == 0:
            return head + _EN_ORD_TENS[m // 10]
        return f"{head}{_EN_TENS[m // 10]}-{_EN_ORD_UNITS[m % 10]}"
    hundreds = _RU_HUNDREDS if lang == "ru" else _BE_HUNDREDS
    tens_card = _RU_TENS if lang == "ru" else _BE_TENS
    o_units, o_teens, o_tens = (
        (_RU_ORD_UNITS, _RU_ORD_TEENS, _RU_ORD_TENS) if lang == "ru" else (_BE_ORD_UNITS, _BE_ORD_TEENS, _BE_ORD_TENS)
    )
    word = _ru_ord_word if lang == "ru" else _be_ord_word
    head = hundreds[n // 100] + " " if n >= 100 else ""
    m = n % 100
    if m == 0:  # ``трёхсотая``, ``чатырохсотым``: the hundreds themselves take the ending
        stems = _RU_ORD_HUNDREDS if lang == "ru" else _BE_ORD_HUNDREDS
        return word(stems[n // 100], case)
    if m < 10:
        return head + word(o_units[m], case)
    if m < 20:
        return head + word(o_teens[m - 10], case)
    if m % 10 == 0:
        return head + word(o_tens[m // 10], case)
    return f"{head}{tens_card[m // 10]} {word(o_units[m % 10], case)}"


def unit(n: int, kind: str, lang: str) -> str:
    """The unit word agreeing with ``n``: kind ``year``, ``month``, ``day`` (arrest days: суток/сутак)."""
    if lang == "en":
        return kind + ("" if n == 1 else "s")
    last, teen = n % 10, 10 <= n % 100 < 20
    one, few = last == 1 and not teen, 2 <= last <= 4 and not teen
    forms = {
        ("ru", "year"): ("год", "года", "лет"), ("ru", "month"): ("месяц", "месяца", "месяцев"),
        ("ru", "day"): ("сутки", "суток", "суток"), ("ru", "week"): ("неделя", "недели", "недель"),
        ("be", "year"): ("год", "гады", "гадоў"), ("be", "month"): ("месяц", "месяцы", "месяцаў"),
        ("be", "day"): ("суткі", "сутак", "сутак"), ("be", "week"): ("тыдзень", "тыдні", "тыдняў"),
    }[(lang, kind)]
    return forms[0] if one else forms[1] if few else forms[2]


def amount(n: int, lang: str, rng: random.Random, digits: float = 0.35) -> str:
    """``n`` in digits (with probability ``digits``) or in words."""
    return str(n) if rng.random() < digits else cardinal(n, lang)
