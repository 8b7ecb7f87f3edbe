"""Document-number renderers for ``contact_renderings.py`` that the first generator lacked: IBANs of every IBAN
country (spaced, lower case, split over two Whisper segments, groups read as words), Belarusian personal
numbers in any case and spacing, passports and residence cards of the countries Belarusians live in, and
case numbers after ``дело``/``справа``/``case``.

IBAN lengths are those of the SWIFT IBAN Registry (public knowledge, written out by hand); passport and
residence-card shapes are the publicly documented formats. Every carrier sentence is invented for this
bench; public domain.
"""

from __future__ import annotations

import random

from contact_speech import LETTER_NAMES, UNITS, asr_letters, digit_by_digit, three_digits

# Country -> total IBAN length (SWIFT IBAN Registry).
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BY": 28, "CH": 21,
    "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18,
    "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23,
    "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
    "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20,
}
# Countries whose basic bank account number starts with letters (a bank code), and how many.
_BANK_LETTERS = {"BY": 4, "GB": 4, "IE": 4, "NL": 4, "GE": 2, "LV": 4, "RO": 4, "BG": 4, "MT": 4, "GI": 4, "AE": 0}

CARRIERS = {
    "IBAN": {
        "ru": ["счёт для передач {}, на маму", "реквизиты такие: {} и всё", "переводите на {}.",
               "айбан у фонда {}, там написано"],
        "be": ["рахунак для перадач {}, на маму", "рэквізіты такія: {} і ўсё", "перакідвайце на {}."],
        "en": ["the account is {}, in mum's name", "the IBAN is {} and that's it", "transfer to {}."],
    },
    "DOC": {
        "ru": ["паспорт у него {}, забрали при обыске", "вид на жительство {}, до следующего года",
               "карта побыту {}, польская", "в протоколе записали паспорт {}."],
        "be": ["пашпарт у яго {}, забралі пры вобшуку", "від на жыхарства {}, да наступнага года",
               "карта побыту {}, польская"],
        "en": ["his passport is {}, they took it", "the residence card is {}, Polish one",
               "they wrote down passport {}."],
    },
    "PERSONAL": {
        "ru": ["личный номер {} стоит в постановлении", "идентификационный номер {}, его все знают",
               "личный номер у неё {}, запишите"],
        "be": ["асабісты нумар {} стаіць у пастанове", "ідэнтыфікацыйны нумар {}, запішыце"],
        "en": ["the personal number {} is in the ruling", "her ID number is {}, write it down"],
    },
    "CASE": {
        "ru": ["уголовное дело {}, возбудили в марте", "по делу {} его и судили", "номер дела {}, в архиве"],
        "be": ["крымінальная справа {}, завялі ў сакавіку", "па справе {} яго і судзілі"],
        "en": ["the criminal case {} was opened in March", "under case {} they tried him"],
    },
}
_ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _iban(country: str, rng: random.Random) -> str:
    length = IBAN_LENGTHS[country]
    letters = _BANK_LETTERS.get(country, 0)
    body = "".join(rng.choice(_ALNUM) for _ in range(letters))
    body += "".join(rng.choice("0123456789") for _ in range(length - 4 - letters))
    check = 98 - int("".join(str(int(c, 36)) for c in body + country + "00")) % 97
    return f"{country}{check:02d}{body}"


def _said_group(group: str, lang: str, rng: random.Random) -> str:
    if group.isdigit() and rng.random() < 0.3:
        return digit_by_digit(group, lang, rng)
    return group


def iban_any(lang: str, rng: random.Random) -> tuple[str, str]:
    """An IBAN of any IBAN country: in fours, the country code apart, lower case, over two segments, words."""
    code = _iban(rng.choice(list(IBAN_LENGTHS)), rng)
    groups = [code[i : i + 4] for i in range(0, len(code), 4)]
    if rng.random() < 0.3:
        groups = [code[:2], code[2:4], *groups[1:]]
    said = rng.random() < 0.25
    if said:
        groups = [_said_group(g, lang, rng) for g in groups]
    seps = [" "] * (len(groups) - 1)
    if rng.random() < 0.3:
        seps[rng.randrange(len(seps))] = rng.choice(["\n", ",\n", "...\n"])
    surface = groups[0] + "".join(s + g for s, g in zip(seps, groups[1:], strict=True))
    if rng.random() < 0.3:
        surface = surface.lower()
    elif not said and rng.random() < 0.2:
        surface = surface.replace(" ", "")
    return surface, rng.choice(CARRIERS["IBAN"][lang])


