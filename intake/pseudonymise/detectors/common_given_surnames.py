"""A lower-case noun surname after a given name that is itself a common word (``надежда береза``, ``вера
калина``), read by ``names.py``'s first-name rule: the noun must agree with the name as its surname does and
share its gender; possessive pronouns (:data:`POSSESSIVES`), roles, plurals and known names never qualify.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import becues, candidates, namelex, nameslot
from intake.pseudonymise.detectors import lowercase as lowercase_rules
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.stopwords import is_stop_word

Labels = list[str | None]


POSSESSIVES = frozenset("его её ее мой моя моего моей наш наша нашего нашей их яго яе мая мой наша іх".split())


def _noun_surname_next(tokens: Sequence[Token], labels: Labels, i: int, text: str) -> bool:
    nxt = i + 1
    if nxt >= len(tokens) or labels[nxt] is not None or text[tokens[i].end : tokens[nxt].start] != " ":
        return False
    if not _noun_surname(tokens[i], tokens[nxt]):
        return False
    # ``с любой проблемой``: an adjective (``любой``, also Люба's instrumental) before its noun, no name
    return tokens[i].cap or namelex.main_pos(tokens[i].text.lower()) != "ADJF"


def _noun_surname(name: Token, tok: Token) -> bool:
    """A lower-case singular noun that agrees with a first name that is a common word, as its surname does
    (``надежда береза``, ``вера калина``) and shares its gender: no possessive or verb as the name (``мая``,
    ``маю``), and no role, plural, another such name or a word pymorphy3 knows as a name or surname after it.
    Readings pymorphy3 may guess (its dearest step) are asked last: every test is pure."""
    if name.norm in POSSESSIVES or is_stop_word(name.text) or tok.cap or tok.norm in POSSESSIVES:
        return False
    spelling, m = namelex.russian_reading(tok.text.lower())
    if candidates.is_decoy(tok) or not _agreeing_noun(name, tok, spelling, m) or namelex.verb_share(name.text) > 0:
        return False  # ``маю`` (I have)
    # no role, and no noun's case form used as an adverb (``с андреем летом``, ``у тимофея дома``)
    return not lowercase_rules.is_role(tok) and namelex.adverb_share(spelling) < lowercase_rules.ADVERB_SHARE


def _agreeing_noun(name: Token, tok: Token, spelling: str, m: namelex.Morph) -> bool:
    """``_noun_surname`` but its tests pymorphy3 may answer with its predictors: a singular noun that is no
    known name, of the name's gender, in its case (``spelling`` and ``m``: the word's Russian reading)."""
    parses = namelex.known_parses(spelling)
    if m.surname + m.name > 0 or any(p.tag.number == "plur" for p in parses):
        return False
    gender = nameslot.name_gender(name.text.lower())  # ``вера дом`` (she builds a house) does not agree
    same = gender is None or any(str(p.tag.gender) == gender for p in parses if p.tag.POS == "NOUN")
    if not same:
        return False
    if becues.instrumental_pair(name, tok):
        return True  # ``з надзеяй сініцай``
    if spelling != tok.text.lower() and namelex.main_pos(spelling) == "NOUN":  # ``ружа калядка`` (колядка)
        return bool(namelex.name_cases(name.text, name.norm) & (m.case - {"accs"}))
    return lowercase_rules.agrees_as_surname(name, tok)
