"""The surname after a rank or official title in lower-case speech (``майор кисель``, ``начальніца атрада
кавалёва``, ``майстар з дэпо кузьміч``).

A title in the nominative (a rank, an investigator, a judge, a foreman...) names its holder by surname right
after it, or after the unit it heads (a genitive from a closed list: ``атрада``, ``цеха``) or where it
works (``з дэпо``). The word in that slot is the surname when:

- pymorphy3, directly or through the word's Russian spelling, reads it as a surname or patronymic
  (``кавалёва`` -> ``ковалёва``, ``кузьміч`` -> ``кузьмич``), or it is shaped like a surname;
- after a military or police rank only, also when it is a noun in the nominative or an unknown word shaped
  like a Belarusian noun (``майор кисель``, ``капітан бусел``): a rank is followed by a surname far more
  often than by anything else, while ``судья приговор зачитала`` shows why other titles need more.

A role noun, a verb, an adjective, an adverb, a pronoun or a function word never fills the slot.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.becues import BE_FUNCTION, BE_SPEECH_VERBS, BE_VERB_END, belarusian_noun
from intake.pseudonymise.detectors.lowercase import OBJECTS, is_role
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.stopwords import is_stop_word

RANKS = frozenset(
    fold(w)
    for w in (
        "майор капитан лейтенант старлей полковник подполковник сержант прапорщик генерал старшина "
        "капітан лейтэнант палкоўнік падпалкоўнік сяржант прапаршчык генерал маёр"
    ).split()
)
TITLES = RANKS | frozenset(
    fold(w)
    for w in (
        "следователь следователька судья прокурор адвокат адвокатка инспектор начальник начальница мастер "
        "бригадир директор следчы суддзя пракурор адвакат адвакатка інспектар начальнік начальніца майстар "
        "брыгадзір дырэктар"
    ).split()
)
# The unit a title heads, in the genitive (``начальник отряда``), and the prepositions of a workplace.
UNITS = frozenset(
    fold(w)
    for w in (
        "отряда цеха смены бригады участка колонии зоны отдела управления изолятора "
        "атрада цэха змены брыгады ўчастка участка калоніі зоны аддзела кіравання ізалятара"
    ).split()
)
_FROM = frozenset(fold(w) for w in "с из со з са".split())
SURNAME_SHARE = 0.3


def mark(tokens: Sequence[Token], labels: list[str | None]) -> None:
    """Label the surname slot after every title in ``tokens``."""
    for i, tok in enumerate(tokens):
        if tok.norm not in TITLES or labels[i] is not None:
            continue
        j = _slot(tokens, i)
        if j is not None and labels[j] is None and _fills(tokens[j], tok.norm in RANKS):
            labels[j] = "PERSON"


def _slot(tokens: Sequence[Token], i: int) -> int | None:
    """The index of the word after the title at ``i``, past a unit it heads or a workplace (``з дэпо``)."""
    j = i + 1
    if j < len(tokens) and tokens[j].norm in UNITS:
        j += 1
    elif j + 1 < len(tokens) and tokens[j].norm in _FROM and _place_word(tokens[j + 1]):
        j += 2
    return j if j < len(tokens) and tokens[j].spaced else None


def _place_word(tok: Token) -> bool:
    """A noun or an unknown word after ``з``: a workplace (``з дэпо``, ``из гувд``), not ``с ним``."""
    if len(tok.norm) < 3 or tok.norm in OBJECTS or is_stop_word(tok.text) or tok.norm in BE_FUNCTION:
        return False
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known:
        return not BE_VERB_END.search(tok.text.lower())
    return namelex.main_pos(spelling) == "NOUN" and not is_role(tok)


def _fills(tok: Token, rank: bool) -> bool:
    """``tok`` is the surname of the title before it (``rank``: the title is a rank)."""
    norm = tok.norm
    if not tok.cyrillic or len(norm) < 3 or not norm.isalpha() or is_role(tok) or is_stop_word(tok.text):
        return False
    if norm in OBJECTS or norm in BE_FUNCTION or norm in BE_SPEECH_VERBS or norm in TITLES:
        return False
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if m.surname >= SURNAME_SHARE or m.patronymic >= 0.5:
        return True
    if namelex.looks_like_surname(norm) and not BE_VERB_END.search(tok.text.lower()) and m.common < 0.5:
        return True
    if not rank:
        return False
    if not m.known:
        return belarusian_noun(tok)
    return namelex.main_pos(spelling) == "NOUN" and "nomn" in m.case and m.name < 0.5
