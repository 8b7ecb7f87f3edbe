"""A common English word as the surname of a masked given name, in lower-case English text.

Surnames of England and Ireland are often English words (``bear``, ``king``, ``bell``), and Slavic surnames
transliterated into Latin collide with English words (``pavel dub``, ``anna rook``). :mod:`lowercase` takes a
rare English word after a first name (``rare_english``) and :mod:`en_fullnames` a listed surname after a
listed given name; a *common* word after a given name that another detector masked stays open and the person
is lost (``we met anna bear in court``). Rule ``uncertain:en-surname-slot`` (lower-case English only): the word
right after a one-word given name that a PERSON span covers, when

* the word could be a noun: Latin letters, 3-12 long, no function word, no verb of the closed inventory
  (:data:`VERBS`: irregular pasts and the commonest base verbs, ``anna went``, ``let maria know``), no form in
  ``-ed``/``-ing``/``-ly``, no plural or third person ``-s`` (unless a listed surname, ``banks``), no time,
  kinship, role, filler or adverb word (``sasha yesterday``, ``sergei brother``);
* it stands in a surname slot: the text ends, or a verb of speech or a past form follows (the pair is the
  subject: ``anna bear said``), or a preposition, conjunction or relative (``anna bear in court``, ``anna bear
  who``) or a possessive ``'s``; never a content word (``with sasha last week``: the word is an attribute) nor a
  determiner or pronoun (``anna saw the``: the word is a verb with its object);
* the given name is no object of a verb that takes a bare infinitive (``let``, ``made``, ``helped``).

Mask as uncertain (score 0.4): the evidence is the slot, not the word.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from intake.pseudonymise.detectors import casing
from intake.pseudonymise.detectors.gazetteer import read_list
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import UNCERTAIN, Span

SCORE = 0.4
RULE = "en-surname-slot"
# Irregular pasts and participles and the commonest base verbs: a word that follows a subject or an object.
VERBS = frozenset(
    "went came saw took gave found left kept ran sat stood felt heard met paid lost wrote spoke began brought "
    "bought caught taught thought told sold sent spent built held led read said made knew grew drew threw flew "
    "drove rode rose fell broke chose froze stole woke wore tore swore hid bit shot hit hurt cut put set let "
    "quit shut split spread won hung dug stuck struck fought sought meant slept swept wept lent bent sank sang "
    "rang drank swam got gone done seen taken given known shown written spoken broken chosen forgotten "
    "go come take give find leave keep run sit stand feel hear meet pay lose write speak begin bring buy catch "
    "teach think tell sell send spend build hold lead read say make know grow draw throw fly drive ride fall "
    "break choose get see look want need like love hate live stay move work help try ask call wait start stop "
    "play talk walk turn open close show hope believe remember forget understand agree decide return visit "
    "arrive die pass follow explain answer reply refuse sign carry".split()
)
_TIME = frozenset(
    "today yesterday tomorrow tonight morning evening night afternoon week weekend month year day days weeks "
    "months years last next ago later earlier now then again once twice soon recently already still early "
    "late monday tuesday wednesday thursday friday saturday sunday".split()
)
_KIN_ROLE = frozenset(
    "mother father mum mom dad mama papa sister brother wife husband son daughter aunt uncle grandmother "
    "grandfather granny grandma grandpa cousin friend friends lawyer advocate police doctor neighbour neighbor "
    "boss colleague teacher journalist editor parents family relatives girlfriend boyfriend partner kids child "
    "children baby herself himself myself yourself alone together home back here there too either".split()
)
_FILLERS = frozenset(
    "um umm uh er erm eh ah oh hmm mhm yeah yes no okay ok well like right sure even ever never always often only "
    "just really actually almost nearly quite rather maybe perhaps probably".split()
)
# Words after the pair that close a name: speech and being verbs, prepositions, conjunctions, relatives.
_CLOSERS = frozenset(
    "said says told tells asked asks wrote writes was is were has had will would could can did does got gets "
    "went goes came comes also too then and or but who whom whose that's in at on from with for by about into "
    "after before during because when where while since until as of".split()
)
# Verbs after which a name is the object of a bare infinitive (``let maria know``).
_BARE_INFINITIVE = frozenset("let lets make makes made help helps helped saw see sees watched heard have had".split())


@lru_cache(maxsize=1)
def listed() -> frozenset[str]:
    """Listed British and Irish surnames that are English nouns (``data/english_surnames.txt``)."""
    return frozenset(f.lower() for forms, _ in read_list("english_surnames.txt") for f in forms)


def _word(tok: Token) -> bool:
    """A word that could be a noun surname (see the module docstring)."""
    norm = tok.norm
    if not (3 <= len(norm) <= 12 and norm.isascii() and norm.isalpha()) or casing.is_stopword(tok):
        return False
    if norm in listed():
        return True
    if norm in VERBS or norm in _TIME or norm in _KIN_ROLE or norm in _FILLERS:
        return False
    return not norm.endswith(("ed", "ing", "ly", "s"))


def _slot(tokens: Sequence[Token], j: int) -> bool:
    """The word at ``j`` ends a name: the text ends, or a closer or a possessive ``'s`` follows."""
    if j + 1 >= len(tokens):
        return True
    nxt = tokens[j + 1]
    if not nxt.spaced:
        return nxt.norm == "s"
    return nxt.norm in _CLOSERS or (nxt.norm.endswith("ed") and len(nxt.norm) > 4 and nxt.norm not in listed())


def detect(text: str, tokens: Sequence[Token], taken: list[bool], persons: Sequence[bool],
           is_given: Callable[[str], bool]) -> list[Span]:
    """Rule ``en-surname-slot`` over lower-case English ``tokens`` (marks the ones it takes)."""
    out: list[Span] = []
    for k in range(len(tokens) - 1):
        j = k + 1
        if not persons[k] or persons[j] or taken[j] or not tokens[j].spaced or not is_given(tokens[k].norm):
            continue
        if k > 0 and persons[k - 1]:
            continue  # the given name closes a longer name already
        if k > 0 and tokens[k - 1].norm in _BARE_INFINITIVE:
            continue
        if _word(tokens[j]) and _slot(tokens, j):
            start, end = tokens[j].start, tokens[j].end
            out.append(Span(start, end, "PERSON", text[start:end], SCORE, f"en_candidates:{RULE}",
                            f"{UNCERTAIN}:{RULE}"))
            taken[j] = True
    return out
