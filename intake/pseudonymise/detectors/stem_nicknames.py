"""A nickname said right beside the surname it was cut from: ``бригадир был Сом, Сомович по фамилии``.

Cellmates and workmates are named by the first syllable of their surname, and a speaker who introduces
such a person often says both at once (``шпак, шпакоўскі па прозвішчы``, ``Сазонов, Сазан``). In lower-case
text the nickname is a common noun (``сом``, ``шпак``) that nothing else marks. A word is such a nickname
when:

* a PERSON span covers the word right before or after it, with only spaces, commas or dashes between;
* its stem (the word less a final vowel, ``ь`` or ``й``; a fleeting ``е``/``о`` of the last syllable may drop:
  ``бобёр`` -> ``бобр``) of at least three letters opens that surname, which is at least two letters longer;
* pymorphy3 reads it (or its Russian spelling) as a nominative, as a nickname in apposition is said, or does
  not know it (``мы жарили окуня, Окуневич принёс`` stays: a genitive).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.detectors import morphology
from intake.pseudonymise.detectors.tokens import Token, gap
from intake.pseudonymise.stopwords import is_stop_word

_FINAL = re.compile(r"[аяоеёьйыиуюэ]$")
_FLEETING = re.compile(r"^(.*[^аяоеёыиуюэ])[ео]([^аяоеёыиуюэьй])$")
_APPOSITION_GAP = re.compile(r"^[\s,\-–—]+$")
_MIN_STEM = 3


def stems(norm: str) -> tuple[str, ...]:
    """The stems a surname cut from this word may open with (``шпак`` -> ``шпак``, ``лиса`` -> ``лис``;
    ``бобер`` -> ``бобер``, ``бобр``)."""
    stem = _FINAL.sub("", norm)
    found = [stem]
    fleeting = _FLEETING.match(stem)
    if fleeting:
        found.append(fleeting.group(1) + fleeting.group(2))
    return tuple(s for s in found if len(s) >= _MIN_STEM)


def cut_from_neighbour(tokens: Sequence[Token], i: int, person: Sequence[bool], text: str) -> bool:
    """Token ``i`` is a nickname beside the surname it was cut from (module docstring)."""
    tok = tokens[i]
    if not tok.cyrillic or len(tok.norm) < _MIN_STEM or is_stop_word(tok.text):
        return False
    cut = stems(tok.norm)
    if not cut:
        return False
    for k, left, right in ((i - 1, i - 1, i), (i + 1, i, i + 1)):
        beside = 0 <= k < len(tokens) and person[k] and _opens(cut, tokens[k].norm)
        if beside and _APPOSITION_GAP.match(gap(text, tokens[left], tokens[right])):
            return _nominative(tok.text.lower())
    return False


def _opens(cut: Sequence[str], surname: str) -> bool:
    return any(surname.startswith(stem) and len(surname) >= len(stem) + 2 for stem in cut) and len(surname) > 4


def _nominative(low: str) -> bool:
    """pymorphy3 reads ``low`` (or its Russian spelling) as a nominative, or knows no reading of it."""
    spelling, m = morphology.russian_reading(low.replace("’", "'"))
    if not m.known:
        return True
    return any(p.tag.case == "nomn" for p in morphology.known_parses(spelling))
