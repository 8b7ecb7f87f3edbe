"""Is a word ordinary English? A vocabulary test with regular English morphology.

English interview text has a closed-ish vocabulary, so the first test for a name is "not an English word".
A lower-case Latin word is *known English* when it, or a base form that regular English morphology gives,
is in the vocabulary, ``data/english_base.txt``: the lower-case words of SCOWL (the spell-checker lists Debian
ships as ``wamerican``/``wbritish``) and GPT-2's whole words of 5+ letters (``english_words.txt``; its shorter
entries include byte-pair fragments such as ``hus``, ``bel``) that SCOWL does not know as proper nouns only, less the
forms this module derives. Morphology, one inflection and at most one derivation (``happinesses`` ->
``happiness`` -> ``happy``), guarded against reading names as forms of short words (``james``, ``peter``):

* contractions ``n't 're 've 'll 'd 'm 's``, and the same without the apostrophe (``dont``, ``im``), as
  speech recognition writes them;
* plural and third person ``-s``/``-es``/``-ies``; past ``-ed``/``-d``/``-ied``; ``-ing`` with e-drop
  (``living``) and a doubled consonant (``stopping``); comparatives ``-er``/``-est``/``-ier``; ``-ly``/
  ``-ily``/``-ally``/``-bly``; the derivations ``-ness -ment -ful -less -ship -hood -ism -ist -able -ation``;
* prefixes ``un re non pre over under out mis dis anti co sub super inter`` before a base of 4+ letters;
* hyphenated words when every part is known (``twenty-three``, ``pre-trial``; not a word spelled out letter
  by letter, ``p-r-a-k-a-p``), compounds of two words of 4+ letters written as one (``cellmate``), Roman
  numerals (``xiv``).

Accents that English borrows (``café``, ``résumé``) are stripped before the test; letters English never
uses (``ł ś ż ė č ő ğ``: :func:`non_english_letters`) are left for :mod:`en_candidates`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

MIN_BASE = 3  # a base form shorter than this proves nothing (``ines`` is not ``in`` + ``es``)

_NEGATIONS = {"can't": "can", "won't": "will", "shan't": "shall", "ain't": "be", "cannot": "can"}
_CLITICS = ("n't", "'re", "'ve", "'ll", "'d", "'m", "'s")
# Contractions that lost their apostrophe in speech-recognition output.
_BARE = frozenset(
    "dont didnt doesnt isnt wasnt werent arent cant couldnt wouldnt shouldnt wont hasnt havent hadnt mustnt "
    "neednt aint im ive id youre youve youll youd theyre theyve theyll theyd hes shes weve wed whats thats "
    "theres heres wheres whos lets itll itd thatll gonna wanna gotta dunno kinda sorta lemme gimme couldve "
    "wouldve shouldve mightve mustve hed whered howd whod".split()
)
_ROMAN = re.compile(r"(?=[ivxl])(?:xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")  # i .. lxxxix
_PREFIXES = ("un", "re", "non", "pre", "over", "under", "out", "mis", "dis", "anti", "co", "sub", "super", "inter")
# (suffix, replacements): ``ies`` -> ``y``; "" as a replacement strips the suffix.
_INFLECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ies", ("y", "ie")),
    ("es", ("", "e")),
    ("s", ("",)),
    ("ied", ("y",)),
    ("ed", ("", "e")),
    ("ying", ("ie", "y")),
    ("ing", ("", "e")),
    ("iest", ("y",)),
    ("ier", ("y",)),
    ("est", ("", "e")),
    ("er", ("", "e")),
    ("ily", ("y",)),
    ("ally", ("", "al")),
    ("bly", ("ble",)),
    ("ly", ("", "le")),
)
_DERIVATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("iness", ("y",)),
    ("ness", ("",)),
    ("ment", ("",)),
    ("ful", ("",)),
    ("less", ("",)),
    ("ship", ("",)),
    ("hood", ("",)),
    ("ism", ("", "e")),
    ("ist", ("", "e")),
    ("able", ("", "e")),
    ("ation", ("e", "")),
)
_DOUBLE = frozenset("bdgklmnprtvz")  # ``stopped``, ``running``, ``bigger``: a doubled final consonant
# Guards against reading a name as a form of a short word: ``-es`` is a bare ending only after a sibilant or
# ``o`` (``boxes``, ``goes``; ``james`` is not ``jam``); ``-er``/``-est``/``-ly`` need a stem of 4+ letters
# (``peter`` is not ``pet``); shorter comparatives are listed whole.
_SIBILANTS = ("s", "x", "z", "ch", "sh", "o")
_MIN_STEM = {"er": 4, "est": 4, "ly": 4}


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """Every listed English base word, lower case (``data/english_base.txt``)."""
    text = resources.files("intake.pseudonymise.data").joinpath("english_base.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def strip_accents(word: str) -> str:
    """``café`` -> ``cafe``: the letters without their combining marks (``ł`` has none and stays)."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _unsuffix(word: str, rules: tuple[tuple[str, tuple[str, ...]], ...]) -> Iterator[str]:
    for suffix, replacements in rules:
        if not word.endswith(suffix) or len(word) - len(suffix) < _MIN_STEM.get(suffix, MIN_BASE - 1):
            continue
        stem = word[: -len(suffix)]
        for rep in replacements:
            if rep or suffix != "es" or stem.endswith(_SIBILANTS):
                yield stem + rep
        if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] in _DOUBLE:
            yield stem[:-1]  # ``stopp`` -> ``stop``


