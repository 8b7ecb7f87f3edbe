"""A newspaper or magazine named right after its type word (Russian, Belarusian, any letter case).

Speech names a paper the way a title page does, after the word for its kind, and speech recognition drops the
quotes that set the name apart: ``у газеце лідская газета надрукавалі``, ``я працавала ў газеце наш край``,
``писала в газете гомельская правда``. The kind noun in an oblique case after a preposition (``в газете``, ``у
часопісе``, ``для журнала``) is followed by a nominative phrase that cannot depend on it. Two frames, each
narrow because ``в газете новая статья`` and ``в газете наш город хвалили`` (an accusative object) are ordinary:

repeat
    one or two adjectives and the kind itself in the nominative (``у газеце лідская газета``, ``в журнале
    новый журнал``): the kind is said twice only to name it, so a verb after it changes nothing;
modifier
    a possessive (``наш край``) or a place-derived adjective in ``-ск-``/``-цк-`` that names no kind (``гомельская
    правда``; not ``детская``, ``городская``: ``casing.GENERIC_SK``) and one noun in the nominative, with no
    verb right after (``в газете наш край хвалили`` reads ``наш край`` as the object).

Every span is uncertain (score 0.5, reason ``uncertain:orgpress``).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.casing import GENERIC_SK
from intake.pseudonymise.detectors.org_glosses import OURS, adjective, any_verb, fold_word
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

RULE = "press"
_PRESS = ("газет", "газец", "часопис", "журнал")  # folded stems (``і`` -> ``и``; ``газеце``)
_NOMINATIVE = frozenset("газета часопис журнал".split())
_PREPS = frozenset("в во у на з с со из для до да ад от пра про".split())
_GATES = ("газет", "газец", "часопіс", "часопис", "журнал")
_NOM_ADJ = ("ая", "яя", "ый", "ий", "ой", "ы", "и")


def detect(text: str, language: str, tokens: Sequence[Token]) -> list[Span]:
    """Uncertain ORGANISATION spans over a paper's name said after its oblique type word."""
    low = text.lower()
    if language not in ("ru", "be") or not any(g in low for g in _GATES):
        return []
    out: list[Span] = []
    for i in range(1, len(tokens) - 2):
        head = fold_word(tokens[i])
        if not head.startswith(_PRESS) or head in _NOMINATIVE or fold_word(tokens[i - 1]) not in _PREPS:
            continue
        end = _repeat(tokens, i) or _modifier(tokens, i)
        if end:
            out.append(org_span(text, tokens[i + 1].start, tokens[end - 1].end, RULE, 0.5, True))
    return out


def _linked(tokens: Sequence[Token], k: int) -> bool:
    return k < len(tokens) and tokens[k].spaced


def _repeat(tokens: Sequence[Token], i: int) -> int:
    """Index after ``лідская газета`` right after the head at ``i`` (one or two adjectives, the kind), else 0."""
    k = i + 1
    while k < len(tokens) and k - i <= 2 and _linked(tokens, k) and adjective(tokens[k]):
        k += 1
    if k == i + 1 or not _linked(tokens, k) or fold_word(tokens[k]) not in _NOMINATIVE:
        return 0
    return k + 1 if fold_word(tokens[k])[:4] == fold_word(tokens[i])[:4] else 0


def _modifier(tokens: Sequence[Token], i: int) -> int:
    """Index after ``наш край``/``гомельская правда`` right after the head at ``i`` with no verb after, else 0."""
    mod, noun = i + 1, i + 2
    if not (_linked(tokens, mod) and _linked(tokens, noun)):
        return 0
    word = fold_word(tokens[mod])
    place = "ск" in word[:-2] or "цк" in word[:-2]
    if word not in OURS and not (place and word.endswith(_NOM_ADJ) and not word.startswith(GENERIC_SK)):
        return 0
    if word in OURS and word not in ("наш", "наша", "наше"):
        return 0  # only the nominative names (``в газете нашей области`` is a genitive)
    if not _noun(tokens[noun]) or (noun + 1 < len(tokens) and any_verb(tokens[noun + 1])):
        return 0
    return noun + 1


def _noun(tok: Token) -> bool:
    """A word that may end a paper's name: Cyrillic letters, no function word, no verb, no adjective."""
    if not (tok.cyrillic and tok.text.isalpha()) or is_stop_word(tok.text):
        return False
    return not any_verb(tok) and not adjective(tok)
