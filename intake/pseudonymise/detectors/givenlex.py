"""The given-name inventory: which listed forms enter the first-name lexicon, which only as decoys, and
which link mentions in propagation.

Three data files share one format (one person-name per line, its forms separated by ``|``):
``data/given_names.txt`` (curated Russian and Belarusian names with their pet forms, used as listed),
``data/given_names_extra.txt`` (more Russian and Belarusian names and pet forms) and
``data/given_names_world.txt`` (Polish, Lithuanian, Latvian, Ukrainian, Georgian, Armenian, Jewish, Tatar and
Central Asian, German, English and French names: Russian and Belarusian Cyrillic spellings and Latin forms).

Every form of the two checked files is checked before use. A Cyrillic form enters the lexicon
(``namelex.first_names``) with four letters or more when neither it nor, for a short form or a three-letter
stem, any of its case forms is a common word (:func:`reads_as_common`: pymorphy3, Belarusian read back
into Russian spelling, ``stopwords.txt``): ``Якім`` is out (``якой``), so is ``Даля`` (``далі``). A listed
decoy (``name_decoys.txt``: ``ала``, ``ліга``) or a world-file form of five letters or more that reads as a
common word (``марта``) enters as a decoy: the first-name rule then needs a name part beside it or a
capital inside a sentence (``names._is_decoy``). Propagation and the lexicon stage link only the forms
that passed (:func:`linked_lines`). Look-ups stay one dictionary probe per candidate stem however long the
lists grow (``gazetteer.Gazetteer``). This module reads pymorphy3 through ``morphology``; ``namelex``
imports it inside the functions that build the lexicon (one way: this module never imports ``namelex``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from intake.pseudonymise.detectors import morphology
from intake.pseudonymise.detectors.foreign_given import FOREIGN_FILE, foreign_lines
from intake.pseudonymise.detectors.gazetteer import read_list
from intake.pseudonymise.detectors.stemming import allowed_endings, stems
from intake.pseudonymise.detectors.tokens import fold
from intake.pseudonymise.stopwords import stop_words
from intake.pseudonymise.translit import transliterations

GIVEN_FILE = "given_names.txt"  # curated first: its forms are used as listed
WORLD_FILE = "given_names_world.txt"
CHECKED_FILES = ("given_names_extra.txt", WORLD_FILE, FOREIGN_FILE)  # every form checked before use
WORLD_FILES = (WORLD_FILE, FOREIGN_FILE)  # names of other nations: Latin forms, decoys of five letters
_PLAIN_FILES = ("first_names.txt", GIVEN_FILE)
OLD_MIN_FORM = 5  # given_names.txt's short pet forms (``аля``, ``ося``) share case forms with common words
MIN_GIVEN_FORM = 4  # a checked form of four letters enters when none of its case forms is a common word
MIN_DECOY_FORM = 3  # a decoy needs support anyway: ``Ала Шпак``
_CYRILLIC = re.compile(r"[а-яёіўєї]", re.IGNORECASE)
Check = Callable[[str], bool]


@lru_cache(maxsize=1)
def given_lines() -> tuple[tuple[str, ...], ...]:
    """The forms of every given-name line of the inventory files, as listed, in file order."""
    return tuple(tuple(forms) for file in (GIVEN_FILE, *CHECKED_FILES) for forms in _rows(file))


def _rows(file: str) -> list[list[str]]:
    """The forms of each line of an inventory file; the foreign file's lines with the Cyrillic spellings
    :mod:`foreign_given` generates from its Latin forms."""
    if file == FOREIGN_FILE:
        return [_without_clashes(line) for line in foreign_lines()]
    return [forms for forms, _ in read_list(file)]


def _without_clashes(line: tuple[str, ...]) -> list[str]:
    """A generated line less its short forms that clash with adjectives (:func:`_adjective_clash`) and the
    Latin forms they were spelt from (``Tako`` with ``Тако``): propagation links those too."""
    clashes = [f for f in line if _adjective_clash(f)]
    latin = {t.lower() for f in clashes for t in transliterations(f)}
    return [f for f in line if f not in clashes and f.lower() not in latin]


_ADJECTIVE_ENDINGS = ("ое", "ой", "ая", "ие", "ий", "ого", "ую")


def _adjective_clash(form: str) -> bool:
    """A short generated form in ``-о`` (Georgian ``Тако``, ``Токо``) whose stem takes an adjective's endings in
    a common or function word (``такое``, ``такой``): propagation would read those as the name's case forms."""
    low = form.lower()
    if len(low) > MIN_GIVEN_FORM or not low.endswith("о") or not is_cyrillic(low):
        return False
    stop = _folded_stop_words()
    return any(fold(low[:-1] + e) in stop or common_parse(low[:-1] + e) for e in _ADJECTIVE_ENDINGS)


