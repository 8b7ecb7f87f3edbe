"""The person a court's term is given to: ``Зайцу дали три года``, ``медведю влепили пять лет``.

A word right before a verb of giving or sentencing (``дали``, ``присудили``, ``влепили``) that a number
follows (``три года``, ``4 года``) is the one who got the term when it is a dative pymorphy3 reads only as an
animate noun: a surname that is an animal's name (``зайцу``, ``грачу``). The test counts where the capital
proves nothing, at a sentence start or in lower-case text. Kin and role nouns there (``мужу``, ``пацану``)
are the person's role; a noun declined as an adjective (``подзащитному``, ``подсудимому``) is a role too, and
a word pymorphy3 also reads as an adjective or participle (``рабочему``, ``старшему``, ``другому``) or as
an inanimate noun (``волку``) is no surname; all stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.detectors import morphology, numwords
from intake.pseudonymise.detectors.lowercase import is_role
from intake.pseudonymise.detectors.sentencing_verbs import colloquial_giving
from intake.pseudonymise.detectors.tokens import Token, fold

_GIVING = frozenset(
    fold(w) for w in "дали дал дала дадут дадим присудили присудил назначили впаяли влепили вкатили".split()
)
_DIGITS = re.compile(r"\s*\d")
_ADJECTIVAL = ("ый", "ий", "ой")


def term_dative(tokens: Sequence[Token], i: int, text: str) -> bool:
    """Token ``i`` (Russian) is the dative a term is given to (module docstring)."""
    if i + 1 >= len(tokens) or not _gives_a_number(tokens, i + 1, text):
        return False
    tok = tokens[i]
    if not tok.cyrillic or len(tok.norm) < 4 or not _animate_dative_only(tok.text.lower()):
        return False
    return not is_role(tok)


def _gives_a_number(tokens: Sequence[Token], k: int, text: str) -> bool:
    """Token ``k`` is a verb of giving a term, right after the word before it, and a number follows it."""
    verb = tokens[k]
    if not verb.spaced or not (verb.norm in _GIVING or colloquial_giving(verb.norm)):
        return False
    if _DIGITS.match(text, verb.end):
        return True
    return k + 1 < len(tokens) and numwords.starts_number(tokens[k + 1].norm)


def _animate_dative_only(low: str) -> bool:
    """Every reading pymorphy3 knows for ``low`` is an animate noun in the dative, and none is a noun declined as
    an adjective (``подзащитному``, ``подсудимому``, ``дневальному``: the role, not a surname)."""
    parses = morphology.known_parses(low)
    return bool(parses) and all(
        p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.case == "datv" and not p.normal_form.endswith(_ADJECTIVAL)
        for p in parses
    )
