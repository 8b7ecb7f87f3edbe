"""A nation's house abroad: a nationality adjective and ``дом`` after a preposition (``при польском доме``).

Diasporas meet in a house named by their nation (``Польский дом`` in Hrodna, ``Беларускі дом`` in Warsaw): a
society that runs classes and helps its members, one per town, so ``по субботам при польском доме`` names it
as a capital would. The adjective is a nation's (:data:`_NATIONS`, by stem, Russian and Belarusian) right
before a form of ``дом`` after a preposition; another adjective (``в деревянном доме``) or none (``дома``)
describes a house and stays open. Russian and Belarusian, cased and lower-case; every span is uncertain (0.5,
``uncertain:orghouse``).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.org_pairs import modifier_heads
from intake.pseudonymise.detectors.stemming import stem_form
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span

RULE = "house"
# Folded stems (``і`` -> ``и``, ``ў`` -> ``у``) of nationality adjectives (public vocabulary).
_NATIONS = (
    "польск", "беларуск", "белорусск", "литовск", "литоуск", "латышск", "латвийск", "украинск", "немецк", "нямецк",
    "чешск", "грузинск", "армянск", "еврейск", "яурэйск", "русск", "расейск", "российск", "швэдск", "шведск",
)
_ADJ_ENDINGS = frozenset("ий ый ом ім им ага ого ому аму ым ім і ы".split())
_HOUSE = frozenset("дом дома дому доме домом".split())
_PREPOSITIONS = frozenset("в во у при пры з из с со до да ля каля возле около ад от для к".split())


def _nation(tok: Token) -> bool:
    return tok.spaced and stem_form(tok.norm, _NATIONS, _ADJ_ENDINGS)


def detect(text: str, language: str, tokens: Sequence[Token]) -> list[Span]:
    """Uncertain ORGANISATION spans over a nationality adjective and ``дом`` after a preposition."""
    if language not in ("ru", "be") or "дом" not in text.lower():
        return []
    return modifier_heads(
        text, tokens, RULE, _nation, lambda tok: tok.norm in _HOUSE, lambda prep: prep.norm in _PREPOSITIONS
    )
