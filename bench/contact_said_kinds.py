"""Phone renderers for ``contact_renderings.py`` (round 9, kind PHONE_SAID): more ways a Whisper transcript of
Russian, Belarusian and English speech writes a phone, each way a named function so the bench can say which
way is missed (e-mails, handles and web addresses: ``contact_said_web_kinds.py``).

Phones: digits and number words mixed in one number, tens-and-units pairs, English ``double``/``triple``/``oh``,
Belarusian words, uneven groups, dictation words inside (``запиши``, ``пишешь?``, ``got that?``), the interviewer
echoing the tail, a code said as a number (``плюс триста семьдесят пять``), extensions, a dash or a space between
every digit, solid runs, dashes between words.

Written for this bench from general knowledge of the three languages and of the public services named (no
evaluation set was read); every carrier sentence and name part is invented; public domain.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from contact_speech import UNITS, digit_by_digit, three_digits, two_digits

Way = Callable[[str, random.Random], "str | tuple[str, str]"]

CARRIERS = {
    "PHONE": {"ru": ["запиши номер {}, это мамин", "звоните {} после шести", "у неё номер {} и всё"],
              "be": ["запішы нумар {}, гэта мамін", "тэлефануйце {} пасля шасці", "у яе нумар {} і ўсё"],
              "en": ["write down {}, it's mum's", "call {} after six", "her number is {} and that's it"]},
}
_CODES = [("375", "29xxxxxxx", (2, 3, 2, 2)), ("375", "44xxxxxxx", (2, 3, 2, 2)), ("375", "33xxxxxxx", (2, 3, 2, 2)),
          ("370", "6xxxxxxx", (3, 2, 3)), ("48", "5xxxxxxxx", (3, 3, 3)), ("7", "9xxxxxxxxx", (3, 3, 2, 2)),
          ("380", "67xxxxxxx", (2, 3, 2, 2))]
_PLUS = {"ru": "плюс", "be": "плюс", "en": "plus"}
_DICTATION = {"ru": [", запиши, ", ", записываешь? ", " ну ", " э-э ", ", так, ", ", пишешь? ", ", дальше ", ", ага, "],
              "be": [", запішы, ", ", пішаш? ", " ну ", " э-э ", ", так, ", ", далей ", ", вось, "],
              "en": [", write this down, ", ", got that? ", " um ", " uh ", ", okay, ", ", then ", ", and then "]}
_EXTENSION = {"ru": ["добавочный", "доб.", "доб"], "be": ["дадатковы", "доб."], "en": ["extension", "ext.", "ext"]}


def _number(rng: random.Random) -> tuple[str, list[str]]:
    code, shape, sizes = rng.choice(_CODES)
    nsn = "".join(rng.choice("0123456789") if c == "x" else c for c in shape)
    out, pos = [], 0
    for size in sizes:
        out.append(nsn[pos : pos + size])
        pos += size
    return code, out


def _words(group: str, lang: str, rng: random.Random) -> str:
    if len(group) == 2:
        return two_digits(group, lang, rng)
    if len(group) == 3:
        return three_digits(group, lang, rng)
    return digit_by_digit(group, lang, rng)


def _pairs(group: str, lang: str, rng: random.Random) -> str:
    """``1234567`` -> ``один двадцать три сорок пять шестьдесят семь``: the head digit alone, then pairs."""
    head = group[: len(group) % 2]
    said = [UNITS[lang][int(head)]] if head else []
    return " ".join(said + [two_digits(group[i : i + 2], lang, rng) for i in range(len(head), len(group), 2)])


def _coded(code: str, groups: list[str], lang: str, rng: random.Random, body: str) -> str:
    lead = rng.choice([f"+{code}", f"{_PLUS[lang]} {code}", f"+{code}", ""])
    return f"{lead} {body}".strip()


def p_mixed(lang: str, rng: random.Random) -> str:
    code, groups = _number(rng)
    said = [g if i % 2 == rng.randrange(2) else _words(g, lang, rng) for i, g in enumerate(groups)]
    return _coded(code, groups, lang, rng, " ".join(said))


def p_trunk_mixed(lang: str, rng: random.Random) -> str:
    _code, groups = _number(rng)
    eight = {"ru": "восемь", "be": "восем", "en": "eight"}[lang]
    rest = [_words(g, lang, rng) if rng.random() < 0.5 else g for g in groups[1:]]
    return f"{eight} 0{groups[0]} " + " ".join(rest)


def p_tens_pairs(lang: str, rng: random.Random) -> str:
    code, groups = _number(rng)
    return _coded(code, groups, lang, rng, ", ".join(_pairs(g, lang, rng) for g in groups))


def p_double_triple(lang: str, rng: random.Random) -> str:
    code, groups = _number(rng)
    groups = [g[0] * 2 + g[2:] if len(g) >= 3 else g[0] * len(g) for g in groups]
    if lang != "en":
        return _coded(code, groups, lang, rng, " ".join(_words(g, lang, rng) for g in groups))
    said = []
    for g in groups:
        word = "oh" if g[0] == "0" else UNITS["en"][int(g[0])]
        lead = {2: "double", 3: "triple"}.get(len(g) - len(g.lstrip(g[0])) or 1, "")
        said.append(f"{lead} {word} {digit_by_digit(g.lstrip(g[0]), 'en', rng)}".strip())
    return f"plus {digit_by_digit(code, 'en', rng)}, " + ", ".join(said)


def p_oh(lang: str, rng: random.Random) -> str:
    _code, groups = _number(rng)
    zero = {"ru": "ноль", "be": "нуль", "en": "oh"}[lang]
    return f"{zero} " + " ".join(digit_by_digit(g, lang, rng) for g in groups)


def p_uneven(lang: str, rng: random.Random) -> str:
    code, groups = _number(rng)
    digits, out = "".join(groups), []
    while digits:
        size = min(len(digits), rng.choice([1, 2, 3, 4]))
        out.append(digits[:size])
        digits = digits[size:]
    return _coded(code, groups, lang, rng, " ".join(out))


def p_dictation(lang: str, rng: random.Random) -> str:
    code, groups = _number(rng)
    style = rng.random() < 0.5
    said = [_words(g, lang, rng) if style else g for g in groups]
    body = said[0]
    for part in said[1:]:
        body += (rng.choice(_DICTATION[lang]) if rng.random() < 0.5 else " ") + part
    return _coded(code, groups, lang, rng, body)


def p_code_as_number(lang: str, rng: random.Random) -> str:
    code, groups = _number(rng)
    if len(code) == 3 and lang != "en":
        said = three_digits(code, lang, rng)
    elif len(code) == 2:
        said = two_digits(code, lang, rng)
    else:
        said = digit_by_digit(code, lang, rng)
    return f"{_PLUS[lang]} {said} " + " ".join(groups)


def p_extension(lang: str, rng: random.Random) -> str:
    code, groups = _number(rng)
    ext = str(rng.randint(10, 999))
    said = ext if rng.random() < 0.6 else digit_by_digit(ext, lang, rng)
    return f"+{code} {' '.join(groups)}{rng.choice([', ', ' '])}{rng.choice(_EXTENSION[lang])} {said}"


def p_dash_every(lang: str, rng: random.Random) -> str:
    code, groups = _number(rng)
    sep = rng.choice(["-", " - ", "–", "."])
    return f"+{code} " * (rng.random() < 0.5) + sep.join("".join(groups))


def p_space_every(lang: str, rng: random.Random) -> str:
    code, groups = _number(rng)
    return " ".join(rng.choice([f"+{code}", "+" + " ".join(code), "8 0"]) .split()) + " " + " ".join("".join(groups))


def p_solid(lang: str, rng: random.Random) -> str:
    code, groups = _number(rng)
    return rng.choice([f"+{code}", code, f"00{code}"]) + "".join(groups)


def p_word_dashes(lang: str, rng: random.Random) -> str:
    code, groups = _number(rng)
    return _coded(code, groups, lang, rng, rng.choice([" - ", " — ", "-"]).join(_words(g, lang, rng) for g in groups))


def p_messenger(lang: str, rng: random.Random) -> tuple[str, str]:
    """The number with the messenger it is on; the messenger's name stays in the carrier."""
    code, groups = _number(rng)
    app = rng.choice(["вайбер", "ватсап", "вотсап", "телеграм"] if lang != "en" else ["WhatsApp", "Viber", "Signal"])
    on = {"ru": "в", "be": "у", "en": "on"}[lang]
    write, done = {"ru": ("пишите", "и всё"), "be": ("пішыце", "і ўсё"), "en": ("text me", "that's it")}[lang]
    carrier = rng.choice([f"{{}} {on} {app}, {write}", f"{app}: {{}}", f"{on} {app} {{}} {done}"])
    return f"+{code} {' '.join(groups)}", carrier


