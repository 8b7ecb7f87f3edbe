"""The words that announce an organisation's name (``orgcues.py``), shared with ``orglinks.py``, which leaves
them out when it marks a proved name's other mentions: cue nouns in any case (``ініцыятыве``, ``гурце``),
weak cue nouns, English cue nouns before and after the name, and legal forms (``ТАА``, ``СВК``).
"""

from __future__ import annotations

from functools import lru_cache

CUE_STEMS = (
    "инициатив ініцыятыв фонд фундацы компани кампані фирм фірм организаци арганізацы объединени аб'яднанн "
    "кооператив кааператыў газет издани выданн правозащитн праваабарончы стартап канал клуб гурт гурц "
    "платформ парафі суполк сообществ супольнасц проект праект"
).split()
# Cue nouns that name a thing as often as an organisation (``группа человек``, ``на заводе столовая``):
# the name must be capitalised or quoted, in lower-case text too.
WEAK_STEMS = "чат чац групп груп завод заводз фабрик фабрык комбинат камбінат камбінац предприяти прадпрыемств".split()
CUE_ENDINGS = frozenset([*"а ы е у ой ою и ю ей я і ай аю ам ах ом".split(), ""])
EN_CUES = frozenset(
    "company firm startup initiative foundation fund organisation organization ngo newspaper outlet "
    "website charity group channel band club platform parish union community project".split()
)
# Legal-form acronyms: the name follows and the span includes the acronym (``РНПЦ «Кардиология»``, ``свк
# ваўкавыск агра``), and the acronyms of a house of culture or a sports club (``дк горняков``, ``фк
# слуцк``). ``ООО``/``УП`` only in capitals (``ооо`` is also a filler).
FORMS = frozenset("рнпц свк спк оао зао одо чуп руп чтуп кфх ааа аат таа зат тав дк фк хк".split())
FORMS_CAPS = frozenset("ооо уп ип".split())
# English cue nouns that follow the name (``the harbour foundation``, ``the lantern initiative``).
EN_AFTER = frozenset("foundation initiative charity collective".split())


_CUE_PREFIXES = tuple({stem[:2] for stem in CUE_STEMS + WEAK_STEMS})


@lru_cache(maxsize=50_000)
def is_cue(low: str, weak: bool = False) -> bool:
    """A cue noun in any case (``ініцыятыве``, ``гурце``); ``weak``: one of the cues that need a
    capitalised or quoted name (``заводзе``)."""
    if not low.startswith(_CUE_PREFIXES):
        return False
    for stem in WEAK_STEMS if weak else CUE_STEMS:
        if low.startswith(stem) and low[len(stem) :] in CUE_ENDINGS:
            return True
    return not weak and low.startswith(("правозащитн", "праваабарончы"))


def is_cue_word(low: str) -> bool:
    """A cue noun of any language (``фонде``, ``гурце``, ``foundation``), lower-cased."""
    return low in EN_CUES or low in EN_AFTER or is_cue(low) or low in FORMS or low in FORMS_CAPS
