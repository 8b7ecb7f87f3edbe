"""Colloquial verbs of sentencing, known by stem and past-tense ending rather than form by form.

Speakers say a court "wound on", "rolled in", "soldered" or "slapped" a term on someone: ``накрутили пять``,
``вкатили шесть``, ``влупила четыре``, ``ўпаялі шэсць``, ``накруцілі пяць``, ``slapped her with four``. A word
is such a verb when it is a stem below followed by a past-tense ending (Russian ``л``, ``ла``, ``ли``, ``ло``;
Belarusian ``ў``, ``ла``, ``лі``, ``ло``), or the present-future ``впаяют``. Not ``handed``: ``she handed me
two`` hands over things. What may follow the number (a noun it counts, a unit) is checked by the caller.
"""

from __future__ import annotations

_STEMS = (
    "накрути", "вкати", "впая", "влепи", "влупи", "отвеси", "навеси", "намота",
    "накруці", "укаці", "ўкаці", "упая", "ўпая", "уляпі", "ўляпі", "улупі", "ўлупі", "адвесі", "навесі", "намата",
)
_ENDINGS = frozenset("л ла ли ло ў лі ют".split())
_EN = frozenset(["slapped"])


def colloquial_giving(low: str) -> bool:
    """``low`` (a lower-case word) is a colloquial verb of sentencing."""
    if low in _EN:
        return True
    if not low.startswith(_STEMS):  # one C call: most words stop here
        return False
    return any(low.startswith(stem) and low[len(stem) :] in _ENDINGS for stem in _STEMS)
