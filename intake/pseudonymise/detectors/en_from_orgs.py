"""English: a person ``from`` a bare phrase of two nouns and a link, an organisation named by common words.

``a czech lady from people in need``, ``a lawyer from friends in need``, ``a volunteer from doctors without
fear``: after a person noun and ``from``, a place takes no article (``from minsk``) and a description does
(``from the office in town``); a bare noun, a link (``of``, ``in``, ``for``, ``without``, ``against``) and a
noun is neither, and in speech it is the name of the group the person comes from. Capitals are not needed,
which is what lower-case speech and a writer who left a charity's name in lower case both need.

The first noun is no noun English uses bare for a place (``from work in the factory``, ``from school in
minsk``: :data:`_BARE_PLACES`) and no person already found; both nouns are content words. Each span is
uncertain (score 0.5, reason ``uncertain:orgfrom``).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

# Person nouns that come "from" a group.
_PERSONS = frozenset(
    (
        "lady ladies woman women man men guy guys girl girls boy boys someone somebody people person volunteer "
        "volunteers lawyer lawyers activist activists friend friends worker workers journalist journalists "
        "representative representatives coordinator coordinators doctor doctors psychologist psychologists"
    ).split()
)
_LINKS = frozenset("of in for without against".split())
# Nouns English uses without an article for a place or an institution in general.
_BARE_PLACES = frozenset(
    "work school home church college university prison jail court hospital camp town class".split()
)


def _noun(tok: Token) -> bool:
    return tok.text.isalpha() and len(tok.text) > 2 and not is_stop_word(tok.text)


def _person(tok: Token, found: Sequence[Span]) -> bool:
    return any(s.label == "PERSON" and s.start <= tok.start < s.end for s in found)


def detect(text: str, language: str, tokens: Sequence[Token], found: Sequence[Span]) -> list[Span]:
    """The bare ``noun link noun`` phrases after a person noun and ``from`` (English)."""
    if language != "en":
        return []
    out: list[Span] = []
    for i in range(1, len(tokens) - 3):
        if tokens[i].text.lower() != "from" or tokens[i - 1].text.lower() not in _PERSONS:
            continue
        first, link, last = tokens[i + 1], tokens[i + 2], tokens[i + 3]
        if link.text.lower() not in _LINKS or not (_noun(first) and _noun(last)):
            continue
        if first.text.lower() in _BARE_PLACES or _person(first, found):
            continue
        out.append(org_span(text, first.start, last.end, "from", 0.5, True))
    return out
