"""The offenders' isolation centre (ЦИП, ЦІП) as speech recognition writes it in lower case (DETENTION, uncertain).

Whisper hears the abbreviation ``ЦИП``/``ЦІП`` as a word (``цып``, ``ціп``, ``цип``, ``у цыпе``) or spells it
(``цэ і пэ``, ``це и пе``). Each is a facility only after a preposition of place (``у брэсце у цып``) with a
word of detention in its sentence (``суток``, ``сядзеў``, ``держали``, ``арест``); a call to chickens
(``цып-цып``) is a reduplication and stays out. Found by literal (``str.find``), never a whole-text scan.
"""

from __future__ import annotations

import re

from intake.pseudonymise.spans import UNCERTAIN, Span

_LITERALS = ("цып", "ціп", "цип", "цэ ", "це ")
_WORD = re.compile(r"(?:цып|ціп|цип)(?:е|а|у|ам|ом)?(?![\w-])|ц[эе]\s+[иіы]\s+п[эе](?![\w-])")
_PREP = re.compile(r"(?:^|[^\w-])(?:в|во|у|ў|из|з|са|со)\s+$")
_CUES = (
    "сут", "сид", "сяд", "сидел", "держал", "трымал", "арест", "арышт", "административ", "адміністрацыйн",
    "админк", "адмінк", "задерж", "затрыма", "посадил", "пасадзіл", "выпуст", "выйшаў", "вышел",
)
_SENTENCE = re.compile(r"[.!?\n]")
_REACH = 120


def _cued(low: str, start: int, end: int) -> bool:
    """A word of detention in the sentence around ``start..end`` (at most ``_REACH`` characters each side)."""
    lo = max(0, start - _REACH)
    left = low[lo:start]
    stop = max((m.end() for m in _SENTENCE.finditer(left)), default=0)
    right = low[end : end + _REACH]
    cut = _SENTENCE.search(right)
    window = left[stop:] + " " + (right[: cut.start()] if cut else right)
    return any(f" {cue}" in f" {window}" for cue in _CUES)


def heard_isolation_centres(text: str, low: str | None) -> list[Span]:
    """Every heard ``ЦИП`` after a preposition of place in a sentence about detention."""
    low = low if low is not None else text.lower()
    if not any(lit in low for lit in _LITERALS):
        return []
    out: list[Span] = []
    for m in _WORD.finditer(low):
        s, e = m.start(), m.end()
        if (s and (low[s - 1].isalnum() or low[s - 1] == "-")) or not _PREP.search(low[max(0, s - 6) : s]):
            continue
        if _cued(low, s, e):
            out.append(Span(s, e, "DETENTION", text[s:e], 0.5, "heard_facilities", f"{UNCERTAIN}:facility"))
    return out