def p_be_words(lang: str, rng: random.Random) -> str:
    code, groups = _number(rng)
    return f"{_PLUS[lang]} {digit_by_digit(code, lang, rng)} " + " ".join(_words(g, lang, rng) for g in groups)


def p_brackets(lang: str, rng: random.Random) -> str:
    code, groups = _number(rng)
    return f"(+{code}) {groups[0]} " + "-".join(groups[1:]) if rng.random() < 0.5 else \
        f"+{code} ({groups[0]}) " + rng.choice(["–", "-", " "]).join(groups[1:])


def p_landline(lang: str, rng: random.Random) -> str:
    digits = rng.choice("2356") + "".join(rng.choice("0123456789") for _ in range(6))
    parts = [digits[:3], digits[3:5], digits[5:]]
    if rng.random() < 0.5:
        return f"8 017 {' '.join(parts)}" if rng.random() < 0.5 else f"8 (017) {'-'.join(parts)}"
    return f"{_PLUS[lang]} 375 17 " + " ".join(_words(p, lang, rng) for p in parts)


def p_en_hundreds(lang: str, rng: random.Random) -> str:
    code, groups = _number(rng)
    said = [digit_by_digit(g, lang, rng) if len(g) != 2 else two_digits(g, lang, rng) for g in groups]
    return f"{_PLUS[lang]} {digit_by_digit(code, lang, rng)}, " + ", ".join(said)