@lru_cache(maxsize=1)
def linked_lines() -> tuple[tuple[str, ...], ...]:
    """:func:`given_lines` for propagation and the lexicon stage: the checked files keep only the forms the
    detection lexicon takes as plain names, and Latin forms no English word or decoy (``даля``, ``якім``,
    ``Nail`` are left out: ``далі``, ``якой``, ``nail``). A checked line keeps
    a form ``given_names.txt`` lists (linked there as listed: ``Марк``, ``Злата``), so a pet form a checked file
    adds links to its name (``Марк|Маркуша``) and the lexicon gains no form."""
    listed = [forms for file in _PLAIN_FILES for forms, _ in read_list(file)]
    plain = {f.lower() for f in given_lexicon_forms()} | {f.lower() for forms in listed for f in forms}
    plain -= decoys()
    curated = {f.lower() for forms, _ in read_list(GIVEN_FILE) for f in forms}
    latin = set(world_latin())
    return _kept_lines(lambda f: f.lower() in plain or f in latin or f.lower() in curated)


def _kept_lines(keep: Check) -> tuple[tuple[str, ...], ...]:
    lines = [tuple(forms) for forms, _ in read_list(GIVEN_FILE)]
    for file in CHECKED_FILES:
        lines += [tuple(f for f in forms if keep(f)) for forms in _rows(file)]
    return tuple(line for line in lines if line)


def is_cyrillic(form: str) -> bool:
    """A form written (at least partly) in Cyrillic letters."""
    return bool(_CYRILLIC.search(form))


@lru_cache(maxsize=1)
def latin_forms() -> tuple[str, ...]:
    """The Latin forms of the world file (``Marzena``, ``Grzegorz``, ``Vytautas``), as written."""
    forms = (f for file in WORLD_FILES for line in _rows(file) for f in line)
    return tuple(f for f in forms if not is_cyrillic(f) and f.isalpha())


def _world_cyrillic() -> list[str]:
    return [f.lower() for file in WORLD_FILES for forms in _rows(file) for f in forms if is_cyrillic(f) and _alpha(f)]


def _alpha(form: str) -> bool:
    return form.replace("'", "").replace("ʼ", "").isalpha()


ENGLISH_DECOYS = frozenset(
    "hope faith will grace rose mark may june april august bill frank art joy dawn sunny pat max "
    "victor nick lily ruby rob sue glory chance destiny mercy honor sky summer autumn".split()
)


@lru_cache(maxsize=1)
def decoys() -> frozenset[str]:
    """Folded first names that are also common words (``вера``, ``мир``, ``hope``): ``name_decoys.txt``, the
    English ones, and the world names that read as common words (:func:`common_word_forms`)."""
    base = {f.lower() for forms, _ in read_list("name_decoys.txt") for f in forms}
    return frozenset(base | ENGLISH_DECOYS | common_word_forms() | listed_common_forms())


@lru_cache(maxsize=1)
def listed_common_forms() -> frozenset[str]:
    """Forms of five letters or more of the Russian and Belarusian files that pymorphy3 reads mainly as a
    common word (``златка``, ``фомка``, ``кирочка``, ``света``): decoys, so a capital inside a
    sentence or a name part beside them still makes them names; ``first_names.txt`` forms stay plain."""
    plain = {f.lower() for forms, _ in read_list("first_names.txt") for f in forms}
    listed = {f.lower() for file in (GIVEN_FILE, CHECKED_FILES[0]) for forms, _ in read_list(file) for f in forms}
    long_forms = {f for f in listed - plain if len(f) > MIN_GIVEN_FORM and f.isalpha() and is_cyrillic(f)}
    return frozenset(f for f in long_forms if common_parse(f))


def common_word_forms() -> frozenset[str]:
    """World-file Cyrillic forms of five letters or more that ``common`` reads as common words: decoys
    (``марта``, ``мелисса``); a shorter one is left out (``даля``: ``дали``), and a form the Russian and
    Belarusian lists already hold as a plain name (``алла``, ``мацей``) stays plain."""
    plain = {f.lower() for file in _PLAIN_FILES for forms, _ in read_list(file) for f in forms}
    return frozenset(f for f in _world_cyrillic() if len(f) > MIN_GIVEN_FORM and f not in plain and reads_as_common(f))


