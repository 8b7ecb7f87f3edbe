"""English organisation names in lower-case speech-recognition text (the ``english`` rule of
``orgnames.py``): the unknown words after ``at``/``for``/``from``/``with``/``the`` (``a reporter at
zerkalo``), and a phrase ending in an organisation noun with a
place or an unknown word in it (``minsk regional bar association``). All uncertain, score 0.5. The words
after ``called``/``named`` are ``orgcues.py``'s.

"Unknown" means: not in the English vocabulary (``data/english_words.txt``), no English suffix
(``-ing``, ``-tion``...), no first name, no platform or technical word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.detectors import casing, namelex
from intake.pseudonymise.detectors.gazetteer import entity_gazetteer
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import UNCERTAIN, Span

UNSURE = 0.5
_EN_PREPS = frozenset("at for from with joined".split())
_EN_HEADS = frozenset(
    "association foundation fund committee union initiative council network institute radio chambers "
    "society federation alliance movement party league bureau agency trust coalition bar".split()
)
_EN_STOP = frozenset(
    "me him them us you i he she we they "
    "the a an my our his her their your this that these those of and or in on to for at by with from "
    "it its is was were be been called named there here home work school".split()
)


# Countries and nationalities the exiles' organisations are named after (``the polish bar association``).
_EN_COUNTRY = frozenset(
    "belarus belarusian belarusians lithuania lithuanian poland polish ukraine ukrainian russia russian latvia "
    "latvian georgia georgian germany german czech european international".split()
)


def org_span(text: str, start: int, end: int, rule: str, score: float, uncertain: bool) -> Span:
    """An ORGANISATION span of ``orgnames``'s rule ``rule`` (reason ``uncertain:org<rule>`` when unsure)."""
    reason = f"{UNCERTAIN}:org{rule}" if uncertain else ""
    return Span(start, end, "ORGANISATION", text[start:end], score, f"orgnames:{rule}", reason)


def _span(text: str, start: int, end: int, rule: str, uncertain: bool = True) -> Span:
    return org_span(text, start, end, rule, UNSURE, uncertain)


_EN_SUFFIXES = (
    "ing ion ment ness ity ance ence ism ist ship ology ary ery ry ive ous able ible ful less ize ise ed ly "
    "al ic ical er ers or ors th"
).split()
_EN_TECH = frozenset("iban swift bic pin vpn sim wifi html http https online offline".split())


def _unknown_latin(tok: Token) -> bool:
    """A Latin word that looks like no English word (not in the vocabulary, no English suffix, no
    hyphenated English tail) and is no first name or platform."""
    norm = tok.norm
    if tok.cyrillic or len(norm) < 4 or casing.is_stopword(tok) or norm in _EN_TECH:
        return False
    if namelex.is_english_word(norm) or namelex.is_english_word(norm.rsplit("-", 1)[-1]):
        return False
    if "'" in norm or norm.endswith(tuple(_EN_SUFFIXES)):
        return False
    return not namelex.first_names().lookup_first(norm)


def _place(tok: Token) -> bool:
    return any(e.label == "LOCATION" for e in entity_gazetteer().lookup_first(tok.norm))


def english(text: str, tokens: Sequence[Token], covered: Sequence[bool]) -> list[Span]:
    """Lower-case English organisation names (``english`` rule)."""
    out: list[Span] = []
    for i, tok in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        if not nxt.spaced or covered[i + 1]:
            continue
        if (tok.norm in _EN_PREPS or tok.norm == "the") and _unknown_latin(nxt):
            j = i + 1
            while j + 1 < len(tokens) and tokens[j + 1].spaced and _unknown_latin(tokens[j + 1]) and j - i < 3:
                j += 1
            out.append(_span(text, nxt.start, tokens[j].end, "english", uncertain=True))
    out += _english_heads(text, tokens, covered)
    return out


def _english_heads(text: str, tokens: Sequence[Token], covered: Sequence[bool]) -> list[Span]:
    """``minsk regional bar association``, ``free belarus initiative``: an organisation noun after words
    with a place, a country or nationality, or an unknown word among them."""
    out: list[Span] = []
    for j, tok in enumerate(tokens):
        if tok.norm not in _EN_HEADS or tok.cap or tok.norm == "bar":
            continue
        i = j
        while i > 0 and j - i < 3 and tokens[i].spaced and tokens[i - 1].norm not in _EN_STOP:
            if tokens[i - 1].cyrillic or (covered[i - 1] and not tokens[i - 1].cap and not _place(tokens[i - 1])):
                break
            i -= 1
        if i < j and any(_place(t) or _unknown_latin(t) or t.norm in _EN_COUNTRY for t in tokens[i:j]):
            out.append(_span(text, tokens[i].start, tok.end, "english", uncertain=True))
    return out


_LATIN_OF = re.compile(r"[A-Z]\w* (?:of|for|the|and|de) [A-Z]")


def latin_runs(text: str, tokens: Sequence[Token]) -> list[Span]:
    """English organisation names inside Russian or Belarusian text (``Committee to Protect Journalists``,
    ``Bank of East Asia``): the English rule of capitalised runs with an organisation noun."""
    if not _LATIN_OF.search(text):
        return []  # the word rules already flag a capitalised Latin run without a linker
    return [
        org_span(text, tokens[i].start, tokens[j - 1].end, "latin", 0.7, False)
        for i, j, label in casing.english_org_runs(tokens, text)
        if label == "ORGANISATION" and not any(t.cyrillic for t in tokens[i:j])
    ]