_CYR = str.maketrans("ABEKMHOPCTX", "АВЕКМНОРСТХ")
# Passport and residence-card shapes: (series letters or None for digits-only, digits).
_FOREIGN = [("MP", 7), ("KH", 7), ("KB", 7), ("AB", 7), ("BM", 7), ("HB", 7), ("MC", 7), ("PP", 7), ("EK", 7),
            ("ER", 7), ("RP", 7), ("RA", 7), ("FA", 6), ("FE", 6), ("EA", 6), ("75", 7), ("LT", 7), ("BP", 7)]


def _letters(series: str, lang: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.4:
        return series
    if roll < 0.6:
        return series.lower()
    if (roll < 0.75 and lang != "en") or any(c not in LETTER_NAMES[lang] for c in series):
        return series.translate(_CYR) if lang != "en" else series
    return " ".join(LETTER_NAMES[lang].get(c, c) for c in series)


def passport_any(lang: str, rng: random.Random) -> tuple[str, str]:
    """A passport or residence-card number: two letters and six or seven digits, in any case and spacing,
    written or dictated, the letters in Latin, Cyrillic look-alikes or letter names."""
    series, count = rng.choice(_FOREIGN)
    digits = "".join(rng.choice("0123456789") for _ in range(count))
    letters = series if series.isdigit() else _letters(series, lang, rng)
    roll = rng.random()
    if roll < 0.3:
        body = digit_by_digit(digits, lang, rng)
    elif roll < 0.45:
        body = f"{digits[:3]} {digits[3:]}" if count == 6 else f"{digits[:2]} {digits[2:4]} {digits[4:]}"
    elif roll < 0.6:
        body = asr_letters(digits, rng, 0.3)
    else:
        body = digits
    sep = "" if " " not in letters and rng.random() < 0.4 and body[:1].isdigit() else rng.choice([" ", " ", "-", ", "])
    return f"{letters}{sep}{body}", rng.choice(CARRIERS["DOC"][lang])


def personal_any(lang: str, rng: random.Random) -> tuple[str, str]:
    """A Belarusian personal number (7 digits, letter, 3 digits, 2 letters, digit) in any case, spaced or
    not, with recognition letters, over two segments, or partly dictated."""
    head = rng.choice("1234567") + "".join(rng.choice("0123456789") for _ in range(6))
    letter, mid = rng.choice("ABCEHKM"), "".join(rng.choice("0123456789") for _ in range(3))
    tail_letters, last = rng.choice(["PB", "PB", "PB", "BA", "BI", "GB"]), rng.choice("0123456789")
    parts = [head, letter, mid, tail_letters, last]
    roll = rng.random()
    if roll < 0.25:
        parts = [asr_letters(head, rng, 0.3), letter, asr_letters(mid, rng, 0.3), tail_letters, last]
    elif roll < 0.45:
        parts = [digit_by_digit(head, lang, rng), letter, three_digits(mid, lang, rng), tail_letters,
                 UNITS[lang][int(last)]]
    sep = rng.choice(["", "", " ", "-"]) if roll >= 0.45 else " "
    seps = [sep] * 4
    if rng.random() < 0.25:
        seps[rng.randrange(4)] = rng.choice(["\n", " \n"])
    surface = parts[0] + "".join(s + p for s, p in zip(seps, parts[1:], strict=True))
    style = rng.random()
    if style < 0.3:
        surface = surface.lower()
    elif style < 0.45 and lang != "en":
        surface = surface.translate(_CYR)
    return surface, rng.choice(CARRIERS["PERSONAL"][lang])


def case_any(lang: str, rng: random.Random) -> tuple[str, str]:
    """A criminal case number after ``дело``/``справа``/``case``: eleven digits as the Investigative
    Committee writes them, or shorter, with ``№``/``номер``, spaced, or partly dictated."""
    digits = rng.choice(["2", "1"]) + "".join(rng.choice("0123456789") for _ in range(rng.choice([7, 8, 10])))
    sign = rng.choice(["", "№ ", "№", {"ru": "номер ", "be": "нумар ", "en": "number "}[lang],
                       {"ru": "под номером ", "be": "пад нумарам ", "en": "no. "}[lang]])
    roll = rng.random()
    if roll < 0.5:
        body = digits
    elif roll < 0.75:
        body = " ".join(digits[i : i + 3] for i in range(0, len(digits), 3))
    else:
        body = f"{digits[:2]} {digit_by_digit(digits[2:], lang, rng)}"
    return body, rng.choice(CARRIERS["CASE"][lang]).replace("{}", sign + "{}")