@lru_cache(maxsize=1)
def given_lexicon_forms() -> list[str]:
    """Cyrillic forms of the inventory for the detection lexicon (``марыля``, ``уляна``, ``цімох``,
    ``мажена``): :func:`lexicon_forms` with this module's checks."""
    skip = {f.lower() for forms, _ in read_list("first_names.txt") for f in forms}
    return lexicon_forms(skip, decoys(), reads_as_common, common_parse)


def lexicon_forms(skip: set[str], decoys: frozenset[str], common: Check, base_common: Check) -> list[str]:
    """Cyrillic forms of the inventory for the first-name lexicon, each once; forms in ``skip`` are left out
    (already listed elsewhere). given_names.txt: five letters or more, no decoy, and no common reading of
    the form itself (``base_common``). The checked files: decoys of three letters or more (they need
    support), other forms of four letters or more with no common reading of them or of their case forms
    (``common``)."""
    common_listed, seen = listed_common_forms() - skip, set(skip)
    skip = set(skip) | decoys
    out = []
    for forms, _ in read_list(GIVEN_FILE):
        for form in forms:
            low = form.lower()
            if len(low) >= MIN_GIVEN_FORM and low.isalpha() and is_cyrillic(low) and low not in skip:
                skip.add(low)
                if not (common if len(low) < OLD_MIN_FORM else base_common)(low):
                    out.append(form)
            elif low in common_listed and low not in seen:
                seen.add(low)  # a listed name that is a common word enters as a decoy: ``Фомка``
                out.append(form)
    skip = (skip - decoys) | seen
    for file in CHECKED_FILES:
        for forms in _rows(file):
            for form in forms:
                low = form.lower()
                if low in skip or not is_cyrillic(low) or not _alpha(low):
                    continue
                skip.add(low)
                if (len(low) >= MIN_DECOY_FORM and low in decoys) or (len(low) >= MIN_GIVEN_FORM and not common(low)):
                    out.append(form)
    return out


_BE_DATIVE = {"та": "це", "да": "дзе", "га": "зе", "ка": "цы", "ха": "се"}


def belarusian_datives() -> list[str]:
    """The Belarusian dative and locative of the inventory's names in ``-та``/``-да``/``-га``/``-ка``/``-ха``,
    whose consonant alternates (``Малгажата`` -> ``Малгажаце``, ``Ядвіга`` -> ``Ядвізе``, ``Мажэнка`` ->
    ``Мажэнцы``): four letters or more, no decoy, and no common or function word (``ніцы`` of ``Ника``)."""
    out = []
    listed = [f for forms, _ in read_list("first_names.txt") for f in forms]
    for form in dict.fromkeys(listed + given_lexicon_forms()):
        low = form.lower()
        tail = _BE_DATIVE.get(low[-2:])
        if tail is None or len(low) < 5 or low in decoys():
            continue
        alt = low[:-2] + tail
        if fold(alt) not in _folded_stop_words() and not reads_as_common(alt):
            out.append(alt)
    return out


@lru_cache(maxsize=1)
def world_latin() -> list[str]:
    """Latin forms of ``given_names_world.txt`` that are no English word and no decoy (``Nail``, ``Lada``
    and ``Frank`` are left to capitals)."""
    return [
        f
        for f in latin_forms()
        if len(f) >= 3 and not morphology.is_english_word(f.lower()) and f.lower() not in decoys()
    ]


def reads_as_common(low: str) -> bool:
    """pymorphy3 reads ``low`` mainly as a common word (``савка``, ``любка``); a short form (four letters, or
    a stem of three: ``якім`` -> ``як-``) also when one of its case forms is a common or function word, in
    Russian or, read back into Russian spelling, Belarusian (``даля`` -> ``далі``, ``якім`` -> ``якой``)."""
    if common_parse(low):
        return True
    norm = fold(low)
    short = len(norm) <= MIN_GIVEN_FORM
    forms = {s + e for s in stems(norm, 2) if short or len(s) <= 3 for e in allowed_endings(norm, s)} - {norm}
    stop = _folded_stop_words()
    return any(f in stop or any(common_parse(r) for r in (f, *morphology.russian_spellings(f))) for f in forms)


@lru_cache(maxsize=1)
def _folded_stop_words() -> frozenset[str]:
    """The function words of ``stopwords.txt``, folded as case forms are (``які`` -> ``яки``)."""
    return frozenset(fold(w) for w in stop_words())


def common_parse(low: str) -> bool:
    """A dictionary word read mainly as a common word (the dictionary probe first: no guessing of unknown
    words, which keeps the lexicon's load time down)."""
    if not morphology.analyzer().word_is_known(low):
        return False
    m = morphology.morph(low)
    return m.name < m.common