PHONE_WAYS: dict[str, Way] = {
    "mixed": p_mixed, "trunk_mixed": p_trunk_mixed, "tens_pairs": p_tens_pairs, "double_triple": p_double_triple,
    "oh": p_oh, "uneven": p_uneven, "dictation": p_dictation, "code_as_number": p_code_as_number,
    "extension": p_extension, "dash_every": p_dash_every, "space_every": p_space_every, "solid": p_solid,
    "word_dashes": p_word_dashes, "messenger": p_messenger, "words_all": p_be_words, "brackets": p_brackets,
    "landline": p_landline, "hundreds_said": p_en_hundreds,
}
_ECHO = {"ru": ("мой номер {n}, звоните.\nИнтервьюер: {e}? Правильно?", "{e}, да."),
         "be": ("мой нумар {n}, званіце.\nІнтэрв'юер: {e}? Правільна?", "{e}, так."),
         "en": ("my number is {n}, call me.\nInterviewer: {e}? Is that right?", "{e}, yes.")}
_COUNTRY = {"ru": ["белорусский номер {}, старый", "номер литовский, {}, пишите", "польский номер у него {} и всё"],
            "be": ["беларускі нумар {}, стары", "нумар літоўскі, {}, пішыце"],
            "en": ["a Belarusian number, {}, the old one", "his Polish number is {} and that's it"]}


