"""Belarusian dative of pet names in ``-ка`` (round 14): ``яначка`` -> ``яначцы``, ``сашка`` -> ``сашку``.

Belarusian feminine nouns in ``-ка`` take ``-цы`` in the dative (``к`` -> ``ц``), masculine ones ``-ку``; pet names
built with ``-ачка``/``-ечка``/``-ulька`` follow the rule, and pymorphy3 (a Russian dictionary) knows none of these
forms. A word is such a dative when its nominative is a listed given-name form, or a productive pet suffix on a
listed name of three letters or more (``яначка`` -> ``яна``): ``сашку дзевяць а яначцы пяць``.
"""

from __future__ import annotations

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.tokens import fold

_ENDINGS = ("цы", "ку")


def nominative(low: str) -> str | None:
    """The ``-ка`` nominative of a Belarusian dative in ``-цы``/``-ку`` (five letters or more), else None."""
    if len(low) < 5 or not low.endswith(_ENDINGS):
        return None
    return low[:-2] + "ка"


def pet_dative(low: str) -> bool:
    """``low`` is the Belarusian dative of a given name's ``-ка`` form (``яначцы``, ``ганульцы``, ``сашку``).
    Uncached: a process-wide cache would keep transcripts' words between calls, and the test is two set look-ups."""
    nom = nominative(low)
    if nom is None or not low.isalpha():
        return False
    norm = fold(nom)
    if namelex.is_given_form(norm):
        return True
    return any(len(base) >= 3 and namelex.is_given_form(base) for base in namelex.suffix_stems(norm))
