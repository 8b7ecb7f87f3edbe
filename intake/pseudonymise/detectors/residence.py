"""Listed foreign towns that are also English words, named as the place where someone lives or moved to.

A town flagged ``cs`` in the lists (``Cork``, ``Bath``, ``Reading``, ``Derby``) is masked only when capitalised
inside a sentence, because in lower case it is mostly the common word (``a cork``, ``a bath``). Speech
recognition often writes English in lower case, and then a residence or moving verb just before the place
preposition is the evidence (``based in cork``, ``we moved to bath``, ``fled to derby``): one of :data:`VERBS`
within :data:`REACH` words before ``in``/``to``, a word of origin before ``from`` (``comes from bath``) or of a
home before ``near`` (``a flat near cork``), and a single-word Latin ``cs`` place entry right after it, not a
continent (the annotation leaves continents alone), nor the first word of a compound noun (``moved to
reading glasses``). Verbs of travelling, being held, working or studying (:data:`TRIP_VERBS`: ``drove to
bath``, ``held near cork``, ``studied in derby``) count too, for a town that is no ``-ing`` form (``went on
to reading``), and ``outside`` after any of these words (``a farm outside bath``). In lower-case text a
``cs`` town that is no English word at all (``en_vocab``: ``vetka``, ``hlybokaje``, ``essen``; listed ``cs``
for its Latin spelling's sake) needs no verb: any place preposition (:data:`CUES`: ``in``, ``from``,
``near``, ``outside``, ``at`` ...) is enough. Cyrillic ``cs`` towns are left to their capital: after
``живём в`` they are as often a common adjective or noun (``в высоком доме``, ``в городке``, ``в мире``).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import en_vocab, namelex
from intake.pseudonymise.detectors.gazetteer import entity_gazetteer
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.stopwords import is_stop_word

PREPOSITIONS = frozenset(("in", "to", "from", "near", "outside"))
# Place prepositions before a ``cs`` town no English dictionary knows (``we met outside hlybokaje``).
CUES = PREPOSITIONS | frozenset(("outside", "around", "at", "via", "towards"))
VERBS = frozenset(
    "based live lived lives living moved move moving settled relocated born raised grew stay stayed staying "
    "reside resides resided residing fled flee flees fleeing escaped emigrated".split()
)
# Words of origin before ``from`` (``comes from derby``) and of a home before ``near`` (``a flat near bath``).
ORIGIN = frozenset("come comes came coming hails hail originally".split())
HOMES = frozenset("flat apartment house home farm cottage room".split())
# Words that follow a place rather than continue a compound noun (``moved to bath after``, ``lives in cork now``).
AFTER_PLACE = frozenset(
    "now then after before since until till last next this that when where because but ago already again "
    "two three four five six seven eight nine ten".split()
)
# Verbs of travelling, being held, working or studying somewhere (not for an ``-ing`` town: ``went on to reading``).
TRIP_VERBS = frozenset(
    "went go goes going drove drive driving flew fly travelled traveled travel arrived arrive returned return "
    "held detained jailed imprisoned arrested kept worked work works studied study studies taught met".split()
)
CONTINENTS = frozenset("europe asia africa america".split())
REACH = 3  # words between the verb and the preposition (``we have been living here in cork``)


def detect(tokens: Sequence[Token], taken: Sequence[bool], lowercase: bool = False) -> list[tuple[int, int]]:
    """Token ranges of ``cs`` towns after a residence verb and a place preposition, and in ``lowercase`` text
    of ``cs`` towns no English dictionary knows after any place preposition (module docstring)."""
    out = []
    for i in range(1, len(tokens)):
        prep = tokens[i - 1].norm
        if taken[i] or prep not in CUES or not tokens[i].spaced or tokens[i].cyrillic:
            continue
        if not _capital_only_town(tokens[i].norm) or _compound(tokens, i):
            continue
        if lowercase and not en_vocab.is_known(tokens[i].norm):
            out.append((i, i + 1))  # ``from vetka``, ``near hlybokaje``: no English reading to fear
        elif i >= 2 and prep in PREPOSITIONS and _verb_before(tokens, i - 1):
            out.append((i, i + 1))
    return out


def _verb_before(tokens: Sequence[Token], p: int) -> bool:
    prep = tokens[p].norm
    words = VERBS | ORIGIN if prep == "from" else VERBS | HOMES if prep in ("near", "outside") else VERBS
    if not tokens[p + 1].norm.endswith("ing"):
        words = words | TRIP_VERBS
    return any(tokens[k].norm in words for k in range(max(0, p - REACH), p))


def _compound(tokens: Sequence[Token], i: int) -> bool:
    """The word is the first of an English compound noun (``reading glasses``, ``bath time``): a frequent
    English word right after it that is no function word, no word that follows a place (:data:`AFTER_PLACE`)
    and no adverb in ``-ly``."""
    if i + 1 >= len(tokens) or not tokens[i + 1].spaced or tokens[i + 1].cyrillic:
        return False
    nxt = tokens[i + 1]
    if nxt.norm in AFTER_PLACE or is_stop_word(nxt.text) or nxt.norm.endswith("ly"):
        return False
    return namelex.is_english_word(nxt.norm)


def _capital_only_town(norm: str) -> bool:
    if norm in CONTINENTS:
        return False
    entries = entity_gazetteer().lookup_first(norm)
    return any(e.label == "LOCATION" and "cs" in e.flags and len(e.words) == 1 for e in entries)