def p_echo_tail(lang: str, rng: random.Random) -> tuple[str, str]:
    """The interviewer repeats the last groups (in words or digits); the surface is the echo."""
    code, groups = _number(rng)
    full = f"+{code} {' '.join(groups)}"
    tail = groups[-2:] if rng.random() < 0.6 else groups[-3:]
    echo = " ".join(tail) if rng.random() < 0.5 else " ".join(_words(g, lang, rng) for g in tail)
    first, _answer = _ECHO[lang]
    return echo, first.replace("{n}", full).replace("{e}", "{}")


def p_country_named(lang: str, rng: random.Random) -> tuple[str, str]:
    """The country is said as a word and the number follows without its code."""
    _code, groups = _number(rng)
    body = " ".join(groups) if rng.random() < 0.5 else " ".join(_words(g, lang, rng) for g in groups)
    return body, rng.choice(_COUNTRY[lang])


PHONE_WAYS["echo_tail"] = p_echo_tail
PHONE_WAYS["country_named"] = p_country_named


def p_code_switch(lang: str, rng: random.Random) -> str:
    """Russian and Belarusian words in one number (speakers switch mid-number)."""
    code, groups = _number(rng)
    other = {"ru": "be", "be": "ru", "en": "ru"}[lang]
    said = [_words(g, rng.choice([lang, other]), rng) for g in groups]
    return f"{_PLUS[lang]} {digit_by_digit(code, rng.choice([lang, other]), rng)} " + ", ".join(said)


def p_words_tire(lang: str, rng: random.Random) -> str:
    code, groups = _number(rng)
    tire = {"ru": "тире", "be": "працяжнік", "en": "dash"}[lang]
    return f"+{code} " + f" {tire} ".join(_words(g, lang, rng) for g in groups)


def p_hyphen_words(lang: str, rng: random.Random) -> str:
    """Recognition joins the words of a group with hyphens (``двадцать-девять``)."""
    code, groups = _number(rng)
    return f"+{code} " + " ".join(_words(g, lang, rng).replace(" ", "-") for g in groups)


def p_period_groups(lang: str, rng: random.Random) -> str:
    """Each group closed by a full stop, as recognition writes slow dictation (``29. 123. 45. 67``)."""
    code, groups = _number(rng)
    return f"+{code}. " + ". ".join(groups)


def p_compact_trunk(lang: str, rng: random.Random) -> str:
    _code, groups = _number(rng)
    return rng.choice(["8(0{})", "8 (0{}) ", "8-0{}-"]).format(groups[0]) + rng.choice(["", "-"]).join(groups[1:])


def p_bare_code(lang: str, rng: random.Random) -> str:
    """The calling code without a plus (``375 29 123 45 67``)."""
    code, groups = _number(rng)
    if code == "7":
        code = "8"
    return f"{code} " + " ".join(groups)


def p_ellipses(lang: str, rng: random.Random) -> str:
    """Pauses between groups written as ellipses (``29... 123... 45 67``)."""
    code, groups = _number(rng)
    said = [g if rng.random() < 0.5 else _words(g, lang, rng) for g in groups]
    return f"+{code} " + rng.choice(["... ", "… ", "..."]).join(said)


def p_nought(lang: str, rng: random.Random) -> str:
    """British ``nought`` and ``zero`` for 0, Russian ``нолик``/``нулик``."""
    _code, groups = _number(rng)
    zero = {"ru": ["ноль", "нолик"], "be": ["нуль", "нулік"], "en": ["nought", "zero"]}[lang]
    body = " ".join(digit_by_digit(g, lang, rng) for g in groups)
    return f"{rng.choice(zero)} {body}"


def p_comma_groups(lang: str, rng: random.Random) -> str:
    """Groups written with commas and no spaces (``29,123,45,67``)."""
    code, groups = _number(rng)
    return f"+{code} " + ",".join(groups)


PHONE_WAYS.update({"code_switch": p_code_switch, "words_tire": p_words_tire, "hyphen_words": p_hyphen_words,
                   "period_groups": p_period_groups, "compact_trunk": p_compact_trunk, "bare_code": p_bare_code,
                   "ellipses": p_ellipses, "nought": p_nought, "comma_groups": p_comma_groups})
