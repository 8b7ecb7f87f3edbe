"""Renderers for ``place_renderings.py``: a facility called by an ordinal or by prison slang, and decoys.

Kind ``FACILITY``: ``дваццаць другая калонія`` (``друг-`` after a tens word is "second"), an English ordinal
before a word of frequency (``goes to the fifteenth every month``), an ordinal after a filler in unpunctuated
speech (``ну сямнаццатая і цяпер``), and an invented town's adjective before the slang ``централ`` or
``пересылка`` (``Барнавский централ``).  Kind ``FACILITY_DECOY``: ``другая колония`` (another colony), two
ordinals joined (``ну вторая и третья попытки``), an ordinal before its noun (``on the third day``),
``центральный``
before a common noun.  Every carrier speaks of detention.  Invented for this bench; public domain.
"""

from __future__ import annotations

import random

from place_render_kinds import be_stem, stem

_RU_ORD = ("третья", "четвёртая", "пятая", "восьмая", "девятая", "пятнадцатая", "семнадцатая", "двадцать вторая")
_BE_ORD = ("трэцяя", "чацвёртая", "пятая", "восьмая", "дзявятая", "пятнаццатая", "сямнаццатая", "дваццаць другая")
_EN_ORD = ("third", "fifth", "ninth", "eleventh", "fifteenth", "seventeenth", "twenty-second")
_EN_AFTER = ("every month", "twice a year", "every few weeks", "last spring", "each summer", "once a month")
_FILLER = {
    "ru": ("после суда его этапировали ну {} там режим строгий",
           "он сидит уже год его увезли вот {} теперь ехать полдня", "сын сидит ну {} и туда только на поезде"),
    "be": ("пасля суда яго этапавалі ну {} і цяпер ехаць паўдня", "ён сядзіць ужо год яго павезлі вось {} туды далёка",
           "сын сядзіць ну {} цяпер толькі цягніком"),
}
_BE_SECOND = (("дваццаць другая", "калонія"), ("дваццаць другой", "калоніі"), ("трыццаць другую", "калонію"))
_SLANG = {"ru": (("ский", "централ"), ("ская", "пересылка"), ("ском", "централе")),
          "be": (("скі", "цэнтрал"), ("ская", "перасылка"), ("скім", "цэнтрале"))}
_SLANG_CARRIERS = {"ru": ("Потом его перевели в {}, там полгода.", "сначала {} а потом уже колония"),
                   "be": ("Потым яго перавялі ў {}, там паўгода.", "спачатку {} а потым ужо калонія")}
_DECOYS = {
    "ru": (("его осудили, ну, там {} была, похуже", "другая колония"),
           ("его осудили ну {} сорвались", "вторая и третья попытки"),
           ("после колонии он работал на {}", "центральном рынке")),
    "be": (("яго асудзілі, ну, там {} была, горшая", "іншая калонія"),
           ("яго асудзілі ну {} не ўдаліся", "другая і трэцяя спробы"),
           ("пасля калоніі ён працаваў на {}", "цэнтральным рынку")),
    "en": (("He was sentenced to a colony; on {} they moved him.", "the third day"),
           ("After the colony he worked at {} for a year.", "the central market"),
           ("He was in prison; {} was the hardest.", "the first winter")),
}


def render_facility(language: str, rng: random.Random) -> tuple[str, str]:
    if language == "en":
        ordinal = rng.choice(_EN_ORD)
        carrier = f"He got five years in a penal colony; his mother goes to the {{}} {rng.choice(_EN_AFTER)}."
        return ordinal, carrier
    shape = rng.random()
    if shape < 0.4:
        return rng.choice(_RU_ORD if language == "ru" else _BE_ORD), rng.choice(_FILLER[language])
    if shape < 0.6 and language == "be":
        ordinal, noun = rng.choice(_BE_SECOND)
        return ordinal, f"сын цяпер у {{}} {noun}, туды ездзім"
    root = stem(rng)
    ending, noun = rng.choice(_SLANG[language])
    name = (be_stem(root) if language == "be" else root).capitalize() + ending + " " + noun
    return name, rng.choice(_SLANG_CARRIERS[language])


def render_facility_decoy(language: str, rng: random.Random) -> tuple[str, str]:
    carrier, phrase = rng.choice(_DECOYS[language])
    return phrase, carrier