def bases(word: str) -> Iterator[str]:
    """``word`` and the base forms regular morphology gives (not all of them real words)."""
    yield word
    inflected = [word, *_unsuffix(word, _INFLECTIONS)]
    for form in inflected:
        if form != word:
            yield form
        yield from _unsuffix(form, _DERIVATIONS)
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:
            rest = word[len(prefix) :]
            yield rest
            yield from _unsuffix(rest, _INFLECTIONS)


@lru_cache(maxsize=65536)
def is_known(norm: str) -> bool:
    """``norm`` (a folded Latin word) is ordinary English: listed, or a regular form of a listed word;
    a hyphenated word when every part is."""
    word = strip_accents(norm.replace("’", "'"))
    if "-" in word:
        parts = word.split("-")
        if len(parts) >= 3 and all(len(part) == 1 for part in parts):
            return False  # spelled out letter by letter (``p-r-a-k-a-p``): a name being dictated
        return all(len(part) == 1 or part in _PARTS or is_known(part) for part in word.split("-") if part)
    if word in _BARE or word in _NEGATIONS or word in _PARTS or _ROMAN.fullmatch(word):
        return True  # ``pre`` alone: speech recognition splits ``pre-trial``; ``xiv`` is a number
    vocab = vocabulary()
    clitic = next((c for c in _CLITICS if word.endswith(c) and len(word) > len(c)), "")
    if clitic:  # ``we're``, ``i'm``, ``shouldn't``
        rest = word[: -len(clitic)]
        return rest in vocab or rest in ("i", "we", "he", "it") or is_known(rest)
    return word in vocab or any(b in vocab and len(b) >= MIN_BASE for b in bases(word)) or _compound(word)


def _compound(word: str) -> bool:
    """Two listed words of 4+ letters written as one (``cellmate``, ``newsroom``, ``painkillers``)."""
    return any(listed(word[:cut]) and listed(word[cut:]) for cut in range(4, len(word) - 3))


def listed(part: str) -> bool:
    """``part`` (4+ letters) is a listed word or a regular form of one, not a compound (``storks``, ``heron``;
    not ``pressball``, which may be a name made of two words)."""
    vocab = vocabulary()
    return len(part) >= 4 and any(b in vocab and len(b) >= MIN_BASE for b in bases(part))


_PARTS = frozenset("co ex self non pre anti re de mid semi post vice".split())  # ``co-defendants``


# Latin letters no English word uses (after borrowed accents are stripped): Polish, Lithuanian, Latvian,
# Czech, Slovak, Hungarian, Turkish, Romanian, Belarusian Łacinka, German ß.
NON_ENGLISH = frozenset("łśżźćńąęóėčšžūųįāēīģķļņőűğşıřěůďťňľĺŕŭșțăđøæåß")


def non_english_letters(word: str) -> bool:
    """``word`` has a letter that no English word has (``biały``, ``Varnaitė``, ``Łukašenka``)."""
    return any(c in NON_ENGLISH for c in word.lower())
