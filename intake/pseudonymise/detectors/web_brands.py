"""Organisations named by their site: a Cyrillic name with a Latin top-level domain (``Дысідэнт.by``).

Initiatives and funds are known by their web address, and speakers write or say it with the name in their own
script: ``Дысідэнт.by``, ``Палітвязень.by``, ``помогаем.ru``. The address rules of ``web.py`` read Latin
letters only, and the word rules flag the name, not the domain, so ``.by`` is left. A Cyrillic word of three
letters or more joined by a dot to a Latin top-level domain (:data:`_TLDS`) with no word character after it is
one ORGANISATION span (0.85, ``web.brand``): nothing in ordinary Russian or Belarusian is written that way. In
Russian and Belarusian text whose punctuation was blanked (``дысідэнт by``), the dot may be one or two blanks
before a country or generic code, when no Latin word follows (``сказал by the way`` is English).
"""

from __future__ import annotations

import re

from intake.pseudonymise.spans import Span

_TLDS = r"by|ru|com|org|net|info|io|me|pl|lt|lv|ua|eu|de|online|su"
_CYR = r"[А-Яа-яЁёІіЎў][А-Яа-яЁёІіЎў'\-]{2,}"
_DOTTED = re.compile(rf"(?<![\w.@\-]){_CYR}\.(?:{_TLDS})(?![\w@\-]|\.\w)", re.IGNORECASE)
_SPOKEN_TLDS = r"by|ru|com|org|net|pl|lt|lv|ua|eu|su"  # no English word (``online``, ``me``, ``info``)
_BLANKED = re.compile(rf"(?<![\w.@\-]){_CYR} {{1,2}}(?:{_SPOKEN_TLDS})(?![\w@\-]|\.\w| +[A-Za-z])")
SOURCE = "web.brand"


def brands(text: str, language: str, lowercase: bool) -> list[Span]:
    """ORGANISATION spans over Cyrillic names with a Latin top-level domain (module docstring); the blanked
    dot only in ``lowercase`` (speech-recognition) text."""
    if language not in ("ru", "be"):
        return []
    matches = list(_DOTTED.finditer(text)) + (list(_BLANKED.finditer(text)) if lowercase else [])
    return [Span(m.start(), m.end(), "ORGANISATION", m.group(), 0.85, SOURCE) for m in matches]
