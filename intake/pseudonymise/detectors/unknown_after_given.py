"""A given name that is also a word, before a word neither dictionary knows, is a first name (``марта жыбуль``).

Lower-case speech recognition loses the capitals that told ``Марта Жыбуль`` from the month: the first-name
rule leaves a given name that is a common word (a month, a virtue, a flower: ``марта``, ``надзея``, ``роза``)
unmasked unless something supports it, while the candidate rules mask the unknown word after it as a surname.
A word that neither pymorphy3 nor hunspell-be knows, right after such a name, is that support: ordinary words
follow the common word (``вера ў бога``, ``слава богу``), a surname follows the name. A month inside a date is
taken by the date pattern first (``к восьмому марта``).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import be_candidates, casing
from intake.pseudonymise.detectors.lowercase import is_role
from intake.pseudonymise.detectors.tokens import Token

MIN_LETTERS = 4  # a shorter unknown word is as often a clipped word of speech as a surname


def unknown_surname_after(tokens: Sequence[Token], labels: Sequence[str | None], i: int) -> bool:
    """The word after the given name at ``i`` is unlabelled, spaced, lower case and unknown to both
    dictionaries (:func:`be_candidates.unknown`), and no role noun."""
    j = i + 1
    if j >= len(tokens) or labels[j] is not None or not tokens[j].spaced:
        return False
    tok = tokens[j]
    if tok.cap or len(tok.norm) < MIN_LETTERS or casing.is_stopword(tok):
        return False
    return be_candidates.unknown(tok) and not is_role(tok)
