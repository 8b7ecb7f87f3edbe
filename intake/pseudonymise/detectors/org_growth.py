"""Organisation names partly masked: the span grows to the whole name.

The coverage rule needs every letter of a mention; other rules often find a part of an organisation name (the
place or person word inside it, the word in an organisation head's slot) and leave the rest. Two growths:

head before a span (Russian, Belarusian)
    an organisation head noun (:func:`org_slots.head_kind`: ``фонд``, ``фундацыя``, ``асацыяцыя``, ``клуб``
    ...) right before a detected PERSON, LOCATION or ORGANISATION span is part of the name (``фондзе Сонейка``,
    ``асацыяцыі беларускіх``): one ORGANISATION span over both, run on over the genitive words that continue
    the name (``асацыяцыі беларускіх мастакоў``); a parish's saint word may stand between (``парафіі святога
    Юрыя``) or open the span itself (``приход Святого Антония``, the person span over the saint's name). Heads that
    name a part of a town or a conversation (``центр``, ``чат``, ``канал``, ``группа``, ``сеть``) are left out: ``в
    центре Минска`` is no organisation.
exile (Russian, Belarusian, English)
    an ORGANISATION span whose last word is a genitive of its members or a head runs on over ``у выгнанні``,
    ``в эмиграции``, ``за мяжой``, ``in exile`` (``асацыяцыі беларускіх гісторыкаў у выгнанні``, ``pen in
    exile``): an organisation in exile carries the words in its name; a place (``у Белсаце ў эміграцыі``)
    does not.
``of``-chain (English)
    an ORGANISATION span ending in a head that takes ``of`` (``union``, ``association``, ``committee`` ...)
    runs on over ``of`` and up to three words that are no function word (``lithuanian union of writers``).

A grown span is as sure as the span it grew from: uncertain (0.5, ``uncertain:orggrow``) when that was a candidate,
otherwise evidence with its score, so that one key never releases a name found on evidence. A head before a whole
organisation name joins it too (``инициативе Точка роста``): annotators differ on the head, and a type word masked
costs nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import org_slots
from intake.pseudonymise.detectors.org_parishes import PARISHES, SAINT
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

RULE = "grow"
# Head stems (folded) that also name a part of a town or a conversation: no growth over the span after them.
_PLAIN_HEADS = ("центр", "цэнтр", "чат", "канал", "груп", "сет", "банк", "магазин", "крам", "приход", "бар")
_LABELS = frozenset({"PERSON", "LOCATION", "ORGANISATION"})
# Endings of a genitive adjective or noun that continue a name (``беларускіх мастакоў``; folded: ``ў``->``у``).
_GENITIVE = ("ых", "их", "іх", "ау", "оу", "яу", "ев", "ов", "ого", "его", "ага", "яга", "ой", "ей", "ай")
_EN_OF_HEADS = frozenset(
    "union association committee council foundation federation society league congress network centre center "
    "institute academy movement alliance chamber fund".split()
)
_EN_STOP = frozenset("the a an and or but in on at for to from with by that which who is was were be".split())


def head(tok: Token) -> bool:
    """An organisation head noun that is no plain word for a place or a conversation."""
    return org_slots.head_kind(tok.norm) is not None and not tok.norm.startswith(_PLAIN_HEADS)


def genitive_end(tokens: Sequence[Token], j: int) -> int:
    """Index after the genitive words (at most three) that continue a name from ``tokens[j]``."""
    end = j
    while end < len(tokens) and end - j < 3 and tokens[end].spaced:
        norm = tokens[end].norm
        if is_stop_word(norm) or len(norm) < 4 or not norm.endswith(_GENITIVE) or not tokens[end].cyrillic:
            break
        end += 1
    return end


def _slavic(text: str, tokens: Sequence[Token], found: Sequence[Span]) -> list[Span]:
    """A head noun right before a detected span: one organisation over both and the genitives after."""
    out: list[Span] = []
    starts = {tok.start: i for i, tok in enumerate(tokens)}
    ends = {tok.end: i for i, tok in enumerate(tokens)}
    for span in found:
        if span.label not in _LABELS:
            continue
        i, last = starts.get(span.start, 0), ends.get(span.end, -1)
        saint = i > 1 and _saint_after_parish(tokens, i - 1)
        if saint:
            i -= 1  # ``парафіі святога Карла``, ``приход святого Фомы``: a saint makes ``приход`` a parish
        saint = saint or (i > 0 and last > i and _saint_after_parish(tokens, i))  # ``приход Святого Антония``
        if i < 1 or last < i or not tokens[i].spaced or not (saint or head(tokens[i - 1])):
            continue
        end = genitive_end(tokens, last + 1)
        out.append(grown(text, tokens[i - 1].start, max(span.end, tokens[end - 1].end), span))
    return out


def _saint_after_parish(tokens: Sequence[Token], k: int) -> bool:
    """A saint word at ``k`` right after a parish noun (``приход святого``, ``парафіі Святога``)."""
    return tokens[k].norm in SAINT and tokens[k].spaced and tokens[k - 1].norm.startswith(PARISHES)


def grown(text: str, start: int, end: int, inner: Span) -> Span:
    """The grown span, as sure as the span it grew from: a span found on evidence never becomes a candidate that one
    key releases (``фонд Сонейка`` from the person ``Сонейка``)."""
    if inner.uncertain:
        return org_span(text, start, end, RULE, 0.5, True)
    return org_span(text, start, end, RULE, inner.score, False)


def _english(text: str, tokens: Sequence[Token], found: Sequence[Span]) -> list[Span]:
    """An organisation ending in a head that takes ``of``: the span runs on over the ``of`` phrase."""
    out: list[Span] = []
    ends = {tok.end: i for i, tok in enumerate(tokens)}
    for span in found:
        if span.label != "ORGANISATION":
            continue
        last = ends.get(span.end, -1)
        if last < 0 or tokens[last].norm not in _EN_OF_HEADS or last + 2 >= len(tokens):
            continue
        if tokens[last + 1].norm != "of" or not tokens[last + 1].spaced:
            continue
        end = last + 2
        while end < len(tokens) and end - last - 2 < 3 and tokens[end].spaced and _en_word(tokens[end]):
            end += 1
        if end > last + 2:
            out.append(grown(text, span.start, tokens[end - 1].end, span))
    return out


_EN_SAINTS = frozenset("saint st".split())
_EN_CHURCHES = frozenset("church cathedral parish chapel monastery basilica convent abbey cathedrals churches".split())


def _en_saints(text: str, tokens: Sequence[Token], found: Sequence[Span]) -> list[Span]:
    """A church named by its saint: ``saint``/``st`` and a found name after ``<church> of`` or before
    ``('s) <church>`` (``the cathedral of saint anne``, ``st george's church``) is the church's name; the span
    takes the church noun too, so it outranks a person span over ``Saint Anne`` alone."""
    out: list[Span] = []
    starts = {tok.start: i for i, tok in enumerate(tokens)}
    ends = {tok.end: i for i, tok in enumerate(tokens)}
    for span in found:
        i, last = starts.get(span.start, 0), ends.get(span.end, -1)
        if span.label not in _LABELS or last < i:
            continue
        i -= tokens[i].norm not in _EN_SAINTS  # ``Saint Anne`` found whole, or ``anne`` after ``saint``
        if i < 0 or tokens[i].norm not in _EN_SAINTS:
            continue
        after = _church_after(tokens, last + 1)
        if i > 1 and tokens[i - 1].norm == "of" and tokens[i - 2].norm in _EN_CHURCHES:
            out.append(grown(text, tokens[i - 2].start, span.end, span))
        elif after is not None:
            out.append(grown(text, tokens[i].start, tokens[after].end, span))
    return out


def _church_after(tokens: Sequence[Token], j: int) -> int | None:
    """Index of a church noun at ``j``, after a possessive ``'s`` there or not; None when there is none."""
    if j < len(tokens) and tokens[j].norm == "s" and not tokens[j].spaced:
        j += 1
    return j if j < len(tokens) and tokens[j].norm in _EN_CHURCHES else None


