"""Spoken numbers in Russian, Belarusian and English: cardinals and ordinals in every case form.

The lexicon maps a lower-cased word to ``(value, ordinal)``.  :func:`read_number` composes a run of
words (``двадцать первого`` -> 21 ordinal, ``две тысячи двадцатого`` -> 2020 ordinal, ``forty-one`` -> 41)
from a token list; :func:`spoken_digits` turns a dictated sequence (``три семь пять, двадцать девять,
ноль восемь``) into the digit string a listener would write down (``3752908``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from intake.pseudonymise.detectors.digit_nouns import NOUN_FORMS, counted, noun_digit

Entry = tuple[int, bool]

_RU_CARD: dict[int, str] = {
    0: "ноль нуль нуля нолю нулю нолем нулём нулем нолик нулик",
    1: "один одного одному одним одном одна одной одну одно одни одних",
    2: "два две двух двум двумя",
    3: "три трёх трех трём трем тремя трое троих",
    4: "четыре четырёх четырех четырём четырем четырьмя четверо",
    5: "пять пяти пятью пятеро",
    6: "шесть шести шестью шестеро",
    7: "семь семи семью семеро",
    8: "восемь восьми восемью восьмью",
    9: "девять девяти девятью",
    10: "десять десяти десятью",
    11: "одиннадцать одиннадцати одиннадцатью",
    12: "двенадцать двенадцати двенадцатью",
    13: "тринадцать тринадцати тринадцатью",
    14: "четырнадцать четырнадцати четырнадцатью",
    15: "пятнадцать пятнадцати пятнадцатью",
    16: "шестнадцать шестнадцати шестнадцатью",
    17: "семнадцать семнадцати семнадцатью",
    18: "восемнадцать восемнадцати восемнадцатью",
    19: "девятнадцать девятнадцати девятнадцатью",
    20: "двадцать двадцати двадцатью",
    30: "тридцать тридцати тридцатью",
    40: "сорок сорока",
    50: "пятьдесят пятидесяти пятьюдесятью",
    60: "шестьдесят шестидесяти шестьюдесятью",
    70: "семьдесят семидесяти семьюдесятью",
    80: "восемьдесят восьмидесяти восемьюдесятью",
    90: "девяносто девяноста",
    100: "сто ста",
    200: "двести двухсот двумстам двумястами двухстах",
    300: "триста трёхсот трехсот трёмстам тремстам тремястами трёхстах трехстах",
    400: "четыреста четырёхсот четырехсот четырёмстам четыремстам четырьмястами четырёхстах",
    500: "пятьсот пятисот пятистам пятьюстами пятистах",
    600: "шестьсот шестисот шестистам шестьюстами шестистах",
    700: "семьсот семисот семистам семьюстами семистах",
    800: "восемьсот восьмисот восьмистам восемьюстами восьмистах",
    900: "девятьсот девятисот девятистам девятьюстами девятистах",
    1000: "тысяча тысячи тысячу тысячей тысяч тысячам тысячами",
}
_RU_ORD_STEMS: dict[int, str] = {
    1: "перв", 2: "втор", 4: "четвёрт четверт", 5: "пят", 6: "шест", 7: "седьм", 8: "восьм",
    9: "девят", 10: "десят", 11: "одиннадцат", 12: "двенадцат", 13: "тринадцат", 14: "четырнадцат",
    15: "пятнадцат", 16: "шестнадцат", 17: "семнадцат", 18: "восемнадцат", 19: "девятнадцат",
    20: "двадцат", 30: "тридцат", 40: "сороков", 50: "пятидесят", 60: "шестидесят", 70: "семидесят",
    80: "восьмидесят", 90: "девяност", 100: "сот", 200: "двухсот", 300: "трёхсот трехсот",
    400: "четырёхсот четырехсот", 500: "пятисот", 600: "шестисот", 700: "семисот", 800: "восьмисот",
    900: "девятисот", 1000: "тысячн", 2000: "двухтысячн",
}
_RU_ORD_ENDINGS = "ый ой ий ого ому ым ом ая ую ое ые ых ыми".split()
_RU_THIRD = "третий третьего третьему третьим третьем третья третьей третью третье третьи третьих третьими"

_BE_CARD: dict[int, str] = {
    0: "нуль нуля нулём нулік",
    1: "адзін аднаго аднаму адным адной адна адну адно адны",
    2: "два дзве дзьве двух двум двума",
    3: "тры трох тром трыма трое",
    4: "чатыры чатырох чатыром чатырма чацвёра",
    5: "пяць пяці пяццю",
    6: "шэсць шэсьць шасці шасцю",
    7: "сем сямі сямю",
    8: "восем васьмі васьмю",
    9: "дзевяць дзевяці дзевяццю",
    10: "дзесяць дзесяці дзесяццю",
    11: "адзінаццаць адзінаццаці",
    12: "дванаццаць дванаццаці",
    13: "трынаццаць трынаццаці",
    14: "чатырнаццаць чатырнаццаці",
    15: "пятнаццаць пятнаццаці",
    16: "шаснаццаць шаснаццаці",
    17: "сямнаццаць семнаццаць сямнаццаці",
    18: "васямнаццаць васемнаццаць васямнаццаці васемнаццаці",
    19: "дзевятнаццаць дзевятнаццаці",
    # tens: the standard spelling first, then the variants speech and its transcribers write (a dropped or
    # doubled soft sign, the unstressed ``е``/``я`` of ``-дзесят`` either way, a single ``ц``, taraškievica)
    20: "дваццаць двацаць дваццаці дваццаццю",
    30: "трыццаць трыцаць трыццаці трыццаццю",
    40: "сорак сарака",
    50: "пяцьдзясят пяцьдзесят пяцдзясят пяцдзесят пяцідзесяці пяцідзясяці",
    60: "шэсцьдзясят шэсцьдзесят шэсцдзясят шэсцдзесят шэсьцьдзясят шэсьцьдзесят шасцідзесяці шасцідзясяці",
    70: "семдзесят семдзясят сямдзесят сямдзясят сямідзесяці сямідзясяці",
    80: "восемдзесят восемдзясят васемдзесят васямдзесят васьмідзесяці васьмідзясяці",
    90: "дзевяноста дзевяноста",
    100: "сто ста",
    200: "дзвесце дзьвесьце двухсот дзвюхсот дзьвюхсот",
    300: "трыста трохсот",
    400: "чатырыста чатырохсот",
    500: "пяцьсот пяцісот",
    600: "шэсцьсот шасцісот",
    700: "семсот сямісот",
    800: "восемсот васьмісот",
    900: "дзевяцьсот дзевяцісот",
    1000: "тысяча тысячы тысячу тысяч",
}
# ``трэцц-``: the soft ``ц`` of ``трэці`` doubled before a vowel ending, as ``жыццё`` and ``смецце`` write it
# (``у трэццюю калонію``, ``трэццяй``), a spelling speakers and ASR give the ordinal.
_BE_ORD_STEMS: dict[int, str] = {
    1: "перш", 2: "друг", 3: "трэц трэцц", 4: "чацвёрт чацверт", 5: "пят", 6: "шост", 7: "сём", 8: "восьм",
    9: "дзявят дзевят", 10: "дзясят дзесят", 11: "адзінаццат", 12: "дванаццат", 13: "трынаццат",
    14: "чатырнаццат", 15: "пятнаццат", 16: "шаснаццат", 17: "сямнаццат", 18: "васямнаццат васемнаццат",
    19: "дзевятнаццат", 20: "дваццат", 30: "трыццат", 40: "саракав", 50: "пяцідзясят пяцідзесят",
    60: "шасцідзясят шасцідзесят", 70: "сямідзясят сямідзесят", 80: "васьмідзясят васьмідзесят",
    90: "дзевяност", 100: "сот",
    200: "двухсот", 300: "трохсот", 400: "чатырохсот", 500: "пяцісот", 1000: "тысячн", 2000: "двухтысячн",
}
_BE_ORD_ENDINGS = "ы і ага ога яга аму ому яму ым ім ай ой яй ая яя ую юю ае ое яе ыя ія ых іх ымі імі".split()
# The spellings speech and its transcribers give the ordinals as they give the cardinals above: a single ``ц``
# in ``-наццат-``/``-ццат-`` (``двацатага``, ``пятнацатае``) and the unstressed ``е``/``я`` either way in 17-19
# (``семнаццатага``, ``дзявятнаццатае``).  Every variant is still a number word only (no other word's spelling).
_BE_ORD_VOWELS = (("сямн", "семн"), ("семн", "сямн"), ("дзевятн", "дзявятн"), ("дзявятн", "дзевятн"))


def _be_ord_variants(stem: str) -> set[str]:
    """``stem`` and its spoken spellings (single ``ц``, ``е``/``я`` in 17-19)."""
    forms = {stem}
    for old, new in _BE_ORD_VOWELS:
        if stem.startswith(old):
            forms.add(new + stem[len(old) :])
    return forms | {form.replace("ццат", "цат") for form in forms}

_EN_CARD: dict[int, str] = {
    0: "zero oh nought", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
    8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
    15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty",
    30: "thirty", 40: "forty fourty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety",
    100: "hundred", 1000: "thousand",
}
_EN_ORD: dict[int, str] = {
    1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
    9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
    15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
    20: "twentieth", 30: "thirtieth", 40: "fortieth", 50: "fiftieth", 60: "sixtieth", 70: "seventieth",
    80: "eightieth", 90: "ninetieth", 100: "hundredth", 1000: "thousandth",
}


def _build() -> dict[str, Entry]:
    lex: dict[str, Entry] = {}
    for table in (_RU_CARD, _BE_CARD, _EN_CARD):
        for value, words in table.items():
            for word in words.split():
                lex.setdefault(word, (value, False))
    for value, words in _EN_ORD.items():
        lex[words] = (value, True)
    for stems, endings in ((_RU_ORD_STEMS, _RU_ORD_ENDINGS), (_BE_ORD_STEMS, _BE_ORD_ENDINGS)):
        for value, stem_list in stems.items():
            for stem in stem_list.split():
                for form in _be_ord_variants(stem) if stems is _BE_ORD_STEMS else (stem,):
                    for ending in endings:
                        lex.setdefault(form + ending, (value, True))
    for word in _RU_THIRD.split():
        lex[word] = (3, True)
    lex.pop("сот", None)
    return lex


LEXICON: dict[str, Entry] = _build()
_DIGITS_ORD = re.compile(r"^(\d{1,4})(?:st|nd|rd|th|-?(?:й|я|е|го|ого|ому|м|ой|ая|ое|ий|ым|ую))?$", re.IGNORECASE)


def lookup(word: str) -> Entry | None:
    """``(value, is_ordinal)`` for one spoken number word, or None."""
    return LEXICON.get(word.lower())


def _rank(value: int) -> int:
    if value >= 1000:
        return 4
    if value >= 100:
        return 3
    if value >= 10:
        return 2
    return 1


@dataclass(frozen=True)
class Number:
    """A composed number: ``value``, whether it ends in an ordinal, and how many tokens it used."""

    value: int
    ordinal: bool
    used: int


def _a_as_one(words: Sequence[str]) -> Sequence[str]:
    """``a hundred and thirty-two``, ``a thousand``: ``a`` counts one before ``hundred``/``thousand``."""
    if len(words) > 1 and words[0].lower() == "a" and words[1].lower() in ("hundred", "thousand"):
        return ["one", *words[1:]]
    return words


def _opens_hundred(words: Sequence[str], i: int, current: int) -> bool:
    """``two hundred three hundred``: a digit before ``hundred`` after a composed group opens the next number."""
    return bool(current) and i + 1 < len(words) and words[i + 1].lower() == "hundred"


def read_number(words: Sequence[str], joiners: Sequence[str] = ()) -> Number | None:
    """Compose the longest number that starts at ``words[0]``.

    ``joiners[i]`` is the text between ``words[i]`` and ``words[i+1]``; composition stops at a gap that
    is not blank or a hyphen (so dictated groups separated by commas stay apart).
    """
    total, current, last_rank, used, ordinal = 0, 0, 5, 0, False
    for i, word in enumerate(_a_as_one(words)):
        if i and joiners and joiners[i - 1].strip(" -\u00a0") != "":
            break
        low = word.lower()
        if low == "and" and last_rank == 3 and i + 1 < len(words) and words[i + 1].lower() in LEXICON:
            continue  # three hundred and forty-two
        entry = LEXICON.get(low)
        if entry is None or ordinal:
            break
        value, is_ord = entry
        if value == 0 and used:
            break
        low = word.lower()
        if value == 1000 and not is_ord:
            if total:
                break
            total, current, last_rank = max(current, 1) * 1000, 0, 4
        elif low == "hundred" and 0 < current < 10:
            current, last_rank = current * 100, 3
        elif _rank(value) < last_rank and low != "hundred" and not _opens_hundred(words, i, current):
            current += value
            last_rank = 1 if 10 <= value < 20 else _rank(value)
        else:
            break
        used, ordinal = i + 1, is_ord
        if value == 0:
            break
    if not used:
        return None
    return Number(total + current, ordinal, used)


def starts_number(word: str) -> bool:
    """True when ``word`` is a number word of any kind (a cheap test before :func:`read_number`)."""
    return word.lower() in LEXICON


# The cardinal number words and the repeat words: what :func:`is_digit_word` accepts besides digits.
# Digit nouns (``восьмёрка``, ``нолик``, ``семёрки``) count too (``digit_nouns.py``).
_DIGIT_WORDS = frozenset(w for w, (_, ordinal) in LEXICON.items() if not ordinal) | {"double", "triple"} | NOUN_FORMS
DIGIT_WORDS = _DIGIT_WORDS  # in lower case; the public name for the scans that gate on it


def is_digit_word(word: str) -> bool:
    """True for digits and for cardinal number words (the words a dictated number is made of)."""
    return word.isdigit() or word.lower() in _DIGIT_WORDS


def digit_token(word: str) -> Number | None:
    """A number written in digits, optionally with an ordinal suffix (``23rd``, ``2020-го``)."""
    match = _DIGITS_ORD.match(word)
    if not match:
        return None
    return Number(int(match.group(1)), word != match.group(1), 1)


ASR_DIGITS = {"O": "0", "О": "0", "I": "1", "З": "3"}  # letters speech recognition writes for digits
# Letters written for digits inside a digit group (``2б7``, ``5і3``, ``О81``, ``1b4``): Latin I, i, l and
# Belarusian І, і for 1; Latin O, o and Cyrillic О, о for 0; Cyrillic З, з for 3; Cyrillic Б, б and Latin b for 6.
ASR_GROUP_LETTERS = "IilІіOoОоЗзБбb"
ASR_GROUP_DIGITS = str.maketrans(ASR_GROUP_LETTERS, "11111000033666")


def spoken_digits(words: Sequence[str], joiners: Sequence[str]) -> tuple[str, int]:
    """Digits dictated by ``words`` (cardinals, digit nouns, ``double``/``triple`` and counted digits such as
    ``два нуля``/``two fives`` allowed) and tokens used.

    Each composed group is written as it would be noted (``ноль восемь`` -> ``08``, ``двадцать девять``
    -> ``29``); the scan stops at the first word that is not part of a dictated number.
    """
    out: list[str] = []
    i = 0
    repeat = 1
    while i < len(words):
        low = words[i].lower()
        if low in ("double", "triple"):
            repeat = 2 if low == "double" else 3
            i += 1
            continue
        if words[i].isdigit():
            out.append(words[i] * repeat)
            i, repeat = i + 1, 1
            continue
        if i and words[i] in ASR_DIGITS:  # ``три О девять``, ``four O, I two``
            out.append(ASR_DIGITS[words[i]] * repeat)
            i, repeat = i + 1, 1
            continue
        times = counted(words, i)  # ``два нуля``, ``three sevens``: the digit repeated
        if times:
            out.append(times)
            i, repeat = i + 2, 1
            continue
        noun = noun_digit(words[i])  # ``восьмёрка``, ``нолик``
        if noun:
            out.append(noun * repeat)
            i, repeat = i + 1, 1
            continue
        number = read_number(words[i:], joiners[i:])
        if number is None or number.ordinal:
            break
        out.append(str(number.value) * repeat)
        i, repeat = i + number.used, 1
    return "".join(out), i
