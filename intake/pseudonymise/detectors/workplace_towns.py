"""A workplace named by its kind and its town: ``в локомотивном депо Орша``, ``на молочном комбинате Гомель``.

Railway depots, plants, mills and mines are named by the town they stand in, said right after the kind noun
(``депо Орша``, ``завод Гомеля``, ``шахта Солигорск``), often with the adjectives of the kind before it
(``локомотивное депо``, ``молочный комбинат``). ``composites.py`` joins courts and rural institutions to their
town; this joins a workplace kind noun (``депо``, ``завод``/``-завод``, ``фабрика``/``фабрыка``,
``комбинат``/``камбінат``, ``шахта``, ``рудник``/``руднік``, ``элеватор``, English ``depot``, ``plant``,
``factory``, ``mill``, ``mine``) and up to two adjectives before it to a detected town right after it, with
nothing between (``на заводе в Орше`` is a plant in a town and leaves the town alone, as does a comma). One
ORGANISATION span, as sure as the town. English also reads the town first (``the Orsha locomotive depot``).
Russian, Belarusian and English, cased and lower-case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span

SOURCE = "workplace_towns"
_KIND = re.compile(
    r"^(?:\w*завод\w*|\w*фабри[кч]\w*|\w*фабры[кч]\w*|\w*комбинат\w*|\w*камбинат\w*|депо|шахт[аыеуой]\w*|"
    r"рудник\w*|элеватор\w*|элеватар\w*|depot|plant|factory|mill|mine)$"
)
_ADJ = re.compile(r"^[^\W\d_]{3,}(?:ом|ой|ым|ый|ий|ая|ое|ае|ого|ага|ому|аму|ую|ых|ай|им|ая|ные|ныя)$")
_EN_ADJ = re.compile(r"^[a-z]{3,}(?:ive|ing|al|ic|ary|tor|ry)$")
_NOT_ADJ = frozenset(
    "этом том тым гэтым гэтай этой той каком какой якім якой одном адным другом другой нашем нашай своем сваім "
    "большой большом малой малом новом новай старом старой".split()
)
_TOWN_LABELS = frozenset({"LOCATION"})
_TOWN_MAX = 30


def _adjectives_before(tokens: Sequence[Token], i: int, english: bool) -> int:
    """Index of the first of up to two adjectives right before ``tokens[i]`` (``i`` when none)."""
    first = i
    while first > 0 and i - first < 2 and tokens[first].spaced:
        prev = tokens[first - 1].norm
        if prev in _NOT_ADJ or (_EN_ADJ if english else _ADJ).match(prev) is None:
            break
        first -= 1
    return first


def detect(text: str, language: str, tokens: Sequence[Token], found: Sequence[Span]) -> list[Span]:
    """ORGANISATION spans over a workplace kind noun (with its adjectives) and the town right after it."""
    towns = {s.start: s for s in found if s.label in _TOWN_LABELS and s.end - s.start <= _TOWN_MAX}
    if not towns:
        return []
    english = language == "en"
    ends = {s.end: s for s in towns.values()}
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        if _KIND.match(tok.norm) is None:
            continue
        town = towns.get(tokens[i + 1].start) if i + 1 < len(tokens) and tokens[i + 1].spaced else None
        if town is not None and not english:
            start = tokens[_adjectives_before(tokens, i, english)].start
            out.append(Span(start, town.end, "ORGANISATION", text[start : town.end], town.score, SOURCE,
                            town.reason))  # fmt: skip
        elif english and i > 0 and tok.spaced:
            first = _adjectives_before(tokens, i, english)
            before = ends.get(tokens[first - 1].end) if first > 0 and tokens[first].spaced else None
            if before is not None:
                out.append(Span(before.start, tok.end, "ORGANISATION", text[before.start : tok.end], before.score,
                                SOURCE, before.reason))  # fmt: skip
    return out