def _en_word(tok: Token) -> bool:
    """A Latin word that may belong to a name after ``of``."""
    return tok.norm.isalpha() and tok.norm not in _EN_STOP and not tok.cyrillic


# Exile qualifiers, as (preposition, noun) folded like the tokens' norms.
_EXILE = frozenset(
    (fold(prep), fold(noun))
    for prep, nouns in (
        ("у", "выгнанні эміграцыі"),
        ("в", "изгнании эмиграции"),
        ("за", "мяжой рубежом границей"),
        ("in", "exile"),
    )
    for noun in nouns.split()
)


def _in_exile(text: str, tokens: Sequence[Token], found: Sequence[Span]) -> list[Span]:
    """An organisation of members (a genitive) or ending in its head, and ``у выгнанні`` after it."""
    out: list[Span] = []
    ends = {tok.end: i for i, tok in enumerate(tokens)}
    for span in found:
        last = ends.get(span.end, -1)
        if span.label != "ORGANISATION" or last < 0 or last + 2 >= len(tokens):
            continue
        prep, noun = tokens[last + 1], tokens[last + 2]
        if (prep.norm, noun.norm) not in _EXILE or not (prep.spaced and noun.spaced):
            continue
        word = tokens[last]
        members = word.norm.endswith(_GENITIVE) if word.cyrillic else word.norm.endswith("s")  # ``of writers``
        if head(word) or word.norm in _EN_OF_HEADS or members:
            out.append(grown(text, span.start, noun.end, span))
    return out


def detect(text: str, language: str, tokens: Sequence[Token], found: Sequence[Span]) -> list[Span]:
    """Organisation spans grown from the spans ``found`` so far."""
    if not tokens:
        return []
    if language == "en":
        out = _english(text, tokens, found) + _en_saints(text, tokens, found)
    else:
        out = _slavic(text, tokens, found) if language in ("ru", "be") else []
    return out + _in_exile(text, tokens, [*found, *out])
