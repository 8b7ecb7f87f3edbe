"""Time held on remand: months or weeks in a pre-trial prison are custody before a judgment, not a term.

``сначала его держали в сизо, там он четыре месяца был``, ``да суда ён быў у віцебскім сіза, тры месяцы``, ``he was
in the pre-trial prison for five months``: the interview tells how long someone waited for trial, which no court
set. A term of punishment is given (``дали``, ``got``), and an administrative arrest is counted in days (``сутки``),
which this rule leaves alone. The words are general knowledge of Belarusian custody (the pre-trial prisons and
isolators by kind, not any one transcript's), in Russian, Belarusian and English.
"""

from __future__ import annotations

from itertools import pairwise

from intake.pseudonymise.detectors.duration_frames import clause_words
from intake.pseudonymise.detectors.pattern_tokens import Words
from intake.pseudonymise.detectors.termbase import cardinal

# Units of a remand: months and weeks (``месяца``, ``месяцаў``, ``тыдні``, ``недели``, ``months``).
_UNITS = ("месяц", "тыдн", "тыдз", "недел", "нядзел", "month", "week")
# Pre-trial prisons and isolators: SIZO, IVS/ICU, the KGB remand prison (``американка``), Valadarka.
_REMAND = (
    "сизо", "сіза", "sizo", "ивс", "ічу", "іцу", "ivs", "ізалятар", "изолятор", "pretrial", "remand",
    "американк", "амерыканк", "amerikanka", "валадарк", "володарк", "volodarka", "valadarka",
)
# Verbs and nouns of sentencing: the duration is then what a court gave.
_SENTENCING = (
    "дали", "далі", "дадут", "дадуць", "присуд", "прысуд", "приговор", "осуд", "асудз", "получил", "атрымаў",
    "атрымала", "got", "gave", "given", "sentenc", "колони", "калоні", "colony", "химии", "хіміі", "restricted",
)


_MOST = 12  # a remand is told in months below a year; ``eighty-four months in total`` restates a term


def on_remand(words: Words, i: int, end: int) -> bool:
    """The duration ``tokens[i:end]`` is under twelve months or weeks and its clause names a pre-trial prison and no
    sentencing."""
    if not words.tokens[end - 1].low.startswith(_UNITS):
        return False
    amount = cardinal(words, i)
    if amount is None or amount[0] >= _MOST:
        return False
    near = clause_words(words, i, end)
    named = any(w.startswith(_REMAND) for w in near) or ("pre", "trial") in pairwise(near)  # ``pre-trial``
    return named and not any(w.startswith(_SENTENCING) for w in near)
