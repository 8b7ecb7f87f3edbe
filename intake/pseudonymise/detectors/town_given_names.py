"""A given name that is also a town (``Ліда``, ``Лида``) directly before a surname is a person, not the town.

The place gazetteer labels ``ліда`` LOCATION before the first-name rule runs, so ``я ліда галавач`` lost the
person: the town reading took the name and the surname stood alone (or, in lower case, unmasked). A town is
never followed by a surname-shaped word in a name slot, a person is; so a LOCATION token that is also a listed
given-name form becomes PERSON, with the word after it, when that word is a surname: shaped like one
(``галавач``, ``шпака``), read by pymorphy3 mainly as a surname, or capitalised after a capitalised name
(``Ліда Дуда``). A spatial preposition before the town keeps it a town (``у ліду шпака`` stays as it is).
In lower-case speech a singular animate noun that agrees with the name as a surname counts too (``ліда
салавей``, ``лида сом``): a town is not followed by a living being in its own case; a plural (``лида люди``)
or a thing (``лида город``) is no surname.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import lowercase as lowercase_rules
from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.stopwords import is_stop_word

# Prepositions that govern a place (folded Russian and Belarusian): after them the town reading stands.
SPATIAL = frozenset("в во у из изо з са с со до к ко на по па под пад за ля каля около возле через праз".split())


def _surname_after(tokens: Sequence[Token], i: int) -> bool:
    """The word after the name at ``i`` is a surname (shape, pymorphy3, or a capital after a capital)."""
    tok, nxt = tokens[i], tokens[i + 1]
    if not nxt.spaced or not nxt.cyrillic or len(nxt.norm) < 3 or is_stop_word(nxt.text):
        return False
    if namelex.looks_like_surname(nxt.norm):
        return True
    if tok.cap and nxt.cap:
        return True
    m = namelex.word_morph(nxt.text)
    return m.surname >= 0.5 or _animate_surname(tok, nxt)


def _animate_surname(tok: Token, nxt: Token) -> bool:
    """A lower-case singular animate noun agreeing with the name as a surname (``ліда салавей``)."""
    if tok.cap or nxt.cap or not lowercase_rules.animate_surname(tok, nxt):
        return False
    spelling = namelex.russian_reading(nxt.text.lower())[0]
    return not any(p.tag.number == "plur" for p in namelex.known_parses(spelling))


def mark(tokens: Sequence[Token], labels: list[str | None]) -> None:
    """Relabel ``town-that-is-a-given-name + surname`` as a PERSON pair."""
    for i in range(len(tokens) - 1):
        tok = tokens[i]
        if labels[i] != "LOCATION" or labels[i + 1] not in (None, "PERSON") or not tok.cyrillic:
            continue
        if i > 0 and labels[i - 1] == "LOCATION":
            continue  # one token of a longer place name
        if i > 0 and tokens[i - 1].norm in SPATIAL:
            continue
        if namelex.is_given_form(tok.norm) and _surname_after(tokens, i):
            labels[i] = labels[i + 1] = "PERSON"
