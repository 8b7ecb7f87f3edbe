"""Titles, ranks and forms of address that name their holder by surname right after them.

Russian titles are lemmas read in any case through pymorphy3 (``судье`` -> dative); Belarusian titles are
listed as tokens spell them, with the case of the surname after each; heads of a unit (``начальник``,
``дырэктар``) are flagged because only a surname-shaped word fills their slot. A speech-recognition
misspelling of a nominative title (``судзьдзя``, ``следаватель``) counts as the title. Used by the surname
slots (``surname_slots.py``) and the later-mention rules (``context_names.py``).
"""

from __future__ import annotations

from functools import lru_cache

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.tokens import fold
from intake.pseudonymise.skeleton import near_miss_limit, within

# Titles, ranks and forms of address whose holder is named by surname right after them (Russian lemmas;
# any case through pymorphy3).
RU_TITLES = frozenset(
    (
        "капитан майор лейтенант старлей полковник подполковник сержант прапорщик генерал старшина следователь "
        "судья прокурор адвокат инспектор доктор профессор пан пани господин госпожа гражданин гражданка товарищ "
        "опер оперативник оперуполномоченный участковый ксёндз пастор батюшка"
    ).split()
)
# Heads of a unit or workplace: named by surname too, but as often followed by what they head or where they
# come from (``начальник отряда``, ``начальник немец клаус``): only a surname-shaped word fills their slot.
RU_HEADS = frozenset("начальник начальница директор мастер бригадир заведующий заведующая".split())
# Belarusian titles as tokens spell them (folded), with the case of the surname after them.
BE_TITLES: dict[str, frozenset[str]] = {
    fold(w): frozenset({case})
    for case, words in (
        (
            "nomn",
            "капітан маёр лейтэнант палкоўнік падпалкоўнік сяржант прапаршчык генерал старшына следчы суддзя "
            "пракурор адвакат адвакатка інспектар доктар прафесар пан пані спадар спадарыня "
            "айцец ксёндз пастар бацюшка апер аператыўнік участковы",
        ),
        ("gent", "капітана маёра следчага суддзі пракурора адваката інспектара начальніка доктара прафесара пана"),
        ("datv", "капітану маёру следчаму суддзі пракурору адвакату начальніку доктару прафесару пану"),
        ("ablt", "капітанам маёрам следчым суддзёй пракурорам адвакатам начальнікам доктарам прафесарам панам"),
        ("nomn", "опер участковый"),  # Russian spoken titles pymorphy3 does not read as nouns
        ("datv", "оперу участковому"),
        ("ablt", "опером участковым"),
    )
    for w in words.split()
}

@lru_cache(maxsize=5_000)
def title_cases(text: str, norm: str) -> tuple[frozenset[str], bool] | None:
    """The cases of a title, rank or form of address (``судье`` -> dative), and whether it heads a unit
    (``начальник``, ``дырэктар``); a speech-recognition misspelling of a nominative title (``судзьдзя``,
    ``следаватель``) counts as the title; None for any other word."""
    if norm in BE_TITLES:
        return BE_TITLES[norm], False
    if norm in BE_HEADS:
        return frozenset({"nomn"}), True
    if norm not in ru_title_forms():
        return (frozenset({"nomn"}), False) if misspelt_title(norm) else None
    parses = [p for p in namelex.analyzer().parse(text.lower()) if p.is_known and p.tag.POS == "NOUN"]
    titles = [p for p in parses if p.normal_form in RU_TITLES | RU_HEADS and p.tag.number != "plur"]
    if not titles:
        return None
    return frozenset(str(p.tag.case) for p in titles), any(p.normal_form in RU_HEADS for p in titles)


BE_HEADS = frozenset(fold(w) for w in "начальнік начальніца дырэктар майстар брыгадзір загадчык загадчыца".split())
_MIN_MISSPELT = 6  # shorter titles (``пан``, ``маёр``) are one letter away from too many words


@lru_cache(maxsize=1)
def _nominative_titles() -> dict[tuple[str, int], tuple[str, ...]]:
    """Nominative titles of six letters or more (Russian lemmas, Belarusian nominatives), by first two letters
    and length: the candidates a misspelling is compared with."""
    words = {fold(w) for w in RU_TITLES} | {w for w, cases in BE_TITLES.items() if "nomn" in cases}
    index: dict[tuple[str, int], list[str]] = {}
    for word in {w.replace("ь", "") for w in words}:
        if len(word) >= _MIN_MISSPELT:
            index.setdefault((word[:2], len(word)), []).append(word)
    return {key: tuple(v) for key, v in index.items()}


@lru_cache(maxsize=20_000)
def misspelt_title(norm: str) -> bool:
    """A word no dictionary knows within the speech-recognition edit distance of a nominative title that
    shares its first two letters (``судзьдзя`` of ``суддзя``, ``следаватель`` of ``следователь``)."""
    bare = norm.replace("ь", "")  # soft signs come and go in recognised Belarusian (``судзьдзя``)
    limit = near_miss_limit(bare)
    if not limit or not norm.isalpha():
        return False
    index = _nominative_titles()
    near = any(
        within(bare, title, limit)
        for n in range(len(bare) - limit, len(bare) + limit + 1)
        for title in index.get((bare[:2], n), ())
    )
    return near and not namelex.russian_reading(norm)[1].known


@lru_cache(maxsize=1)
def ru_title_forms() -> frozenset[str]:
    """Every case form of the Russian titles (folded): a set look-up before any parse."""
    out: set[str] = set()
    for word in RU_TITLES | RU_HEADS:
        for p in namelex.analyzer().parse(word)[:1]:
            out.update(fold(f.word) for f in p.lexeme)
    return frozenset(out)


def is_title_form(norm: str) -> bool:
    """A listed title in any case as a token spells it (a set look-up, no parse), not its misspellings."""
    return norm in BE_TITLES or norm in BE_HEADS or norm in ru_title_forms()
