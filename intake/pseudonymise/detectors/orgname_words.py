"""The word tests of ``orgnames.py``: organisation nouns (heads of a name phrase, cue nouns before a quoted
name) and chat or page nouns, found by their stems and case endings; and pymorphy3's readings of a word as
a full adjective or in a given case, which decide how far a name phrase runs.
"""

from __future__ import annotations

from functools import lru_cache

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.stemming import stem_form

# Organisation nouns, as stems (Russian and Belarusian, folded: ё->е, і->и, ў->у).
_HEAD_STEMS = (
    "фронт союз саюз совет савет рад комитет камитэт палат служб управлени упраулени парти парты "
    "движени рух организаци арганизацы агентств агенцтв федераци федэрацы лиг альянс компани кампани банк "
    "бирж театр тэатр институт инстытут центр цэнтр фонд ассоциаци асацыяцы министерств министэрств собрани "
    "клуб объединени аб'яднанн обществ таварыств корпораци карпарацы концерн холдинг бюро дум инициатив "
    "иницыятыв суполк сообществ профсоюз прафсаюз издательств выдавецтв академи акадэми университет отдел аддзел "
    "комисси камиси ассамбле асамбле ведомств епархи митрополи экзархат синод"
).split()
_CUE_STEMS = (
    "инициатив иницыятыв фонд движени рух организаци арганизацы компани кампани фирм газет издани "
    "выданн журнал часопис канал проект праект магазин крам кофейн кавярн объединени аб'яднанн сообществ "
    "суполк парти парты профсоюз прафсаюз ассоциаци асацыяцы агентств агенцтв студи студы центр цэнтр "
    "издательств выдавецтв бренд сетк завод заводз фабрик фабрык комбинат камбинат камбинац предприяти "
    "прадпрыемств клуб гурт гурц платформ"
).split()
# Nouns of a group chat or a page that name it only in quotes (``в чате «Лида 24/7»``, ``у групе «Суседзі»``):
# alone they name nothing (``в чате писали``), so they are no cue of ``orgcues.py``.
_QUOTE_CUE_STEMS = "чат чатик чац групп груп паблик сайт блог".split()
_ENDINGS = frozenset(
    "а я ы и у ю е ом ем ой ей ою ею ам ям ами ями ах ях ов ев ий ия ии ию ием иям иях ау ае яй ай аю ям ях".split()
) | {""}


@lru_cache(maxsize=20_000)
def is_org_noun(norm: str, cue: bool = False) -> bool:
    """An organisation noun in any case (``комитета``, ``радзе``, ``партыі``), folded."""
    stems = _CUE_STEMS if cue else _HEAD_STEMS
    return stem_form(norm, stems, _ENDINGS)


def _chat(norm: str) -> bool:
    """A chat, group or page noun in any case (``чате``, ``чаце``, ``группе``), folded."""
    return stem_form(norm, _QUOTE_CUE_STEMS, _ENDINGS)


def _parses(word: str) -> list[tuple[str, str, float]]:
    """(part of speech, case, score) of each known pymorphy3 parse of ``word``."""
    return [
        (str(p.tag.POS or ""), str(p.tag.case or ""), float(p.score))
        for p in namelex.analyzer().parse(word.lower())
        if p.is_known
    ]


@lru_cache(maxsize=20_000)
def is_adjective(word: str, language: str) -> bool:
    """A full adjective (pymorphy3 for Russian; the ending for Belarusian)."""
    if language == "be":
        return word.lower().endswith(("ая", "ы", "і", "ае", "ага", "ай", "ым", "ім", "ую", "ых", "іх", "ой"))
    parses = _parses(word)
    return sum(s for pos, _, s in parses if pos == "ADJF") >= 0.5


@lru_cache(maxsize=20_000)
def has_case(word: str, *cases: str) -> bool:
    """A noun or adjective often read in one of ``cases`` (``защиты``: ``gent``; ``атомной``: ``datv``)."""
    parses = _parses(word)
    return sum(s for pos, case, s in parses if pos in ("NOUN", "ADJF", "PRTF") and case in cases) >= 0.3
