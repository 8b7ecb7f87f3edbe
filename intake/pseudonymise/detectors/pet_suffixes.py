"""Pet forms in ``-усь``/``-юсь`` that the name lexicon lacks: ``Кирюсь`` (Кирилл), ``Антусь`` (Антон),
``Федусь`` (Фёдор).

Russian and Belarusian speech makes such a form from any given name's opening syllables, so no list holds them
all. pymorphy3's predictor reads an unknown word in ``-усь`` as a verb's first person (``кирюсь``,
``стасюсь``), which keeps it from the lone-unknown candidates. A word is such a pet form when it is at least
three letters of a listed given name's opening (its folded form starts with them) plus ``-усь``/``-юсь`` or a
case of it (``-уся``, ``-усю``, ``-усем``, ``-усём``). An unknown verb (``зашкварюсь``, ``прикольнусь``) opens
no given name.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from intake.pseudonymise.detectors import namelex

_PET = re.compile(r"^(\w{3,}?)[ую]с(?:ь|я|ю|ем|ём|е)$")


def pet_of_given(norm: str) -> bool:
    """``norm`` (a folded word) is a listed given name's opening plus a ``-усь`` pet suffix (module docstring)."""
    match = _PET.match(norm)
    if match is None:
        return False
    base = match.group(1)
    names = _sorted_given()
    k = bisect.bisect_left(names, base)
    return k < len(names) and names[k].startswith(base)


@lru_cache(maxsize=1)
def _sorted_given() -> tuple[str, ...]:
    """The folded forms of the listed given names, sorted for a prefix search (the lexicon, no transcript word)."""
    return tuple(sorted(namelex.given_forms()))
