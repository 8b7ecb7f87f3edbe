"""The scanner's own small vocabulary of capitalised words that identify nobody.

Kept here on purpose, not shared with the detectors' lists: the second gate must not inherit their
blind spots. Inside a sentence Russian and Belarusian capitalise only proper nouns, so a capitalised
word not listed here is reported; English also capitalises months, weekdays, nationalities and ``I``.
"""

from __future__ import annotations

_COMMON = """
беларусь беларуси беларусью белоруссия белоруссии рб рф россия россии европа европе ес
кгб губопик омон мвд гувд рувд фсб ик сизо ивс лтп цип ук коап бчб суд прокуратура
телеграм телеграме телеграмм telegram вайбер viber инстаграм instagram signal сигнал whatsapp ватсап
фейсбук facebook youtube ютуб zoom зум google гугл tiktok твиттер twitter vpn впн iphone айфон
бог бога богу господи господь интервьюер респондент interviewer respondent
новый год рождество пасха
i i'm i've i'll i'd ok okay mr mrs ms miss dr
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
belarus belarusian belarusians russian russians russia ukrainian ukraine polish lithuanian english
european europe eu kgb omon soviet christmas easter god covid
""".split()
_KNOWN = frozenset(w.lower() for w in _COMMON)
_KNOWN_BY_LANGUAGE = {
    "ru": frozenset(),
    "be": frozenset("беларусі беларусь беларусі беларуссю расія расіі".split()),
    "en": frozenset(),
}


def is_known(word: str, language: str) -> bool:
    """``word`` (as written) is a capitalised word that identifies nobody."""
    low = word.lower().replace("’", "'")
    base = low.split("-")[0]
    return low in _KNOWN or base in _KNOWN or low in _KNOWN_BY_LANGUAGE.get(language, frozenset())
