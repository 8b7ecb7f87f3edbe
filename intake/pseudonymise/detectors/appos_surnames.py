"""A surname in apposition after a role noun and where its holder comes from, in lower-case speech.

Speakers introduce a person by role first, then by origin or unit, then by surname: ``настаўнік з карэліч
бародзіч``, ``хлопец з ліды чэсік``, ``доктор из гродно шпак``, ``начальник отряда у них ковтун``, ``a teacher
from lida barodzich``. Syntax alone says the word after the from-place (or after the unit and ``у них``/``у
нас``) stands where a name does; two slots are read:

- a role or kinship noun, ``з``/``из``/``from`` and a place (a LOCATION span found before), then the word;
- a role noun, a noun in the genitive (its unit: ``отряда``, ``атрада``) and ``у них``/``у нас``/``ў іх``,
  then the word.

The word fills the slot when it may be a surname (``surname_slots.eligible``) and is shaped like one, no
dictionary knows it, it is an animate noun (``шпак``), or the text uses it as a person elsewhere
(:func:`namingphrase.acts_as_name`); in English when it is no known English word. A verb, adverb or
function word after the place ends the phrase (``хлопец з ліды прыехаў``). Candidates are uncertain PERSON
(reason ``uncertain:appos-surname``) and mask the surname's other forms as ``surname_slots`` does.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import en_vocab, namelex
from intake.pseudonymise.detectors.lowercase import is_role
from intake.pseudonymise.detectors.namingphrase import acts_as_name
from intake.pseudonymise.detectors.surname_slots import SCORE, eligible, shaped, spread
from intake.pseudonymise.detectors.titles import BE_HEADS, BE_TITLES, RU_HEADS, is_title_form
from intake.pseudonymise.detectors.tokens import Token, covered_tokens, fold, is_lowercase_text
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

RULE = "appos-surname"
_FROM = frozenset(fold(w) for w in "з из са from".split())
_AT = frozenset(fold(w) for w in "у ў".split())
_THEM = frozenset(fold(w) for w in "них нас іх".split())
# Personal pronouns that open the next clause after a from-place (``студэнт з гомеля  яму далі тры гады``).
_PRONOUNS = frozenset(
    fold(w) for w in "он она они оно ему ей им его её ее их ён яна яны яно яму ёй ім яго яе іх мне нам вам".split()
)
_EN_ROLES = frozenset(
    (
        "teacher doctor guy man woman girl boy lady lad priest lawyer judge investigator officer friend neighbour "
        "neighbor colleague cellmate inmate prisoner activist journalist student professor director head chief "
        "warden nurse driver worker engineer pastor journalist"
    ).split()
)


def _role(tok: Token) -> bool:
    """A role, kinship, title or head noun (``настаўнік``, ``доктор``, ``начальник``; ``teacher``)."""
    if not tok.cyrillic:
        return tok.norm in _EN_ROLES
    return (
        tok.norm in RU_HEADS or tok.norm in BE_HEADS or tok.norm in BE_TITLES or is_role(tok) or is_title_form(tok.norm)
    )


def _genitive_unit(tok: Token) -> bool:
    """A noun that can be in the genitive (``отряда``, ``атрада``, ``колонии``): the unit a head heads."""
    if not tok.cyrillic or is_stop_word(tok.text):
        return False
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    return m.known and namelex.main_pos(spelling) == "NOUN" and (not m.case or "gent" in m.case)


def _slot(tokens: Sequence[Token], place: Sequence[bool], i: int) -> bool:
    """``tokens[i]`` follows a role noun and ``з <place>``, or a role noun, a unit and ``у них``."""
    if i >= 3 and place[i - 1] and tokens[i - 2].norm in _FROM and _role(tokens[i - 3]):
        return True
    if i >= 3 and place[i - 1] and i >= 4 and place[i - 2] and tokens[i - 3].norm in _FROM:
        return _role(tokens[i - 4])  # a place of two words (``з новага двара``)
    if i < 4 or tokens[i - 1].norm not in _THEM or tokens[i - 2].norm not in _AT:
        return False
    return _genitive_unit(tokens[i - 3]) and _role(tokens[i - 4])


def _fills(text: str, tokens: Sequence[Token], i: int) -> bool:
    """The word may be a surname: shaped like one, unknown, an animate noun, or a person elsewhere."""
    tok = tokens[i]
    if not tok.cyrillic:
        return tok.norm.isalpha() and len(tok.norm) >= 3 and not en_vocab.is_known(tok.norm)
    if tok.norm in _PRONOUNS or not eligible(tok):
        return False
    if shaped(tok):
        return True
    m = namelex.russian_reading(tok.text.lower().replace("’", "'"))[1]
    if not m.known or (m.inanimate < 0.5 and (not m.case or "nomn" in m.case)):
        return True
    return any(t.norm == tok.norm and acts_as_name(text, tokens, k) for k, t in enumerate(tokens) if k != i)


def detect(text: str, language: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """Uncertain PERSON spans for the apposed surnames of lower-case ``text`` that no span in ``spans`` covers,
    and the other forms of those surnames in the text."""
    if not tokens or not any(t.norm in _FROM or t.norm in _THEM for t in tokens):
        return []
    if not is_lowercase_text(tokens):
        return []
    covered, _ = covered_tokens(tokens, spans)
    place = _places(tokens, spans)
    seeds = [
        Span(t.start, t.end, "PERSON", t.text, SCORE, f"candidates:{RULE}", "")
        for i, t in enumerate(tokens)
        if not covered[i] and t.spaced and _slot(tokens, place, i) and _fills(text, tokens, i)
    ]
    if not seeds:
        return []
    return spread(text, language, spans, tokens, seeds, RULE)


def _places(tokens: Sequence[Token], spans: Sequence[Span]) -> list[bool]:
    """For each token, whether a LOCATION span covers it."""
    return covered_tokens(tokens, [s for s in spans if s.label == "LOCATION"])[0]
