"""Phone renderers for ``contact_renderings.py`` that the first generator lacked: every ITU calling code,
national formats with trunk prefixes, every grouping, spoken prefixes (``00``, ``плюс``, words), fillers and
joiners between groups, repeats and a number split over two Whisper segments.

The calling codes are the ITU-T E.164 country codes (ITU-T Recommendation E.164 Annex, list of assigned
country codes; public knowledge, written out here by hand); the national shapes are the publicly documented
numbering plans of the countries Belarusians most often live in. Every carrier sentence is invented for this
bench; public domain.
"""

from __future__ import annotations

import random

from contact_speech import asr_letters, digit_by_digit, say_group, two_digits

# ITU-T E.164 country calling codes (geographic), written out from the public assignment list.
CALLING_CODES = (
    "1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 "
    "81 82 84 86 90 91 92 93 94 95 98 211 212 213 216 218 220 221 222 223 224 225 226 227 228 229 230 231 232 "
    "233 234 235 236 237 238 239 240 241 242 243 244 245 246 248 249 250 251 252 253 254 255 256 257 258 260 "
    "261 262 263 264 265 266 267 268 269 290 291 297 298 299 350 351 352 353 354 355 356 357 358 359 370 371 "
    "372 373 374 375 376 377 378 380 381 382 383 385 386 387 389 420 421 423 500 501 502 503 504 505 506 507 "
    "508 509 590 591 592 593 594 595 596 597 598 599 670 672 673 674 675 676 677 678 679 680 681 682 683 685 "
    "686 687 688 689 690 691 692 850 852 853 855 856 880 886 960 961 962 963 964 965 966 967 968 970 971 972 "
    "973 974 975 976 977 992 993 994 995 996 998"
).split()

# (calling code, national trunk prefix or "", mobile number shape: leading digits then "x" for any digit,
# usual grouping of the national significant number).
NATIONAL = [
    ("375", "8 0", "29xxxxxxx", (2, 3, 2, 2)), ("375", "8 0", "44xxxxxxx", (2, 3, 2, 2)),
    ("375", "8 0", "17xxxxxxx", (2, 3, 2, 2)), ("375", "8 0", "33xxxxxxx", (2, 3, 2, 2)),
    ("7", "8", "9xxxxxxxxx", (3, 3, 2, 2)), ("380", "0", "67xxxxxxx", (2, 3, 2, 2)),
    ("48", "", "5xxxxxxxx", (3, 3, 3)), ("48", "", "7xxxxxxxx", (3, 3, 3)), ("48", "", "6xxxxxxxx", (3, 3, 3)),
    ("370", "8", "6xxxxxxx", (3, 5)), ("370", "0", "6xxxxxxx", (3, 2, 3)), ("371", "", "2xxxxxxx", (2, 3, 3)),
    ("372", "", "5xxxxxxx", (4, 4)), ("995", "", "5xxxxxxxx", (3, 2, 2, 2)), ("420", "", "7xxxxxxxx", (3, 3, 3)),
    ("420", "", "6xxxxxxxx", (3, 3, 3)), ("421", "0", "9xxxxxxxx", (3, 3, 3)),
    ("353", "0", "8xxxxxxxx", (2, 3, 4)), ("49", "0", "15xxxxxxxx", (3, 4, 4)),
    ("49", "0", "17xxxxxxxx", (3, 7)), ("49", "0", "16xxxxxxx", (3, 3, 4)), ("44", "0", "7xxxxxxxxx", (4, 6)),
    ("44", "0", "7xxxxxxxxx", (4, 3, 3)), ("31", "0", "6xxxxxxxx", (1, 4, 4)), ("46", "0", "7xxxxxxxx", (2, 3, 2, 2)),
    ("47", "", "4xxxxxxx", (3, 2, 3)), ("358", "0", "4xxxxxxxx", (2, 3, 4)), ("30", "", "69xxxxxxxx", (3, 3, 4)),
    ("33", "0", "6xxxxxxxx", (1, 2, 2, 2, 2)), ("34", "", "6xxxxxxxx", (3, 3, 3)), ("39", "", "3xxxxxxxxx", (3, 3, 4)),
    ("43", "0", "66xxxxxxxx", (3, 7)), ("41", "0", "7xxxxxxxx", (2, 3, 2, 2)), ("32", "0", "4xxxxxxxx", (3, 2, 2, 2)),
    ("45", "", "2xxxxxxx", (2, 2, 2, 2)), ("36", "06", "20xxxxxxx", (2, 3, 4)), ("40", "0", "7xxxxxxxx", (3, 3, 3)),
    ("359", "0", "8xxxxxxxx", (2, 3, 4)), ("373", "0", "6xxxxxxx", (3, 2, 3)), ("374", "0", "9xxxxxxx", (2, 6)),
    ("994", "0", "5xxxxxxxx", (2, 3, 2, 2)), ("998", "", "9xxxxxxxx", (2, 3, 2, 2)),
    ("972", "0", "5xxxxxxxx", (2, 3, 4)),
    ("90", "0", "5xxxxxxxxx", (3, 3, 2, 2)), ("1", "1", "xxxxxxxxxx", (3, 3, 4)), ("351", "", "9xxxxxxxx", (3, 3, 3)),
]

