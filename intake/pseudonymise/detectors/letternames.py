"""Letter names: how speakers of Russian, Belarusian and English name Latin letters when they spell an
address (``вэ пэ`` = wp, ``пэ эль`` = pl, ``double u`` = w, ``see`` = c).

Written for Intake from the standard Russian, Belarusian and English letter names (common knowledge,
no external source); public domain.  The names are kept as one regular-expression alternation, longest
first, so that a spelled run (``эс ка``, ``double-u pee``) reads as one address word.
"""

from __future__ import annotations

import re
from functools import cache

# Russian names of Latin letters, the Russian/Belarusian names of Cyrillic letters people use for them,
# and the English names.  ``+`` joins a two-word name (a space or a hyphen in text).
_NAMES = (
    # Russian names of the Latin alphabet
    "эй би си ди эф джи эйч аш ай джей жи кей эл эль эм эн о пи кью ку ар эр эс ти ю ви дабл+ю экс икс "
    "уай игрек зет зед зэт "
    # Cyrillic letter names used for Latin letters (Russian and Belarusian)
    "бэ бе вэ ве гэ ге дэ де е жэ же зэ зе ка пэ пе тэ те ха цэ це ча че ша ы йот дубль+вэ ікс "
    # Belarusian spellings of the Latin letters' names
    "бі сі дзі джы джэй пі ві ці зэд "
    # English names
    "ay bee see cee dee ee ef gee aitch jay kay el em en pee cue ar es tee vee double+u double+you "
    "ex why zed zee"
)
# Single vowels (``и``, ``а``, ``у``) are left out: they are conjunctions and prepositions far more often.
# A bare ``о``/``е`` only continues a run; English names that are also words (``see``, ``why``, ``en``)
# start only a run of two or more names.
_NEVER_FIRST = frozenset("о е".split())
_WEAK = frozenset("ay see ex why en em es el ar ці".split())
# The vowels said as themselves (``ви и ар``, ``zee aitch u kay``) stand inside a run, between two names
# (a vowel at the end is the conjunction after it: ``пэ эл и всё``).
_INNER = r"(?:и|а|у|і|i|u|o|a)"
_B = r"(?<![^\W_])"
_E = r"(?![^\W_])"


@cache
def _alternation(kind: str) -> str:
    """``any``: every name; ``first``: names that may start a run; ``strong``: names that stand alone."""
    words = _NAMES.split()
    if kind != "any":
        words = [w for w in words if w not in _NEVER_FIRST and (kind == "first" or w not in _WEAK)]
    parts = sorted((re.escape(w).replace(r"\+", r"[\s\-]+") for w in words), key=len, reverse=True)
    return "(?:" + "|".join(parts) + ")"


def spelled_run(max_names: int = 8) -> str:
    """A regular expression for up to ``max_names`` letter names in a row (separated by spaces or hyphens):
    two or more starting with a name that is not a bare vowel, or one name that is no everyday word."""
    first, any_name, strong = _alternation("first"), _alternation("any"), _alternation("strong")
    run = rf"{first}(?:[\s\-]+(?:{_INNER}[\s\-]+)?{any_name}{_E}){{1,{max_names - 1}}}{_E}"
    return rf"(?:{_B}(?:{run}|{strong}{_E}))"


def is_letter_name(word: str) -> bool:
    """True when ``word`` (lower case) names a letter."""
    return re.fullmatch(_alternation("any"), word, re.IGNORECASE) is not None
