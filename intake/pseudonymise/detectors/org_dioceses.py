"""A church's territorial unit named by its see: a place adjective and ``епархия``/``епархія`` in any case.

A town has one diocese of each church, so ``гродзенская епархія``, ``полоцкой епархии``, ``минская митрополия``
name one body, like a court or a district committee, even without capitals or a second modifier (the
``phrase`` rule of ``orgnames.py`` asks for those in lower-case text, since ``российская компания`` is a kind).
The adjective is place-shaped (:func:`institutions.place_shaped`: in ``-ск-``/``-цк-``, no generic kind or
nationality: ``католической епархии`` stays open) and stands right before the noun. Russian and Belarusian,
cased and lower-case; every span is uncertain (0.5, ``uncertain:orgdiocese``).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.institutions import place_shaped
from intake.pseudonymise.detectors.org_pairs import modifier_heads
from intake.pseudonymise.detectors.stemming import stem_form
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span

RULE = "orgdiocese"
# Folded stems (``і`` -> ``и``) of a church's territorial units and the case endings they take.
_UNITS = ("епархи", "эпархи", "митрополи", "митраполи", "экзархат")
_GATES = ("епарх", "эпарх", "митропол", "мітрапол", "митрапол", "экзарх")  # cheap test of the raw text first
_ENDINGS = frozenset("я и ю ей ям ях а у е ом ами ах".split()) | {""}


def _unit(tok: Token) -> bool:
    """A form of a diocese noun (``епархии``, ``епархію``, ``мітраполіі``, ``экзархата``)."""
    return stem_form(tok.norm, _UNITS, _ENDINGS)


def detect(text: str, language: str, tokens: Sequence[Token]) -> list[Span]:
    """Uncertain ORGANISATION spans over a place adjective and the diocese noun after it."""
    low = text.lower()
    if language not in ("ru", "be") or not any(stem in low for stem in _GATES):
        return []
    return modifier_heads(text, tokens, RULE, lambda adj: adj.cyrillic and place_shaped(adj.text.lower()), _unit)
