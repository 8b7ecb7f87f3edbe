"""Number and letter words for ``contact_renderings.py``: how a speaker says digits in ru, be and en.

Written for this bench from general knowledge of the three languages (no external source); public domain.
"""

from __future__ import annotations

import random

UNITS = {
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
    "be": "нуль адзін два тры чатыры пяць шэсць сем восем дзевяць".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}
ZERO_ALT = {"ru": ["ноль", "нуль"], "be": ["нуль"], "en": ["zero", "oh", "o"]}
TEENS = {
    "ru": "десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать "
    "восемнадцать девятнадцать".split(),
    "be": "дзесяць адзінаццаць дванаццаць трынаццаць чатырнаццаць пятнаццаць шаснаццаць сямнаццаць "
    "васямнаццаць дзевятнаццаць".split(),
    "en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),
}
TENS = {
    "ru": "_ _ двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто".split(),
    "be": "_ _ дваццаць трыццаць сорак пяцьдзясят шэсцьдзясят семдзесят восемдзесят дзевяноста".split(),
    "en": "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split(),
}
HUNDREDS = {
    "ru": "_ сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот".split(),
    "be": "_ сто дзвесце трыста чатырыста пяцьсот шэсцьсот семсот восемсот дзевяцьсот".split(),
}
# Letters speech recognition writes for digits, by digit.
ASR_LETTERS = {"0": "OОо", "1": "Il", "3": "Зз"}
LETTER_NAMES = {
    "ru": {"M": "эм", "P": "пэ", "B": "бэ", "K": "ка", "H": "эйч", "A": "а", "C": "цэ", "E": "е"},
    "be": {"M": "эм", "P": "пэ", "B": "бэ", "K": "ка", "H": "эйч", "A": "а", "C": "цэ", "E": "е"},
    "en": {"M": "em", "P": "pee", "B": "bee", "K": "kay", "H": "aitch", "A": "ay", "C": "cee", "E": "ee"},
}
# Every Latin letter as a Russian/Belarusian or English speaker names it when spelling an address.
SPELLED = {
    "ru": dict(zip("abcdefghijklmnopqrstuvwxyz", "эй би си ди и эф джи эйч ай джей кей эл эм эн о пи кью ар эс ти ю ви "
                   "дабл-ю экс уай зет".split(), strict=True)),
    "be": dict(zip("abcdefghijklmnopqrstuvwxyz", "а бэ цэ дэ е эф гэ ха і йот ка эль эм эн о пэ ку эр эс тэ у вэ "
                   "дубль-вэ ікс ы зэт".split(), strict=True)),
    "en": dict(zip("abcdefghijklmnopqrstuvwxyz", "ay bee see dee ee ef gee aitch i jay kay el em en o pee cue ar "
                   "es tee u vee double-u ex why zed".split(), strict=True)),
}
# Letter names said the Russian way in Belarusian speech too, and the other way round.
SPELLED_ALT = {"ru": {"b": "бэ", "c": "цэ", "d": "дэ", "k": "ка", "p": "пэ", "t": "тэ", "v": "вэ", "w": "вэ",
                      "h": "ха", "l": "эль", "z": "зэ", "g": "гэ", "y": "ы"},
               "be": {"w": "вэ", "l": "эл", "h": "аш", "y": "игрек"},
               "en": {"z": "zee"}}


def spell(word: str, lang: str, rng: random.Random) -> str:
    """``wp`` -> ``вэ пэ``: a short Latin part spelled with letter names."""
    out = []
    for ch in word:
        alt = SPELLED_ALT[lang].get(ch)
        name = alt if alt is not None and rng.random() < 0.5 else SPELLED[lang][ch]
        out.append(name.replace("-", rng.choice([" ", "-"])))
    return " ".join(out)


def two_digits(pair: str, lang: str, rng: random.Random) -> str:
    """``29`` -> ``двадцать девять``; ``08`` -> ``ноль восемь``; ``40`` -> ``сорок``."""
    a, b = int(pair[0]), int(pair[1])
    if a == 0:
        return f"{rng.choice(ZERO_ALT[lang])} {UNITS[lang][b]}"
    if a == 1:
        return TEENS[lang][b]
    tens = TENS[lang][a]
    if b == 0:
        return tens
    joiner = "-" if lang == "en" and rng.random() < 0.5 else " "
    return f"{tens}{joiner}{UNITS[lang][b]}"


def three_digits(group: str, lang: str, rng: random.Random) -> str:
    """``612`` -> ``шестьсот двенадцать`` (en and groups starting with 0 are said digit by digit)."""
    if lang == "en" or group[0] == "0":
        return digit_by_digit(group, lang, rng)
    head = HUNDREDS[lang][int(group[0])]
    if group[1:] == "00":
        return head
    if group[1] == "0":
        return f"{head} {UNITS[lang][int(group[2])]}"
    return f"{head} {two_digits(group[1:], lang, rng)}"


def digit_by_digit(group: str, lang: str, rng: random.Random) -> str:
    """Each digit as a word; English may say ``double``/``triple`` for repeats."""
    out: list[str] = []
    i = 0
    while i < len(group):
        d = group[i]
        run = 1
        while i + run < len(group) and group[i + run] == d and run < 3:
            run += 1
        word = rng.choice(ZERO_ALT[lang]) if d == "0" else UNITS[lang][int(d)]
        if lang == "en" and run >= 2 and rng.random() < 0.6:
            out.append(f"{'double' if run == 2 else 'triple'} {word}")
            i += run
            continue
        out.append(word)
        i += 1
    return " ".join(out)


def say_group(group: str, lang: str, rng: random.Random) -> str:
    """A digit group said the way people dictate it: as a number when it has 2-3 digits, else digit by digit."""
    if len(group) == 2 and rng.random() < 0.7:
        return two_digits(group, lang, rng)
    if len(group) == 3 and rng.random() < 0.6:
        return three_digits(group, lang, rng)
    return digit_by_digit(group, lang, rng)


def asr_letters(group: str, rng: random.Random, rate: float = 0.4) -> str:
    """Digits with some of 0/1/3 written as the letters recognition puts for them."""
    out = []
    for ch in group:
        letters = ASR_LETTERS.get(ch)
        out.append(rng.choice(letters) if letters and rng.random() < rate else ch)
    return "".join(out)
