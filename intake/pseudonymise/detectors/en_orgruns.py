"""Organisation names in lower-case English: a run of words that ends in an organisation head.

Speech recognition writes ``the belarusian association of journalists``, ``the polish national theatre``,
``viasna human rights centre`` and ``the swedish committee for belarus`` without the capitals that marked
them. A run of up to four content words ending in a head noun (:data:`HEADS`), with an ``of`` tail of up to
three words (a ``for`` tail only when it ends in a place), names an organisation when one of its words is
name-like: a nationality or place adjective (``casing.EN_NATIONS``), a place of the gazetteer or a word no
English vocabulary knows (``en_orgheads.namelike``). A run named by a nationality alone needs three words
(``the polish national theatre``; not ``the polish university``). After ``the`` the whole run is the name
(``the free belarus centre``); otherwise it starts at its first name-like word. Each span is uncertain
(score 0.5, reason ``uncertain:orgruns``).

Decoys stay open: ``a local union``, ``the student council``, ``a human rights centre`` (no name-like
word), ``a polish university``, ``my belarusian school`` (an indefinite or possessive before the run).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import casing, en_orgheads
from intake.pseudonymise.detectors.en_institutions import COUNTRIES
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

RULE = "runs"  # reason ``uncertain:orgruns``, source ``orgnames:runs``
# Nouns an organisation's name ends in (singular: ``unions`` is no one body).
HEADS = frozenset(
    "association union committee foundation fund centre center university council theatre theater institute "
    "academy society federation congress league alliance movement ensemble orchestra choir cross watch "
    "network agency museum library college commission bureau initiative forum assembly opera endowment "
    "philharmonic conservatory lyceum gymnasium guild brotherhood trust".split()
)
# Abstract nouns an organisation's ``of``/``for`` tail names its cause or art with (``for democracy``,
# ``of drama and comedy``, ``for media excellence``).
CAUSES = frozenset(
    "democracy freedom development peace excellence justice research education culture integration cooperation "
    "solidarity drama comedy music art ballet opera literature science history journalism tolerance".split()
)
# Heads that also name the middle of a place (``the centre of minsk``): a name-like word must stand before them.
_SPATIAL = frozenset("centre center".split())
# Words before a run that make it a description, not a name (``a polish university``, ``my local union``).
_GENERIC = frozenset("a an any some another every each no many several one my our your his her their its".split())
# Words that end an ``of`` tail: time and number words after the name (``of journalists last year``).
_TAIL_STOP = frozenset(
    "last next this year years month months week weeks day days ago now today yesterday two three four five "
    "since until".split()
)


def _linked(tokens: Sequence[Token], j: int) -> bool:
    return 0 < j < len(tokens) and tokens[j].spaced


def _content(tok: Token) -> bool:
    """A Latin word that may stand inside a name (no function word, no digit)."""
    return not tok.cyrillic and tok.norm.isalpha() and not is_stop_word(tok.norm) and tok.norm not in _TAIL_STOP


def _named(tok: Token) -> bool:
    """A name-like word: a nationality, a place, a country or no English word."""
    return tok.norm in casing.EN_NATIONS or tok.norm in COUNTRIES or en_orgheads.namelike(tok)


def _tail_word(tok: Token, of: bool) -> bool:
    """A word that may end a tail: a name-like word, a plural after ``of`` (``of journalists``), or an abstract
    noun of :data:`CAUSES` (``for democracy``, ``of drama and comedy``)."""
    return _named(tok) or tok.norm in CAUSES or (of and tok.norm.endswith("s"))


def _tail_end(tokens: Sequence[Token], j: int) -> int:
    """Index after an ``of``/``for`` tail of the head at ``j`` (``j + 1`` when none): up to three words after
    ``the`` and joined by ``and``, ending in a :func:`_tail_word`; a place ends it (``of warsaw``)."""
    if not (_linked(tokens, j + 1) and tokens[j + 1].norm in ("of", "for")):
        return j + 1
    of = tokens[j + 1].norm == "of"
    k, last, words = j + 2, j + 1, 0
    if k < len(tokens) and _linked(tokens, k) and tokens[k].norm == "the":
        k += 1
    while k < len(tokens) and words < 3 and _linked(tokens, k):
        tok = tokens[k]
        if tok.norm == "and" and k > j + 2:
            k += 1
            continue
        if not _content(tok) or tok.norm.endswith(("ed", "ing")):
            break
        k, words = k + 1, words + 1
        if _tail_word(tok, of):
            last = k
        if _named(tok) and tok.norm not in casing.EN_NATIONS:
            break
    return last


def _possessive(tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i - 1]`` is the ``s`` of a possessive joined to the word before it (``women's``)."""
    return i > 1 and tokens[i - 1].norm == "s" and not tokens[i - 1].spaced and _content(tokens[i - 2])


def _run_start(tokens: Sequence[Token], j: int) -> tuple[int, bool]:
    """(index of the first word of the run before the head at ``j``, the run follows ``the``)."""
    i, words = j, 0
    while i > 0 and words < 4 and _linked(tokens, i):
        if _possessive(tokens, i):
            i -= 1
        elif not _content(tokens[i - 1]):
            break
        i, words = i - 1, words + 1
    before = tokens[i - 1].norm if i > 0 else ""
    return i, before == "the"


def _span_of(tokens: Sequence[Token], j: int) -> tuple[int, int] | None:
    """(first, end) token indices of the name the head at ``j`` ends, or None."""
    start, definite = _run_start(tokens, j)
    end = _tail_end(tokens, j)
    if start > 0 and tokens[start - 1].norm in _GENERIC:
        return None
    words = [m for m in range(start, end) if m != j and tokens[m].norm not in ("of", "for")]
    named = [m for m in words if _named(tokens[m])]
    if not named or (tokens[j].norm in _SPATIAL and min(named) > j):
        return None  # ``the centre of minsk`` is a place; ``the free belarus centre`` a name
    first = start if definite else min(min(named), j)
    if all(tokens[m].norm in casing.EN_NATIONS for m in named) and end - first < 3:
        return None
    return first, end


def detect(text: str, tokens: Sequence[Token]) -> list[Span]:
    """``uncertain:orgruns`` spans of lower-case English ``text``."""
    out: list[Span] = []
    for j, tok in enumerate(tokens):
        if tok.norm not in HEADS or tok.cyrillic:
            continue
        found = _span_of(tokens, j)
        if found is not None:
            first, end = found
            out.append(org_span(text, tokens[first].start, tokens[end - 1].end, RULE, 0.5, True))
    return out
