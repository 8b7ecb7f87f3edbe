"""The names of the kinds of sentence a Belarusian court hands down, as cues for the length that follows.

``ограничение свободы на два года``, ``лишения свободы сроком на год``, ``абмежаванне волі на адзін год``,
``restriction of freedom for one year``, ``imprisonment for a year``: a head noun that only a punishment takes
(restriction or deprivation of liberty, imprisonment, arrest) names the length a few words on, the length of
one year included (``на год``, ``for one year``), which no ordinary number-free cue would let through.
"""

from __future__ import annotations

# head nouns of a kind of punishment, every case form; ``свободы``/``волі``/``freedom`` alone are no cue
SENTENCE_KINDS = frozenset(
    "ограничение ограничения ограничению ограничением ограничении лишение лишения лишению лишением лишении "
    "абмежаванне абмежавання абмежаванню абмежаваннем пазбаўленне пазбаўлення пазбаўленню пазбаўленнем "
    "restriction restrictions deprivation imprisonment incarceration".split()
)
# what stands between the kind and a one-unit length: the preposition and ``сроком``
ONE_UNIT_BEFORE = frozenset("на for сроком тэрмінам of".split())
# kinds that name a punishment alone; the others name one only with the liberty they take
# (``ограничение свободы``, not ``ограничение скорости``)
_ALONE = frozenset("imprisonment incarceration".split())
_LIBERTY = frozenset("свободы воли волі freedom liberty".split())


def one_unit_after_kind(before: list[str]) -> bool:
    """Whether a one-unit length (``год``, ``year``) preceded by the words ``before`` (the nearest last) follows
    a preposition that a kind of punishment governs (``ограничение свободы на год``, ``imprisonment for a year``);
    a restriction or deprivation counts only of liberty (``ограничение скорости на год`` is no sentence)."""
    if not before or before[-1] not in ONE_UNIT_BEFORE:
        return False
    return any(
        low in _ALONE or (low in SENTENCE_KINDS and _LIBERTY.intersection(before[i + 1 : i + 3]))
        for i, low in enumerate(before)
    )
