"""Institutions described by a compound adjective: ``горно-обогатительный комбинат``, ``навукова-даследчы
інстытут``.

An adjective of two stems joined by a linking vowel (``научно-практический``, ``гісторыка-краязнаўчы``,
``целлюлозно-картонный``) is the language of official names: ordinary speech does not describe a museum or a
plant that way, so before an institution noun it makes the description one employer's. The halves are joined by
a hyphen or, in speech-recognition text, by one blank (``целлюлозно картонном``; two blanks are a dropped
punctuation mark). A blank joins only a first half
that is no degree adverb before a qualitative adjective (``довольно большом центре``, ``совершенно новом
заводе``): a degree adverb grades a quality, and a relational adjective (``картонный``, ``практический``) has none
to grade.

The head is an institution noun (:func:`institution_heads.is_head`) or one of the nouns that name an
institution only with such an adjective (:data:`_COMPOUND_HEADS`: ``центр``, ``музей``, ``предприятие``:
``в центре города`` is a place). The span takes the adjectives before the compound (``Лідскім``) and a
complement after the head (``по картофелеводству``, ``institution_tails.complement``). Uncertain (0.5,
``uncertain:org``).
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.institution_heads import is_head
from intake.pseudonymise.detectors.institution_tails import ADJ_TAILS, complement
from intake.pseudonymise.detectors.pattern_tokens import Token, Words
from intake.pseudonymise.spans import UNCERTAIN, Span
from intake.pseudonymise.stopwords import is_stop_word

# Nouns that name an institution only with a compound adjective (folded stems, any case ending).
_COMPOUND_HEADS = (
    "центр цэнтр музе музэ предприяти прадпрыемств объединени аб'яднанн комплекс лаборатори лабараторы "
    "учреждени установ управлени упраўленн хозяйств гаспадарк"
).split()
_HEAD_ENDINGS = frozenset("а у е ом ов ы и й я ю ем ям ях ах ам аў яў ой ай і ю ей ием ії ія ію іі".split()) | {""}
_COMPOUND_PREFIXES = tuple(_COMPOUND_HEADS)  # one C-level ``startswith`` turns away most words (speed)
_MAX_MODIFIERS = 4


def _head(low: str) -> bool:
    """An institution noun, or one that names an institution after a compound adjective."""
    if is_head(low):
        return True
    if not low.startswith(_COMPOUND_PREFIXES):
        return False
    return any(low.startswith(stem) and low[len(stem) :] in _HEAD_ENDINGS for stem in _COMPOUND_HEADS)


def _adjective(tok: Token) -> bool:
    return tok.text.isalpha() and len(tok.low) > 3 and tok.low.endswith(ADJ_TAILS) and not is_stop_word(tok.low)


def _half(tok: Token) -> bool:
    """The shape of a compound adjective's first half: a stem and the linking vowel (``горно``, ``гісторыка``),
    no full adjective (``старая``)."""
    low = tok.low
    return tok.text.isalpha() and len(low) > 4 and bool(_HALF.search(low)) and not low.endswith(ADJ_TAILS)


def _blank_joins(half: Token, adjective: Token) -> bool:
    """A blank joins ``half`` to the adjective after it: no function word, no known noun (``учительница районной
    школы``), no degree adverb grading a quality (``довольно большом``)."""
    if is_stop_word(half.low):
        return False
    reading, morph = namelex.russian_reading(half.low)
    if morph.known and namelex.noun_share(reading) >= 0.5:
        return False
    return namelex.verb_share(namelex.russian_reading(adjective.low)[0]) < 0.5 and not _graded(half, adjective)


# An adjective stem's last consonants and the linking vowel (``научно``, ``историко``, ``навукова``, ``горна``).
_HALF = re.compile(r"(?:ов|ев|ск|цк|ч|н|к|т)[оа]$")


def _graded(half: Token, adjective: Token) -> bool:
    """``довольно большом``: an adverb first, a qualitative adjective after (read through Russian spellings)."""
    first = namelex.analyzer().parse(namelex.russian_reading(half.low)[0])
    second = namelex.analyzer().parse(namelex.russian_reading(adjective.low)[0])
    adverb = sum(p.score for p in first if p.tag.POS in ("ADVB", "PRED") or "Prdx" in p.tag) >= 0.5
    return adverb and any("Qual" in p.tag for p in second[:1])


def _start(words: Words, i: int) -> int | None:
    """Index of the first modifier of the head at ``i`` when a compound adjective is among them, else None;
    before the compound only a place's adjective joins (``Лідскім``, not ``большом``)."""
    toks, gaps = words.tokens, words.gaps
    start, compound = i, False
    while start > 0 and i - start < _MAX_MODIFIERS and _adjective(toks[start - 1]) and gaps[start - 1] == " ":
        if compound and not (toks[start - 1].text[:1].isupper() or _PLACE.search(toks[start - 1].low)):
            break
        start -= 1
        if start == 0 or not _half(toks[start - 1]):
            continue
        gap = gaps[start - 1]
        if gap == "-" or (gap == " " and _blank_joins(toks[start - 1], toks[start])):
            start, compound = start - 1, True
    return start if compound else None


# A place's adjective in ``-ск-``/``-цк-`` (``лідскім``, ``солигорском``).
_PLACE = re.compile(r"(?:ск|цк)(?:ая|ой|ий|ое|ую|ом|ым|ого|ому|ае|ы|і|ай|ых|ім|ага|аму)$")


# Words of time after ``по``/``па`` (``по субботам``, ``па вечарах``): when, not the institution's field.
_TIMES = tuple(
    "суббот субот воскрес нядзел вечер вечар утр ранк выходн будн понедел панядзел вторн аўторк серад сред "
    "четверг чацвер пятниц пятніц ноч нач".split()
)


def _field_end(words: Words, j: int) -> int:
    """Index after ``по картофелеводству``/``па біярэсурсах`` at ``j`` (the institution's field), else ``j``."""
    toks, gaps = words.tokens, words.gaps
    if j + 1 >= len(toks) or toks[j].low not in ("по", "па") or gaps[j - 1] != " " or gaps[j] != " ":
        return j
    field = toks[j + 1]
    if not field.text.isalpha() or len(field.low) < 5 or is_stop_word(field.low) or field.low.startswith(_TIMES):
        return j
    return j + 2 if field.low.endswith(("у", "ю", "ам", "ям", "ах", "ях", "е", "ы", "і")) else j


def detect(text: str, words: Words, language: str) -> list[Span]:
    """Institution descriptions with a compound adjective (Russian, Belarusian)."""
    if language not in ("ru", "be"):
        return []
    toks = words.tokens
    out: list[Span] = []
    for i, tok in enumerate(toks):
        if i == 0 or not _head(tok.low):
            continue
        start = _start(words, i)
        if start is None:
            continue
        end = _field_end(words, max(complement(words, i + 1, language), i + 1))
        first, last = toks[start], toks[end - 1]
        out.append(
            Span(
                first.start,
                last.end,
                "ORGANISATION",
                text[first.start : last.end],
                0.5,
                "institutions",
                f"{UNCERTAIN}:org",
            )
        )
    return out