CARRIERS = {
    "ru": ["запишите мой номер {}, звоните после шести", "телефон у неё сейчас {} но лучше в сигнал",
           "набирайте {} если что.", "у сына новый номер, {}, пишите туда", "ну, его номер {}, он всегда на связи",
           "вот, записывайте: {}, это мамин", "у меня здешний номер {}, местный"],
    "be": ["запішыце нумар {}, званіце ўвечары", "тэлефон у яе цяпер {} але лепш у сігнал",
           "набірайце {} калі што.", "у сына новы нумар, {}, пішыце туды", "вось, запісвайце: {}, гэта мамін"],
    "en": ["my number is {}, call after six", "her phone now is {} but Signal is better", "dial {} if needed.",
           "my son has a new number, {}, text him there", "so, write it down: {}, that's mum's"],
}
PLUS = {"ru": ["плюс", "+", "+"], "be": ["плюс", "+", "+"], "en": ["plus", "+", "+"]}
# What a speaker puts between groups, besides a plain separator.
_SEPS = [" ", " ", "-", ", ", ".", "/", " ", ", "]
_SAID_SEPS = {"ru": [" и ", ", ну, ", " э-э ", ", значит, ", " так "], "be": [" і ", ", ну, ", " э-э ", ", вось, "],
              "en": [" and ", ", um, ", " uh ", ", er, "]}
_SEGMENT = {"ru": ["\n", "...\n", ",\n", "\n"], "be": ["\n", "...\n", ",\n"], "en": ["\n", "...\n", ",\n"]}


