"""An initiative's name right after the word for initiative, where other rules find only part of it.

Volunteer initiatives, campaigns and projects take phrases for names (``з ініцыятывы Пасылка з дому``, ``из
инициативы Письма из дома``, ``ініцыятыва Дзеці-палітвязні``). ``org_growth.py`` joins the head to the first word
of the name; two shapes carry it to the whole name, Russian and Belarusian, cased and lower-case:

prepositional tail
    an ORGANISATION span of the head and one word, then a preposition of origin, purpose or lack (``з``,
    ``из``, ``ад``, ``от``, ``для``, ``без``) and one noun that ends the clause (a punctuation mark, the blank a
    dropped one leaves, or a pronoun or conjunction that opens the next: ``пасылка з дому яны збіраюць``):
    the phrase is the name. A noun in the instrumental (``з сябрамі``: "with friends") or one the clause goes on
    after (``з самага пачатку ...``) is no part of it.
hyphenated compound
    in lower-case speech, a hyphenated compound of two nouns right after the head (``ініцыятыва
    дзеці-палітвязні``): the name the capital would have marked; a particle's hyphen (``ўсё-такі``,
    ``какая-то``) is none.

A tail is as sure as the span it grows (``org_growth.grown``); a compound is uncertain (0.5,
``uncertain:orginitiative``) for the reviewer.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.org_growth import grown
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

RULE = "initiative"
# Folded stems (``і`` -> ``и``) of the nouns whose names are phrases: initiative, campaign, project.
_HEADS = ("инициатив", "иницыятыв", "кампани", "праект", "проект")
_PREPOSITIONS = frozenset("з из ад от для без".split())
# Endings of the instrumental (``з сябрамі``, ``с друзьями``, ``з мамай``), folded: no part of a name.
_INSTRUMENTAL = ("ами", "ями", "ом", "ем", "ой", "ей", "ай", "яй", "ым", "им", "ью")
# Words that open the next clause in unpunctuated speech (``пасылка з дому яны збіраюць``), folded.
_OPENERS = frozenset("яны они мы вы ён он яна она яно оно и а але но што что якия которые каторыя".split())
_PARTICLES = ("то", "таки", "такі", "нибудь", "небудзь", "либо", "сьци", "сци")


def _gap(text: str, tokens: Sequence[Token], k: int) -> str:
    """The characters between the word at ``k - 1`` and the word at ``k`` (the text's end past the last)."""
    return text[tokens[k - 1].end : tokens[k].start] if k < len(tokens) else "."


def _noun(tok: Token) -> bool:
    return tok.cyrillic and tok.text.isalpha() and len(tok.norm) >= 3 and not is_stop_word(tok.norm)


def _tail_end(text: str, tokens: Sequence[Token], k: int) -> int:
    """Index after a prepositional tail (``з дому``) right after the name word at ``k``, or ``k + 1``."""
    if k + 2 >= len(tokens) or tokens[k + 1].norm not in _PREPOSITIONS:
        return k + 1
    noun = tokens[k + 2]
    if _gap(text, tokens, k + 1) != " " or _gap(text, tokens, k + 2) != " " or not _noun(noun):
        return k + 1
    if noun.norm.endswith(_INSTRUMENTAL):
        return k + 1  # ``з сябрамі``: "with friends"
    if _gap(text, tokens, k + 3) == " " and tokens[k + 3].norm not in _OPENERS:
        return k + 1  # ``з самага пачатку ...``: the clause goes on
    return k + 3


def _compound_end(text: str, tokens: Sequence[Token], k: int) -> int:
    """Index after a hyphenated compound of two nouns at ``k`` (``дзеці-палітвязні``), or ``k``."""
    if k >= len(tokens) or _gap(text, tokens, k) != " " or tokens[k].text.count("-") != 1:
        return k
    first, second = tokens[k].norm.split("-")
    if second in _PARTICLES or not tokens[k].cyrillic or is_stop_word(first):
        return k
    return k + 1 if len(first) >= 3 and len(second) >= 3 and (first + second).isalpha() else k


def detect(text: str, language: str, tokens: Sequence[Token], found: Sequence[Span], lower: bool) -> list[Span]:
    """ORGANISATION spans over an initiative's head and its whole phrase name."""
    if language not in ("ru", "be"):
        return []
    orgs = {s.start: s for s in found if s.label == "ORGANISATION"}
    out: list[Span] = []
    for i in range(len(tokens) - 1):
        head = tokens[i]
        if not head.norm.startswith(_HEADS):
            continue
        inner = orgs.get(head.start)
        if inner is not None and inner.end == tokens[i + 1].end:
            end = _tail_end(text, tokens, i + 1)
            if end > i + 2:
                out.append(grown(text, head.start, tokens[end - 1].end, inner))
        elif lower:
            end = _compound_end(text, tokens, i + 1)
            if end > i + 1:
                out.append(org_span(text, head.start, tokens[end - 1].end, RULE, 0.5, True))
    return out
