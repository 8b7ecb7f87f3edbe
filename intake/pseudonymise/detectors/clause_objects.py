"""Whether a noun after a title can be the object of the clause's verb, in Russian and Belarusian speech.

``судья X`` is a name when ``X`` is the title holder's surname and a phrase when it is the object the holder
acts on (``следователь протокол составил``, ``суддзя справу вяла``). An inanimate noun in the nominative
singular is also its accusative, so the form alone cannot tell; the rest of the clause can. ``X`` is no
object when, before the clause ends (a pause, a line break, a nominative pronoun taking the person up):

- no verb comes at all (``судья лопух такая молодая женщина она ...``): nothing could govern it;
- the first verb takes no direct object in any reading (pymorphy3's ``intr``: ``сидели``, ``вышел``,
  reflexive ``-ся``/``-цца``): ``следователь мороз вышел``;
- an object pronoun stands right before that verb (``суседка X усё бачыла``): its object slot is filled.

A conjunction or a relative (``что``, ``и``, ``каб``) or a window of five words without a decision leaves
the question open, which counts as an object: the rule only ever adds a reading, never forces one.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.becues import belarusian_verb
from intake.pseudonymise.detectors.tokens import Token, fold

WINDOW = 5
# Nominative personal pronouns: the person is taken up again, a new clause begins.
_SUBJECTS = frozenset(fold(w) for w in "он она они ён яна яны".split())
# Object pronouns that fill a verb's direct object right before it (not ``всё время``: the verb comes first).
_OBJECT_PRONOUNS = frozenset(fold(w) for w in "всё все это его её их усё ўсё гэта яго яе іх".split())
# Conjunctions and relatives: a new clause whose verb may govern the noun (``что``) or not; left open.
_JOINS = frozenset(fold(w) for w in "что и а но или когда если чтобы как што і ці калі каб бо потому".split())


def _pause(text: str, left: Token, right: Token) -> bool:
    """A line break, a punctuation mark or a blanked comma's double space between two words."""
    gap = text[left.end : right.start]
    return not right.spaced or "\n" in gap or "  " in gap


def verb_reading(tok: Token) -> tuple[bool, bool]:
    """(is a verb form, takes no direct object in any reading)."""
    low = tok.text.lower().replace("’", "'")
    if low.endswith(("ся", "сь", "цца")) and (belarusian_verb(low) or namelex.verb_share(low) >= 0.5):
        return True, True
    spelling = namelex.russian_reading(low)[0]
    parses = [p for p in namelex.known_parses(spelling) if p.tag.POS in ("VERB", "INFN")]
    if parses and namelex.verb_share(spelling) >= 0.5:
        return True, all("intr" in p.tag for p in parses)
    if not parses and not namelex.russian_reading(low)[1].known and belarusian_verb(low):
        return True, False  # a Belarusian verb pymorphy3 cannot read: its government is unknown
    return False, False


def no_object(text: str, tokens: Sequence[Token], i: int) -> bool:
    """The clause after ``tokens[i]`` leaves it no object's place (see the module docstring)."""
    for k in range(i + 1, min(i + 1 + WINDOW, len(tokens))):
        tok = tokens[k]
        if _pause(text, tokens[k - 1], tok) or tok.norm in _SUBJECTS:
            return True
        if tok.norm in _JOINS:
            return False
        verb, intransitive = verb_reading(tok)
        if verb:
            return intransitive or (k > i + 1 and tokens[k - 1].norm in _OBJECT_PRONOUNS)
    return i + 1 + WINDOW >= len(tokens)  # the text ended: a close
