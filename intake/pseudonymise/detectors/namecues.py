"""Context cues around a person's name in lower-case speech: what introduces a surname and what shows a
proven surname's other mention to be the common noun it also is.

A role noun and a demonstrative (``суддзя такі кот``, ``следователь был такой соловей``) present the next
noun as a name; a comparison (``як кот``), a preposition of place with the locative (``на дубе``) or a
following ``адзін`` show the word itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.becues import BE_FUNCTION, belarusian_noun
from intake.pseudonymise.detectors.lowercase import OBJECTS, animate_cases, is_role, latin_unknown
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.stopwords import is_stop_word

_COMPARE = frozenset(fold(w) for w in "як как like нібы быццам словно будто".split())
_PLACE_PREPS = frozenset("на в во пад под над".split())  # with the locative or instrumental (not ``на воробья``)
_ONE = frozenset(fold(w) for w in "адзін адна один одна".split())


def common_use(tokens: Sequence[Token], i: int) -> bool:
    """A lower-case common noun used as the word, though a surname found elsewhere shares it: after a
    comparison (``як кот``, ``как сорока``) or a preposition of place (``на дубе``, not ``у розы``), or before ``адзін``
    (``верабей адзін на плоце``). A proven surname's other mentions are masked, but not these."""
    tok = tokens[i]
    if tok.cap or not tok.cyrillic:
        return False
    m = namelex.russian_reading(tok.text.lower().replace("’", "'"))[1]
    if not m.known or m.common < 0.5:
        return False
    prev = tokens[i - 1].norm if i > 0 else ""
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    place = prev in _PLACE_PREPS and bool(m.case & {"loct", "ablt"})
    return prev in _COMPARE or place or nxt in _ONE


# ``суддзя такі кот``, ``следователь был такой соловей``: a role noun, maybe a copula, a demonstrative, a name.
_COPULAS = frozenset(fold(w) for w in "был была было быў была ёсць есть was is".split())
_SUCH = frozenset(fold(w) for w in "такі такая такой такая некий некая нейкі нейкая this one".split())


def role_introduced(tokens: Sequence[Token], labels: list[str | None]) -> None:
    """Label the noun that a role noun introduces through ``такі``/``такой``/``this`` (``суддзя быў такі
    кот``): a demonstrative after a role presents the person by name, whatever the word means."""
    for i, tok in enumerate(tokens):
        if tok.norm not in _SUCH or i == 0 or i + 1 >= len(tokens) or labels[i + 1] is not None:
            continue
        j = i - 1
        if tokens[j].norm in _COPULAS and j > 0:
            j -= 1
        if is_role(tokens[j]) and _introduced_noun(tokens[i + 1]):
            labels[i + 1] = "PERSON"


def _introduced_noun(tok: Token) -> bool:
    if len(tok.norm) < 3 or tok.norm in OBJECTS or is_stop_word(tok.text) or is_role(tok) or tok.norm in BE_FUNCTION:
        return False
    if not tok.cyrillic:
        return latin_unknown(tok)
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known:
        return belarusian_noun(tok) or namelex.looks_like_surname(tok.norm)
    if m.surname > 0 or "nomn" in animate_cases(spelling):
        return True
    return namelex.main_pos(spelling) == "NOUN" and m.inanimate < 0.5
