"""Agent nouns: a word that names a person by what they do (``гитарист``, ``барабанщик``, ``скрыпач``,
``цымбалістка``), read by its suffix.

A role list (:func:`lowercase.is_role`) holds kinship and the common roles of the interviews; occupations are
many more, but their suffixes are few. A Russian word counts when it ends in an agent suffix and pymorphy3
reads it as an animate common noun (``чайник``, ``подоконник`` are inanimate); a Belarusian word pymorphy3
cannot read counts by its suffix alone (``барабаншчык``, ``гітарыстка``, ``цымбалістка``).
"""

from __future__ import annotations

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.becues import SPEAKER_LABELS
from intake.pseudonymise.detectors.tokens import Token

_RU = ("щик", "щица", "чик", "чица", "ист", "истка", "тель", "тельница", "ник", "ница", "ач", "ачка", "ёр", "ер")
_BE = ("шчык", "шчыца", "чык", "чыца", "ыст", "ыстка", "іст", "істка", "нік", "ніца", "ач", "ачка", "ёр")


def agent_noun(tok: Token) -> bool:
    """``tok`` is a person's agent noun in the nominative singular (see the module)."""
    low = tok.text.lower()
    if tok.norm in SPEAKER_LABELS:
        return False  # ``интервьюер``, ``рэспандэнт``: a turn opens after the label, no apposition
    if not tok.cyrillic or len(low) < 5 or not low.endswith(_RU + _BE):
        return False
    spelling, m = namelex.russian_reading(low)
    if not m.known:
        return low.endswith(_BE)
    if m.name > 0 or m.surname >= 0.3 or m.common < 0.5 or m.inanimate >= 0.5 or "nomn" not in m.case:
        return False
    return low.endswith(_RU) and namelex.main_pos(spelling) == "NOUN"
