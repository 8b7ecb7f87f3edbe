"""Enterprise names made of a place and a trade (the ``compound`` and ``trade`` rules of ``orgnames.py``).

``compound``: one word compounded from a town and a trade, in either alphabet (``минскстрое``,
``крычаўцэментнашыфер``, ``белагропрамбанку``, ``Mogilevvodokanal``), or, when no dictionary knows the word,
from a short town abbreviation and an industry element (``гродтекс``, ``белсофце``); evidence 0.7.
``trade``: a town or its adjective and a product after ``на``/``с`` (``на гродна азоце``, ``на Лідскім піве``);
uncertain 0.5.
Town and trade stems are public knowledge of Belarusian enterprises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.detectors import casing, namelex
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span

# Place-derived adjectives in -ск-/-цк- and the name-forming ones of ``orgnames._NAME_ADJ`` other than
# ``международный``/``национальный`` (folded).
_NAME_ADJ = re.compile(
    r"^(?:мижнародн|федеральн|всемирн|сусветн|республиканск|рэспубликанск)"
    r"|(?:ск|цк)(?:ий|ая|ое|ой|ого|ому|ую|ом|им|ие|их|ым|ыми|и|ы|ае|ага|аму|ай|ым)$"
)


def _span(text: str, start: int, end: int, rule: str, uncertain: bool = False) -> Span:
    return org_span(text, start, end, rule, 0.5 if uncertain else 0.7, uncertain)


# Enterprise names compounded from a place and a trade (``Минскстрой``, ``Гродноазот``, ``Беларуськалий``,
# ``Крычаўцэментнашыфер``), folded (і->и, ў->у, ё->е).
_COMPOUND = re.compile(
    r"^(?:минск|гродн|брест|гомел|могилев|магилеу|витеб|вицеб|полоц|полац|бобруй|бабруй|борисов|барысау|пинск|"
    r"лид|молодечн|маладзечн|салигор|солигор|мозыр|мазыр|жлобин|жодин|светлогор|новопол|навапол|орш|слоним|"
    r"кричев|крычау|гомсел|светлагор|белорус|беларус|бел)\w{0,10}?"
    r"(?:стро|буд|азот|цемент|цэмент|шифер|шыфер|нефт|нафт|хим|маш|трактор|энерг|газ|связ|телеком|тэлеком|агро|пром|мяс|"
    r"молок|малоч|хлеб|шин|стекл|шкл|кали|авто|водоканал|транс|банк|инвест|фарм|текстил|трикот|трыкат|обув|"
    r"абутк|мебел|кабел|радио|электр|гипро|кооп|торг|гандл|сбыт|снаб|дор|ойл|лифт|лес|спирт|кондит|кандыт|древ|дрэу|"
    r"химволокн|химвалакн|пив|пиу)"
)


# The same names in Latin letters (``Mogilevvodokanal``, ``Minsktrans``, ``Grodnoazot``).
_COMPOUND_LATIN = re.compile(
    r"^(?:minsk|grodn|hrodn|brest|gomel|homel|mogilev|mahil|vitebsk|viciebsk|polotsk|polatsk|bobruisk|babruisk|"
    r"borisov|barysau|pinsk|lid|molodechn|salihorsk|soligorsk|mozyr|mazyr|zhlobin|novopolotsk|navapolatsk|orsh|"
    r"slonim|krichev|bel)[a-z]{0,10}?"
    r"(?:stro|azot|cement|tsement|shifer|neft|naft|khim|mash|traktor|energo|gaz|svyaz|telecom|agro|prom|myas|"
    r"molo|khleb|shin|steklo|kali|avto|vodokanal|trans|bank|invest|farm|pharm|textil|trikotazh|obuv|mebel|"
    r"kabel|torg|snab|lift|spirt|pivo)"
)


# Soviet-style abbreviations of a town or the country (``гом``, ``грод``, ``мин``, ``вит``) joined to an industry
# element (``маш``, ``текс``, ``софт``, ``мед``): ``гродтекс``, ``гомсельмаш``, ``белсофт``, ``мингаз``. Short
# stems that also start ordinary words, so a word counts only when no dictionary knows it (folded).
_ABBREVIATED = re.compile(
    r"^(?:бел|гом|грод|гроно|мин|вит|вицеб|могил|магил|брест|бобр|бабр|пин|лид|орш|мозыр|мазыр|нафт|нефт)\w{0,8}?"
    r"(?:маш|текс|тэкс|строй|строя|стро|буд|пром|прам|торг|гандл|хим|агро|лес|нефт|нафт|газ|энерг|софт|софц|мед|"
    r"трикот|трыкат|шин|шын|банк|транс|авто|кабел|мебел|обув|абутк|фарм|связ|сувяз|снаб|сбыт|кооп|лифт|дор)"
)


def _abbreviated(tok: Token) -> bool:
    """A word no dictionary knows, built from a town abbreviation and an industry element (``гродтексе``)."""
    if len(tok.norm) < 6 or _ABBREVIATED.match(tok.norm) is None or not tok.text.replace("-", "").isalpha():
        return False
    word = tok.text.lower()
    return not (namelex.analyzer().word_is_known(word) or namelex.russian_reading(word)[1].known)


def _compound(tok: Token) -> bool:
    if tok.cyrillic:
        return (len(tok.norm) >= 8 and _COMPOUND.match(tok.norm) is not None) or _abbreviated(tok)
    return len(tok.norm) >= 8 and _COMPOUND_LATIN.match(tok.norm) is not None and not namelex.is_english_word(tok.norm)


def compounds(text: str, tokens: Sequence[Token], covered: Sequence[bool]) -> list[Span]:
    """Enterprise names compounded from a place and a trade (``compound``), in any letter case and either
    alphabet; not checked against pymorphy3, which guesses ``гродножилстрое`` from ``жилстрой``."""
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        if len(tok.norm) >= 6 and not covered[i] and _compound(tok):
            out.append(_span(text, tok.start, tok.end, "compound"))
    return out


# Products that name the plant making them after its town (``на гродна азоце``, ``на Лідскім піве``,
# ``бабруйская шына``), folded.
_TRADE_WORD = re.compile(r"^(?:азот|азоц|шин|цемент|цэмент|шифер|шыфер|стекл|шкл|химволокн|химвалакн|пив)\w{0,3}$")


_AT_WORK = frozenset("на с со з са".split())


def _place_or_adjective(tok: Token) -> bool:
    """A place name (``гродна``) or a place-derived adjective (``лидским``)."""
    from intake.pseudonymise.detectors.gazetteer import entity_gazetteer

    if _NAME_ADJ.search(tok.norm) is not None and not tok.norm.startswith(casing.GENERIC_SK):
        return True
    return any(e.label == "LOCATION" for e in entity_gazetteer().lookup_first(tok.norm))


def place_trades(text: str, tokens: Sequence[Token]) -> list[Span]:
    """A town or its adjective and a product after ``на``/``с`` (``trade`` rule): the enterprise named after
    both, where one works (``на гродна азоце``, ``з Лідскага піва``), not the product (``пили минское
    пиво``). Uncertain, 0.5."""
    out: list[Span] = []
    for i, tok in enumerate(tokens[2:], 2):
        prev = tokens[i - 1]
        if tokens[i - 2].norm not in _AT_WORK or not (tok.cyrillic and prev.cyrillic and tok.spaced):
            continue
        if _TRADE_WORD.match(tok.norm) and _place_or_adjective(prev):
            out.append(_span(text, prev.start, tok.end, "trade", uncertain=True))
    return out
