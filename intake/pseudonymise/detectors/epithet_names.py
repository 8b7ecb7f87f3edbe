"""Namesakes told apart by an epithet (``мы іх завём юрка малы і юры вялікі``, ``we called them big katya and
little katya``): the adjective is part of the name the speaker gives, so it belongs to the person's span.

Where two people share a given name, speakers add a word of size or age to it (``малы``/``вялікі``,
``младший``/``старший``, ``little``/``big``, ``old``/``young``) and say so with a naming verb. Out of the naming
statement such an adjective is an ordinary word (``her little nephew``, ``старший сын``), so a pair is a name
only where a naming verb (``завём``, ``звали``, ``called``; :data:`naminggloss.VERBS`) stands at most
:data:`REACH` words before it in its sentence: a listed given name with one epithet of :data:`EPITHETS` right
before or after it, not followed by a role or kin noun the adjective would qualify (``звали вера старшая
сестра``). Every other mention of the same two words in the same order is the same name (``ladutska was
little katya``). Spans are evidence (PERSON, source ``epithet_names``), found after propagation, so a part of
the pair is never spread alone (``little`` stays a word elsewhere).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.casing import BE_PRONOUNS
from intake.pseudonymise.detectors.en_fullnames import is_given
from intake.pseudonymise.detectors.lowercase import is_role
from intake.pseudonymise.detectors.naminggloss import VERBS
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

SCORE = 0.8
SOURCE = "epithet_names"
REACH = 8  # words from the naming verb to the last word of a pair (``мы іх завём юрка малы і юры вялікі``)
EN_VERBS = frozenset("call called calls calling name named".split())
# Adjectives of size and age that tell namesakes apart, folded (ru, be, en).
EPITHETS = frozenset(
    fold(w)
    for w in (
        "маленький маленькая малой малая мелкий мелкая большой большая старший старшая младший младшая старый "
        "старая молодой молодая малы маленькі вялікі вялікая старэйшы старэйшая старшы малодшы малодшая стары "
        "малады маладая big little small old young elder senior junior"
    ).split()
)


def _given(tok: Token) -> bool:
    """A listed given name (the lexicon's Cyrillic and Latin forms, or an English given name)."""
    if len(tok.norm) < 2 or tok.norm in EPITHETS or is_stop_word(tok.text) or tok.text.lower() in BE_PRONOUNS:
        return False  # ``яна маладая``: she is young (Belarusian ``яна`` is also Яна)
    return bool(namelex.first_names().lookup_first(tok.norm)) or (not tok.cyrillic and is_given(tok.norm))


def _pair_at(tokens: Sequence[Token], j: int) -> tuple[int, int] | None:
    """The (first, last) indices of a given name and its epithet that start at ``tokens[j]``, if any."""
    if j + 1 >= len(tokens) or not tokens[j + 1].spaced or tokens[j + 1].initial:
        return None
    first, second = tokens[j], tokens[j + 1]
    if first.norm in EPITHETS and _given(second):
        return j, j + 1  # ``little katya``, ``малы юрка``
    if _given(first) and second.norm in EPITHETS:
        nxt = tokens[j + 2] if j + 2 < len(tokens) and tokens[j + 2].spaced else None
        return None if nxt is not None and is_role(nxt) else (j, j + 1)  # not ``вера старшая сестра``
    return None


def _named_pairs(tokens: Sequence[Token]) -> set[tuple[str, str]]:
    """The (folded) word pairs that a naming verb gives as names."""
    pairs: set[tuple[str, str]] = set()
    for k, tok in enumerate(tokens):
        if tok.norm not in VERBS and tok.norm not in EN_VERBS:
            continue
        for j in range(k + 1, min(len(tokens) - 1, k + REACH)):
            if tokens[j].initial:
                break
            pair = _pair_at(tokens, j)
            if pair is not None:
                pairs.add((tokens[pair[0]].norm, tokens[pair[1]].norm))
    return pairs


def detect(text: str, tokens: Sequence[Token]) -> list[Span]:
    """PERSON spans for every mention of a name-and-epithet pair that a naming verb gives in ``text``."""
    if not any(t.norm in EPITHETS for t in tokens):
        return []  # the cheap test first: most texts have no epithet at all
    pairs = _named_pairs(tokens)
    out: list[Span] = []
    for j in range(len(tokens) - 1):
        if (tokens[j].norm, tokens[j + 1].norm) in pairs and tokens[j + 1].spaced and not tokens[j + 1].initial:
            start, end = tokens[j].start, tokens[j + 1].end
            out.append(Span(start, end, "PERSON", text[start:end], SCORE, SOURCE, ""))
    return out
