"""A plant or college named by its clipped, spoken name: ``пайшоў на трактарны``, ``уволили с шинного``,
``вучыліся ў політэху``.

Speakers name the big plant of their town by its industry adjective alone, the noun ``завод`` dropped
(``на тракторный`` is the tractor works, ``с шинного`` the tyre plant, ``на моторном``), and their college by
a clipping (``политех``, ``нархоз``, ``иняз``, ``физтех``). Both name one body in a town, as a capital would.

industry adjective
    a masculine singular form (Russian ``-ый``/``-ого``/``-ом``/``-ому``, Belarusian ``-ы``/``-ага``/``-ым``/
    ``-аму``) of an adjective from :data:`_INDUSTRIES` right after ``на``/``с``/``з``/``со``/``из``/``у``/``в``,
    with no noun after it: the clause ends there (a punctuation mark or the double blank a dropped one leaves)
    or a function or number word follows (``на трактарны а я``, ``с шинного по статье``, ``на тракторном
    двадцать лет``). A noun after it
    (``на тракторный завод``, ``тракторный прицеп``) or a feminine form (``на тракторной тележке``) describes.
clipping
    a university's clipping (``у політэху``, ``из нархоза``, ``поступила в мед``): ``college_clippings.py``.

Russian and Belarusian, cased and lower-case; uncertain (0.5, ``uncertain:orgslang``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.detectors.college_clippings import clipped_colleges
from intake.pseudonymise.detectors.numwords import lookup as number_word
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

RULE = "slang"
# Folded stems (і -> и, ў -> у) of industry adjectives that name a town's plant without ``завод``.
_INDUSTRIES = (
    "тракторн", "трактарн", "шинн", "шынн", "моторн", "маторн", "автомобильн", "аутамабильн", "автозаводск",
    "подшипников", "падшыпникав", "металлургическ", "металургичн", "станкостроительн", "станкабудауничн",
    "вагоноремонтн", "вагонарамонтн", "велосипедн", "веласипедн", "гадзинникав", "радиозаводск",
    "приборостроительн", "прыборабудауничн", "нефтеперерабатывающ", "нафтаперапрацоучы", "химволокн",
    "химвалакн", "кирпичн", "цаглян", "цементн", "цэментн", "стекольн", "шкляноу", "мясокомбинатск",
)  # fmt: skip
_MASC = re.compile(r"(?:ый|ий|ого|ом|ому|ы|и|ага|ым|им|аму)$")
_PREPS = frozenset("на с з со са из у в во ва".split())


def _industry(tok: Token) -> bool:
    norm = tok.norm
    return norm.startswith(_INDUSTRIES) and _MASC.search(norm) is not None and len(norm) <= 22


def _no_noun_after(text: str, tokens: Sequence[Token], i: int) -> bool:
    if i + 1 >= len(tokens):
        return True
    nxt = tokens[i + 1]
    gap = text[tokens[i].end : nxt.start]
    return gap.strip() != "" or "  " in gap or is_stop_word(nxt.norm) or number_word(nxt.norm) is not None


def detect(text: str, language: str, tokens: Sequence[Token]) -> list[Span]:
    """Uncertain ORGANISATION spans over a plant's industry adjective and a college's clipping."""
    if language not in ("ru", "be"):
        return []
    out: list[Span] = []
    for i in range(1, len(tokens)):
        tok = tokens[i]
        if not tok.spaced or tokens[i - 1].norm not in _PREPS:
            continue
        if _industry(tok) and _no_noun_after(text, tokens, i):
            out.append(org_span(text, tok.start, tok.end, RULE, 0.5, True))
    return out + [org_span(text, start, end, RULE, 0.5, True) for start, end in clipped_colleges(tokens)]


def displaced(found: Sequence[Span], slang: Sequence[Span]) -> list[Span]:
    """``found`` less the uncertain person or place candidates at the very offsets of a ``slang`` span: a word no
    dictionary knows (``нархоз``, ``радиотеха``) that a clipping list names is the college, not a surname."""
    at = {(s.start, s.end) for s in slang}
    return [s for s in found if not (s.uncertain and s.label != "ORGANISATION" and (s.start, s.end) in at)]