def _fill(shape: str, rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") if c == "x" else c for c in shape)


def _cut(digits: str, sizes: tuple[int, ...]) -> list[str]:
    out, pos = [], 0
    for size in sizes:
        out.append(digits[pos : pos + size])
        pos += size
    if pos < len(digits):
        out.append(digits[pos:])
    out = [g for g in out if g]
    if len(out) > 2 and len(out[-1]) == 1 and len(out[-2]) > 1:  # nobody says a lone last digit after groups
        out[-2:] = [out[-2] + out[-1]]
    return out


def _regroup(digits: str, usual: tuple[int, ...], rng: random.Random) -> list[str]:
    """The usual grouping, or another one people use: 2-2-2, 3-2-2, 4-3, 3-3-3, digit by digit."""
    roll = rng.random()
    if roll < 0.5:
        return _cut(digits, usual)
    if roll < 0.6:
        return list(digits)
    sizes = rng.choice([(3, 2, 2, 2, 2), (2, 2, 2, 2, 2), (4, 3, 3), (3, 3, 3, 3), (2, 3, 2, 2, 2), (3, 4, 4)])
    return _cut(digits, sizes)


def _say(group: str, lang: str, style: str, rng: random.Random) -> str:
    if style == "words" or (style == "mixed" and rng.random() < 0.5):
        if len(group) == 1:
            return digit_by_digit(group, lang, rng)
        return say_group(group, lang, rng)
    if style == "asr":
        return asr_letters(group, rng)
    return group


def _join(parts: list[str], lang: str, style: str, rng: random.Random, split: bool = True) -> str:
    seps = [rng.choice([" ", ", "]) if style in ("words", "mixed") else rng.choice(_SEPS)] * (len(parts) - 1)
    for k in range(len(seps)):
        if rng.random() < 0.15:
            seps[k] = rng.choice(_SAID_SEPS[lang])
    if split and seps and rng.random() < 0.25:  # the number split over two Whisper segments, the speaker keeps the turn
        seps[rng.randrange(len(seps))] = rng.choice(_SEGMENT[lang])
    return parts[0] + "".join(s + p for s, p in zip(seps, parts[1:], strict=True))


def _said_code(code: str, lang: str, style: str, rng: random.Random) -> str:
    """``+420``, ``плюс 420``, ``00 420``, ``плюс четыре два ноль``, ``plus forty-eight``."""
    roll = rng.random()
    if style in ("words", "mixed") and roll < 0.6:
        said = two_digits(code, lang, rng) if len(code) == 2 and rng.random() < 0.5 else digit_by_digit(code, lang, rng)
        lead = rng.choice([rng.choice(PLUS[lang][:1]), rng.choice(PLUS[lang][:1]), digit_by_digit("00", lang, rng)])
        return f"{lead} {said}"
    if roll < 0.3:
        return f"+{code}"
    if roll < 0.5:
        return f"{PLUS[lang][0]} {code}"
    if roll < 0.65:
        return f"00 {code}" if rng.random() < 0.6 else f"00{code}"
    if roll < 0.8:
        return f"+{code} (0)" if code in ("44", "49", "41", "43") else f"+{code}"
    return f"({code})" if rng.random() < 0.3 else f"+ {code}"


def international(lang: str, rng: random.Random) -> tuple[str, str]:
    """Any calling code with a national significant number, in any grouping and style."""
    style = rng.choice(["digits", "digits", "asr", "words", "mixed"])
    if rng.random() < 0.5:
        code, _trunk, shape, usual = rng.choice(NATIONAL)
        nsn = _fill(shape, rng)
    else:
        code = rng.choice(CALLING_CODES)
        size = max(7, min(10, 12 - len(code) + rng.choice([-1, 0, 0])))
        nsn = rng.choice("23456789") + _fill("x" * (size - 1), rng)
        usual = rng.choice([(3, 3, 3), (2, 3, 2, 2), (3, 2, 2), (4, 4)])
    parts = [_say(g, lang, style, rng) for g in _regroup(nsn, usual, rng)]
    sep = rng.choice([" ", " ", ", ", "\n", "-"]) if style not in ("words", "mixed") else rng.choice([" ", ", ", "\n"])
    if "\n" in sep:
        return _said_code(code, lang, style, rng) + sep + _join(parts, lang, style, rng, split=False), rng.choice(
            CARRIERS[lang])
    surface = _said_code(code, lang, style, rng) + sep + _join(parts, lang, style, rng)
    return surface, rng.choice(CARRIERS[lang])


def _trunked(trunk: str, first: str, style: str, lang: str, rng: random.Random) -> str:
    """``8 029``, ``8 (029)``, ``80 29``, ``029``, ``восемь ноль двадцать девять``, ``0 151``."""
    head = trunk.replace(" ", "") + first
    if style in ("words", "mixed"):
        return " ".join(_say(c, lang, "words", rng) for c in ([trunk.split()[0], "0" + first] if " " in trunk
                                                             else [trunk + first[:1], first[1:]]))
    if trunk == "8 0":
        return rng.choice([f"8 0{first}", f"8 (0{first})", f"80 {first}", f"0{first}", f"8-0{first}", f"8 0 {first}"])
    return rng.choice([head, f"{trunk} {first}", f"({head})", head])


def national(lang: str, rng: random.Random) -> tuple[str, str]:
    """A number as dialled at home: trunk prefix and area or mobile prefix, no calling code."""
    style = rng.choice(["digits", "digits", "asr", "words", "mixed"])
    _code, trunk, shape, usual = rng.choice(NATIONAL)
    nsn = _fill(shape, rng)
    groups = _regroup(nsn, usual, rng)
    if trunk and rng.random() < 0.8 and len(groups[0]) >= 2:
        lead = _trunked(trunk, groups[0], style, lang, rng)
        rest = [_say(g, lang, style, rng) for g in groups[1:]]
        surface = lead + rng.choice([" ", ", ", " "]) + _join(rest, lang, style, rng)
    else:
        surface = _join([_say(g, lang, style, rng) for g in groups], lang, style, rng)
    return surface, rng.choice(CARRIERS[lang])
