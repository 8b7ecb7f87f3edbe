"""The given-name inventory: which listed forms enter the first-name lexicon, and which only as decoys.

Two data files share one format (one person-name per line, its forms separated by ``|``):
``data/given_names.txt`` (Russian and Belarusian names with their pet forms) and
``data/given_names_world.txt`` (Polish, Lithuanian, Latvian, Ukrainian, Georgian, Armenian, Jewish, Tatar and
Central Asian, German, English and French names in their Russian and Belarusian Cyrillic spellings and
their Latin forms). :func:`given_lines` reads both: propagation (``propagate.py``) links every form of a line.

A Cyrillic form enters the lexicon (``namelex.first_names``) when it has four letters or more and pymorphy3
does not read it, or a four-letter form's case forms, mainly as a common word (the caller's ``common``
test). A form that is a listed decoy (``data/name_decoys.txt``), or a form of the world file that reads as a
common word (``марта``: 8 марта; ``раса``, ``ліга``), enters too, but as a decoy: the first-name rule marks it
only with a name part beside it or a capital inside a sentence (``names._is_decoy``). Lookups stay one
dictionary probe per candidate stem however long the lists grow (``gazetteer.Gazetteer``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from intake.pseudonymise.detectors.gazetteer import read_list

GIVEN_FILES = ("given_names.txt", "given_names_world.txt")
WORLD_FILE = "given_names_world.txt"
MIN_GIVEN_FORM = 4  # a shorter form (``аля``, ``ося``, ``ала``) shares its case forms with common words
MIN_DECOY_FORM = 3  # a decoy needs support anyway: ``Ала Шпак``
_CYRILLIC = re.compile(r"[а-яёіўєї]", re.IGNORECASE)


@lru_cache(maxsize=1)
def given_lines() -> tuple[tuple[str, ...], ...]:
    """The forms of every given-name line of both inventory files, in file order."""
    return tuple(tuple(forms) for file in GIVEN_FILES for forms, _ in read_list(file))


def _cyrillic(form: str) -> bool:
    return bool(_CYRILLIC.search(form))


@lru_cache(maxsize=1)
def latin_forms() -> tuple[str, ...]:
    """The Latin forms of the world file (``Marzena``, ``Grzegorz``, ``Vytautas``), as written."""
    return tuple(f for forms, _ in read_list(WORLD_FILE) for f in forms if not _cyrillic(f) and f.isalpha())


def _world_cyrillic() -> list[str]:
    return [f.lower() for forms, _ in read_list(WORLD_FILE) for f in forms if _cyrillic(f) and _alpha(f)]


def _alpha(form: str) -> bool:
    return form.replace("'", "").replace("ʼ", "").isalpha()


def common_word_forms(common: Callable[[str], bool]) -> frozenset[str]:
    """World-file Cyrillic forms that ``common`` reads as common words: decoys (``марта``, ``лига``). A form
    the Russian and Belarusian lists already hold as a plain name (``алла``, ``мацей``) stays plain."""
    plain = {f.lower() for file in ("first_names.txt", "given_names.txt") for forms, _ in read_list(file) for f in forms}
    return frozenset(f for f in _world_cyrillic() if len(f) >= MIN_GIVEN_FORM and f not in plain and common(f))


def lexicon_forms(skip: set[str], decoys: frozenset[str], common: Callable[[str], bool]) -> list[str]:
    """Cyrillic forms of :func:`given_lines` for the first-name lexicon, each once; forms in ``skip`` are
    left out (already listed elsewhere). Decoys of three letters or more enter (they need support); other
    forms need four letters and no common reading (``common``)."""
    skip = set(skip)
    out = []
    for forms in given_lines():
        for form in forms:
            low = form.lower()
            if low in skip or not _cyrillic(low) or not _alpha(low):
                continue
            skip.add(low)
            if low in decoys:
                if len(low) >= MIN_DECOY_FORM:
                    out.append(form)
            elif len(low) >= MIN_GIVEN_FORM and not common(low):
                out.append(form)
    return out
