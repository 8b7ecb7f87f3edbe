"""Does a pseudonymous code (an interview code, an interviewer code) spell a registered name?

A code becomes a file name and the ``participant_code`` coders see, so ``Ivanova-1`` or ``sokolov_p``
would put a name in every export. :func:`code_names_entity` answers with a boolean only (callers
must not echo the code: it may hold the name).

A code names an entity when (1) its parts, split at ``-``, ``_``, digits and lower-to-upper case
changes, contain a form the leak matcher knows (every inflection of both genders, Latin
transliterations, the loose key), or (2) one part contains, as a substring, a name word of at least
:data:`MIN_SUBSTRING` letters in any inflection, Cyrillic or transliterated (``IvanovaP``, ``xSokolov``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from intake.pseudonymise.entities import Entity, surface_forms
from intake.pseudonymise.matcher import Matcher
from intake.pseudonymise.textkeys import exact_key, is_cyrillic, loose_key
from intake.pseudonymise.translit import transliterations

MIN_SUBSTRING = 5
_SPLIT = re.compile(r"[-_\d]+|(?<=[a-zа-яёіў])(?=[A-ZА-ЯЁІЎ])")
_REPEAT = re.compile(r"(.)\1+")


def _squeeze(key: str) -> str:
    """Doubled letters once (``mariia`` and ``maria`` meet)."""
    return _REPEAT.sub(r"\1", key)


def _parts(code: str) -> list[str]:
    return [p for p in _SPLIT.split(code) if p]


def _word_keys(entities: Iterable[Entity]) -> set[str]:
    """Exact and loose keys of every word of every form, with the transliterations of Cyrillic words."""
    keys: set[str] = set()
    for entity in entities:
        for form in surface_forms(entity, both_genders=True, translit=True):
            for word in form:
                variants = {word} | (transliterations(word) if any(is_cyrillic(c) for c in word) else set())
                keys |= {exact_key(v) for v in variants} | {_squeeze(loose_key(v)) for v in variants}
    return {k for k in keys if len(k) >= MIN_SUBSTRING}


def code_names_entity(code: str, entities: Iterable[Entity]) -> bool:
    """True when ``code`` contains a form of one of ``entities`` (see module docstring)."""
    chosen = list(entities)
    parts = _parts(code)
    if not chosen or not parts:
        return False
    if Matcher(chosen, both_genders=True, translit=True).find(" ".join(parts)):
        return True
    keys = _word_keys(chosen)
    lowered = [exact_key(p) for p in parts] + [_squeeze(loose_key(p)) for p in parts]
    return any(key in part for part in lowered for key in keys)
