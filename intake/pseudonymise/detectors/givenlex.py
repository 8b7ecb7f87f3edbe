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

GIVEN_FILE = "given_names.txt"  # curated first: its forms are used as listed
CHECKED_FILES = ("given_names_extra.txt", "given_names_world.txt")  # every form checked before use
WORLD_FILE = "given_names_world.txt"
_PLAIN_FILES = ("first_names.txt", GIVEN_FILE)
OLD_MIN_FORM = 5  # given_names.txt's short pet forms (``аля``, ``ося``) share case forms with common words
MIN_GIVEN_FORM = 4  # a checked form of four letters enters when none of its case forms is a common word
MIN_DECOY_FORM = 3  # a decoy needs support anyway: ``Ала Шпак``
_CYRILLIC = re.compile(r"[а-яёіўєї]", re.IGNORECASE)
Check = Callable[[str], bool]


@lru_cache(maxsize=1)
def given_lines() -> tuple[tuple[str, ...], ...]:
    """The forms of every given-name line of the inventory files, as listed, in file order."""
    return tuple(tuple(forms) for file in (GIVEN_FILE, *CHECKED_FILES) for forms, _ in read_list(file))


def linked_lines(keep: Check) -> tuple[tuple[str, ...], ...]:
    """:func:`given_lines` for propagation and the lexicon stage: the checked files keep only the forms
    ``keep`` accepts (no common word, no decoy, no English word)."""
    lines = [tuple(forms) for forms, _ in read_list(GIVEN_FILE)]
    for file in CHECKED_FILES:
        lines += [tuple(f for f in forms if keep(f)) for forms, _ in read_list(file)]
    return tuple(line for line in lines if line)


def is_cyrillic(form: str) -> bool:
    """A form written (at least partly) in Cyrillic letters."""
    return bool(_CYRILLIC.search(form))


@lru_cache(maxsize=1)
def latin_forms() -> tuple[str, ...]:
    """The Latin forms of the world file (``Marzena``, ``Grzegorz``, ``Vytautas``), as written."""
    return tuple(f for forms, _ in read_list(WORLD_FILE) for f in forms if not is_cyrillic(f) and f.isalpha())


def _world_cyrillic() -> list[str]:
    return [f.lower() for forms, _ in read_list(WORLD_FILE) for f in forms if is_cyrillic(f) and _alpha(f)]


def _alpha(form: str) -> bool:
    return form.replace("'", "").replace("ʼ", "").isalpha()


def common_word_forms(common: Check) -> frozenset[str]:
    """World-file Cyrillic forms of five letters or more that ``common`` reads as common words: decoys
    (``марта``, ``мелисса``); a shorter one is left out (``даля``: ``дали``), and a form the Russian and
    Belarusian lists already hold as a plain name (``алла``, ``мацей``) stays plain."""
    plain = {f.lower() for file in _PLAIN_FILES for forms, _ in read_list(file) for f in forms}
    return frozenset(f for f in _world_cyrillic() if len(f) > MIN_GIVEN_FORM and f not in plain and common(f))


def lexicon_forms(skip: set[str], decoys: frozenset[str], common: Check, base_common: Check) -> list[str]:
    """Cyrillic forms of the inventory for the first-name lexicon, each once; forms in ``skip`` are left out
    (already listed elsewhere). given_names.txt: five letters or more, no decoy, and no common reading of
    the form itself (``base_common``). The checked files: decoys of three letters or more (they need
    support), other forms of four letters or more with no common reading of them or of their case forms
    (``common``)."""
    skip = set(skip) | decoys
    out = []
    for forms, _ in read_list(GIVEN_FILE):
        for form in forms:
            low = form.lower()
            if len(low) >= MIN_GIVEN_FORM and low.isalpha() and is_cyrillic(low) and low not in skip:
                skip.add(low)
                if not (common if len(low) < OLD_MIN_FORM else base_common)(low):
                    out.append(form)
    skip -= decoys
    for file in CHECKED_FILES:
        for forms, _ in read_list(file):
            for form in forms:
                low = form.lower()
                if low in skip or not is_cyrillic(low) or not _alpha(low):
                    continue
                skip.add(low)
                if (len(low) >= MIN_DECOY_FORM and low in decoys) or (len(low) >= MIN_GIVEN_FORM and not common(low)):
                    out.append(form)
    return out
