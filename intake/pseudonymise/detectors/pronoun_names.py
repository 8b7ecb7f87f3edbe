"""Belarusian given names that are also pronoun forms (``ян``, ``яна``) where the frame shows the name.

``casing.is_pronoun`` keeps a lower-case ``яна`` (she; Яна, and the genitive of Ян) and ``ян`` (a
speech-recognition spelling of ``ён``) out of the name lexicon in Belarusian text. Two frames show the name:

- right after a clerical title (``айцец ян``, ``айца яна перавялі``, ``ксяндза яна``): a priest is named by his
  given name; ``яна`` stays the pronoun where a singular verb follows it (``айца яна бачыла``: she saw him);
- ``ян`` (no real pronoun, only a misheard ``ён``) right before a surname-shaped word (``ян мацулевіч``,
  ``ян кавалевіч``); ``яна`` keeps its pronoun reading there (``яна мацулевіча бачыла``: she saw him).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.becues import BE_VERB_END
from intake.pseudonymise.detectors.tokens import Token, fold

# Clerical titles in every case that stand before a priest's given name (folded).
CLERICS = frozenset(
    fold(w)
    for w in (
        "айцец айца айцу айцом айцы ксёндз ксяндза ксяндзу ксяндзом ксяндзе пастар пастара пастару пастарам "
        "бацюшка бацюшкі бацюшку бацюшкам святар святара святару святаром"
    ).split()
)
NAME_PRONOUNS = frozenset({"ян", "яна"})
_SKIP = frozenset(fold(w) for w in "не ж жа ўжо таксама".split())


def _singular_verb_after(tokens: Sequence[Token], i: int) -> bool:
    """A verb form that is no plural past (``бачыла``, ``ведае``; not ``перавялі``) follows ``tokens[i]``."""
    j = i + 1
    while j < len(tokens) and tokens[j].norm in _SKIP:
        j += 1
    if j >= len(tokens) or not tokens[j].spaced:
        return False
    word = tokens[j].text.lower()
    return bool(BE_VERB_END.search(word)) and not word.endswith(("лі", "ли"))


def _surname_after(tokens: Sequence[Token], i: int) -> bool:
    """A surname- or patronymic-shaped word right after ``tokens[i]`` (``ян мацулевіч``)."""
    if i + 1 >= len(tokens) or not tokens[i + 1].spaced:
        return False
    return namelex.looks_like_surname(tokens[i + 1].norm, True)


def named_pronoun(tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i]``, a Belarusian pronoun that is also a given name's form, stands in a frame of the name."""
    tok = tokens[i]
    if tok.norm not in NAME_PRONOUNS or not tok.spaced:
        return False
    if i >= 1 and tokens[i - 1].norm in CLERICS:
        return tok.norm == "ян" or not _singular_verb_after(tokens, i)
    return tok.norm == "ян" and _surname_after(tokens, i)
