"""Surnames stated around a naming noun with other words between, in lower-case speech.

Speakers rarely say ``фамилия кисель``; they say ``прозвішча ў яе такое мядзведзь``, ``а фамилия,
кажется, пчелинцева``, ``ціхая яе прозвішча`` or ``бортнік прозвішча алена віктараўна``. The naming noun
(``фамилия``, ``прозвішча``, ``кличка``...) is the cue, and only words of a closed kind may stand between
it and the name:

- after the noun: a possessor (``у неё``, ``ў яго``), a copula (``было``, ``гэта``), a demonstrative
  (``такое``) or a hedge (``кажется``, ``здаецца``, ``па-мойму``); the first other word is the name;
- before the noun: a possessive pronoun (``ціхая яе прозвішча``) or, with no word between, a name that
  follows the noun (``бортнік прозвішча алена віктараўна``: surname first, then given name).

The name is a content word in the nominative, no role and no function word, and it does not agree with the
naming noun as an adjective would (``фамилия у неё сложная``, ``дзіўнае яе прозвішча``): a Russian
adjective in the noun's gender, or a word with that gender's adjective ending, describes the name rather
than being it. Found once, the surname reaches its other mentions through the text-wide propagation.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.becues import BE_FUNCTION, BE_SPEECH_VERBS, nominative_reading
from intake.pseudonymise.detectors.lowercase import content_word, is_role
from intake.pseudonymise.detectors.tokens import Token, fold

# The naming nouns in the nominative (folded), with their grammatical gender.
NAMING_NOUNS: dict[str, str] = {
    fold(w): g
    for g, words in (("femn", "фамилия фамілія кличка мянушка"), ("neut", "прозвішча прозвище погоняло"))
    for w in words.split()
}
# Adjective endings of each gender (folded): a word with them agrees with the naming noun.
_AGREEING = {"femn": ("ая", "яя"), "neut": ("ое", "ее", "ае", "яе")}
_POSSESSORS = frozenset(fold(w) for w in "яе яго іх его её ее их него неё нее них мяне меня нас вас".split())
_AT = frozenset(fold(w) for w in "у ў в".split())
# Copulas, demonstratives, hedges and particles that may stand between the naming noun and the name.
_BETWEEN = frozenset(
    fold(w)
    for w in (
        "было была был быў ёсць есть это гэта такое такая такой такі такое вот вось ну же ж "
        "кажется вроде кажись по-моему наверное здаецца па-мойму мабыць відаць напэўна бадай здается"
    ).split()
)
_REACH = 5  # words between the naming noun and the name, at most


def mark(tokens: Sequence[Token], labels: list[str | None]) -> None:
    """Label the surname a naming noun states with possessors, copulas or hedges between."""
    for i, tok in enumerate(tokens):
        gender = NAMING_NOUNS.get(tok.norm)
        if gender is None or labels[i] == "PERSON":
            continue
        after = _after(tokens, i)
        if after is not None and labels[after] is None and _stated(tokens[after], gender):
            labels[after] = "PERSON"
        before = _before(tokens, labels, i)
        if before is not None and labels[before] is None and _stated(tokens[before], gender):
            labels[before] = "PERSON"


def _after(tokens: Sequence[Token], i: int) -> int | None:
    """The first word after the naming noun at ``i`` past possessors and fillers, when some stand between
    (a word right after the noun is left to the plain naming rule)."""
    j = i + 1
    while j < len(tokens) and j - i <= _REACH:
        norm = tokens[j].norm
        if norm in _AT and j + 1 < len(tokens) and tokens[j + 1].norm in _POSSESSORS:
            j += 2
        elif norm in _BETWEEN:
            j += 1
        else:
            break
    return j if i + 1 < j < len(tokens) and tokens[j].spaced else None


def _before(tokens: Sequence[Token], labels: Sequence[str | None], i: int) -> int | None:
    """The word before the naming noun at ``i``: past one possessive pronoun (``ціхая яе прозвішча``), or
    right before it when a given name follows the noun (``бортнік прозвішча алена``)."""
    if i >= 2 and tokens[i - 1].norm in _POSSESSORS and tokens[i - 1].norm not in _AT:
        return i - 2 if tokens[i - 1].spaced else None
    if i >= 1 and i + 1 < len(tokens) and labels[i + 1] == "PERSON" and _given(tokens[i + 1]):
        return i - 1
    return None


def _given(tok: Token) -> bool:
    """A listed given name (``алена``), spaced: a roll call's ``фамилия, статья`` names nobody."""
    return tok.spaced and bool(namelex.first_names().lookup_first(tok.norm))


def _stated(tok: Token, gender: str) -> bool:
    """``tok`` can be the stated name: a content word in the nominative that no adjective ending ties to
    the naming noun of ``gender``, no role, verb or function word."""
    norm = tok.norm
    if not tok.cyrillic or len(norm) < 3 or not norm.isalpha() or not content_word(tok) or is_role(tok):
        return False
    if norm in NAMING_NOUNS or norm in BE_FUNCTION or norm in BE_SPEECH_VERBS or norm.endswith(_AGREEING[gender]):
        return False
    return nominative_reading(tok)
