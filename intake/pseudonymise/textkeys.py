"""Tokens and comparison keys shared by the registry matcher and the leak check.

Two keys per token:

* ``exact_key``: lower case, ``ё`` -> ``е``, diacritics stripped from Latin letters (``Kavalčuk`` ->
  ``kavalcuk``). Cyrillic letters keep their identity (``й``, ``ў`` are not decomposed).
* ``loose_key``: a deliberately coarse key that makes Russian and Belarusian spellings of one name meet
  (akanne, dzekanne, ``і``/``ы``/``и``, ``ў``/``в``) and folds Latin spelling systems together
  (``ch``/``cz``/``č`` -> ``c``, ``w``/``v``, ``y``/``j``/``i``, ``o``/``e`` -> ``a``, final ``-au`` -> ``-av``),
  so ``Kavalčuk``, ``Kowalczuk`` and ``Kovalchuk`` share one loose key. It is a *stemming fallback*:
  hits found only through it score lower.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

# A word: letters/digits, with inner apostrophes or hyphens (``Мар'яна``, ``ИК-4``, ``Kovalchuk's``).
_TOKEN = re.compile(r"[^\W_]+(?:['’ʼ\-][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)

# Words that may sit between the parts of one name in speech («Марина, ну, Ковальчук»).
FILLERS: frozenset[str] = frozenset(
    """ну вот это значит короче типа э эм ээ эээ э-э м-м ммм вообще гэта вось значыць карацей тыпу
    uh um er erm ah well""".split()
)
# Fillers of several words; removed from a gap before the single-word check.
FILLER_PHRASES: tuple[str, ...] = ("как бы", "то есть", "як бы", "you know", "i mean")


def only_fillers(words: list[str]) -> bool:
    """True when ``words`` (exact keys) are nothing but fillers (or empty)."""
    text = f" {' '.join(words)} "
    for phrase in FILLER_PHRASES:
        text = text.replace(f" {phrase} ", " ")
    return all(w in FILLERS for w in text.split())


_LOOSE_CYR = str.maketrans({"і": "и", "ы": "и", "ў": "в", "о": "а", "е": "а", "я": "а", "э": "а",
                            "ё": "а", "ю": "у", "ь": None, "ъ": None, "'": None, "’": None, "ʼ": None,
                            "щ": "шч", "-": None})
_LOOSE_LAT_PAIRS = (("shch", "sc"), ("szcz", "sc"), ("dz", "d"), ("kh", "h"), ("ch", "c"), ("cz", "c"),
                    ("sh", "s"), ("sz", "s"), ("zh", "z"), ("ts", "c"))
_LOOSE_LAT = str.maketrans({"w": "v", "y": "i", "j": "i", "o": "a", "e": "a", "'": None, "’": None,
                            "ʼ": None, "-": None})


@dataclass(frozen=True)
class Token:
    """One word of a text: ``text[start:end]``."""

    start: int
    end: int
    surface: str


def tokens(text: str) -> list[Token]:
    """Every word of ``text`` with its offsets; an English possessive ``'s`` is left outside the word."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        surface = m.group()
        pos = _POSSESSIVE.search(surface)
        if pos and pos.start() > 0 and surface.isascii():
            end -= 2
            surface = surface[:-2]
        out.append(Token(start, end, surface))
    return out


def is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _strip_latin_marks(word: str) -> Iterator[str]:
    for ch in word:
        if is_cyrillic(ch) or ch.isascii():
            yield ch
            continue
        if ch in "łŁ":
            yield "l"
            continue
        for part in unicodedata.normalize("NFKD", ch):
            if not unicodedata.combining(part):
                yield part


_PLAIN = re.compile(r"[\u0000-\u007f\u0400-\u04ff]*")


@functools.lru_cache(maxsize=65536)
def exact_key(word: str) -> str:
    """Case-insensitive key: lower case, ``ё``->``е``, Latin diacritics removed, apostrophe unified."""
    low = word.lower().replace("ё", "е").replace("’", "'").replace("ʼ", "'")
    if _PLAIN.fullmatch(low):
        return low
    return "".join(_strip_latin_marks(low))


@functools.lru_cache(maxsize=65536)
def loose_key(word: str) -> str:
    """The coarse Russian/Belarusian/Latin key (see module docstring)."""
    key = exact_key(word)
    if any(is_cyrillic(ch) for ch in key):
        key = key.replace("дз", "д").translate(_LOOSE_CYR)
        return key
    for old, new in _LOOSE_LAT_PAIRS:
        key = key.replace(old, new)
    key = key.translate(_LOOSE_LAT)
    return key[:-1] + "v" if key.endswith(("au", "ou")) else key


def norm_surface(text: str) -> str:
    """A span's surface for comparisons: exact key of each word, joined by single spaces."""
    return " ".join(exact_key(t.surface) for t in tokens(text))
