"""Places no list has and no suffix shapes, in lower-case Russian or Belarusian speech: the frame names them.

Speech recognition writes ``ён жыў у крэве``, ``мы переехали из жупран``: no capital, no listed name, no
toponym suffix (``toponyms.py``). What remains is the sentence: a verb of living, moving house, birth or
origin (:data:`FRAME_STEMS`: ``жил``, ``жыў``, ``переехали``, ``нарадзілася``, ``родом``) within
:data:`REACH` words before a place preposition (:data:`PREPOSITIONS`: ``в``, ``у``/``ў``, ``из``, ``з``,
``около``, ``каля``, ``под``, ``до``/``да`` ...), or a settlement noun right before it (``в деревне под``),
and after the preposition a word no vocabulary knows. Such a word is an uncertain LOCATION (score
:data:`SCORE`, reason ``uncertain:place-frame``):

- Russian: pymorphy3 does not know the word (``в опсе``, ``из дудуток``);
- Belarusian: neither hunspell-be nor pymorphy3 knows it (``be_candidates.unknown``: ``у моталі``; a proper
  noun hunspell-be lists as a name is a person: ``у алеся`` is possession);
- never a listed first name, a function word, a word shaped like a verb (``-ть``, ``-цца``) or an adjective
  (``-ого``, ``-ых``), nor a housing word of speech (:data:`HOUSING`: ``в однушку``, ``у абшчазе``).

Cased text needs none of this: a capital inside a sentence already marks the name.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import be_candidates, be_surnames, namelex
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import UNCERTAIN, Span
from intake.pseudonymise.stopwords import is_stop_word

SOURCE = "place_frames"
SCORE = 0.45
REASON = f"{UNCERTAIN}:place-frame"
PREPOSITIONS = frozenset("в во у из изо з с со са около каля ля возле под пад до да близ".split())
REACH = 3  # words between the frame verb and the preposition (``жили потом там в``)
# Folded stems of verbs and words of living, moving house, birth and origin (Russian and Belarusian).
FRAME_STEMS = tuple(
    (
        "жил жив живу живе жыл жыв жыу жыве жыву прожив пражыв пражыл поселил пасялил селил сялил обосновал "
        "переех переезж пераех пераязджа перебрал перабрал переселил перасял уех уезж паех поех приех прыех "
        "вернул вярнул эмигрир эмиграв сбеж збег бежал уцек уцяк "
        "родил родом родам родная родны нарадзи нараджал вырос вырас выраст гадавал "
        "деревн веск весц поселк посел пасел пасялк хутар хутор район раен дач лециш"
    ).split()
)
# Housing words of speech that no vocabulary lists (folded stems): a flat, a hostel, a rented room.
HOUSING = ("однушк", "двушк", "трешк", "абшчаг", "общаг", "хрущевк", "хрушчоук", "малосемейк", "малазямейк",
           "панельк", "гостинк", "гасцинк", "съемн", "здымн", "коммуналк", "камуналк")
_VERB_ENDINGS = ("ть", "ться", "ць", "цца", "ся", "сь", "ешь", "еш", "уць", "юць")
_ADJECTIVE_ENDINGS = ("ого", "его", "ому", "ему", "ыми", "ими", "ых", "их", "ага", "яга", "аму", "яму", "ую", "юю")
MIN_LETTERS = 3


def detect(text: str, tokens: Sequence[Token], taken: Sequence[bool], language: str) -> list[Span]:
    """Uncertain LOCATION spans of unknown words after a place preposition in a frame (module docstring);
    ``taken[i]``: token ``i`` already lies in a span. Lower-case Russian or Belarusian text only."""
    if language not in ("ru", "be"):
        return []
    out = []
    for i in range(1, len(tokens)):
        tok = tokens[i]
        if taken[i] or not tok.spaced or tokens[i - 1].norm not in PREPOSITIONS or not tok.cyrillic:
            continue
        if _framed(tokens, i - 1) and _unknown_name(tok, language):
            out.append(Span(tok.start, tok.end, "LOCATION", text[tok.start : tok.end], SCORE, SOURCE, REASON))
    return out


def _framed(tokens: Sequence[Token], p: int) -> bool:
    """A frame word within :data:`REACH` words before the preposition at ``p``, in the same sentence."""
    for k in range(p - 1, max(-1, p - 1 - REACH), -1):
        if tokens[k].norm.startswith(FRAME_STEMS):
            return True
        if tokens[k].initial:
            return False
    return False


def _unknown_name(tok: Token, language: str) -> bool:
    """A word that no vocabulary knows and that is shaped like no verb, adjective, housing word or first name."""
    norm = tok.norm
    if len(norm) < MIN_LETTERS or is_stop_word(tok.text) or norm.endswith(_VERB_ENDINGS + _ADJECTIVE_ENDINGS):
        return False
    if norm.startswith(HOUSING):
        return False
    if language == "be":
        unknown = be_candidates.unknown(tok) and be_candidates.proper_kind(tok) is None
        unknown = unknown and not be_surnames.agent_noun(tok.text)  # ``да сілавіка``: a person of a known stem
    else:
        unknown = not namelex.word_morph(tok.text).known
    return unknown and not namelex.first_names().lookup_first(norm)
