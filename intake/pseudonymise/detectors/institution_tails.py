"""What follows an institution's head noun and makes it one place (``institutions.py``).

A number (``школе номер пять``, ``№ 5``), a genitive complement that names a place or a person (``Суд
Маладзечанскага раёна``, ``университете Купалы``, ``касцёле святога Роха``), a sport after a federation
(``федерация дзюдо``), a dedication (``имени Янки Купалы``), a sub-unit before it (``аддзел адукацыі
Лідскага райвыканкама``). Each function takes the shared word split and an index and returns the index
after what it read (the index itself when there is nothing).
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors.casing import GENERIC_SK
from intake.pseudonymise.detectors.numwords import read_number
from intake.pseudonymise.detectors.pattern_tokens import Token, Words

_NUMBER_WORDS = frozenset("номер нумар number no №".split())
ADJ_TAILS = tuple(
    "ая ой ый ий ое ую ом ым ей ого ему ому ае ы і ай ых ых ім ага аму яя яй ская скай скім ской ский".split()
)


def number_after(words: Words, j: int) -> int:
    """Index after ``номер пять``/``№ 5``/``number eleven``/``#9`` at ``j`` (``j`` itself when absent)."""
    toks = words.tokens
    k = j
    if k < len(toks) and toks[k].low in _NUMBER_WORDS and not words.gaps[k - 1].strip(" ,"):
        k += 1
    elif k < len(toks) and ("№" in words.gaps[k - 1] or words.gaps[k - 1].strip() == "#"):
        pass
    else:
        return j
    if k >= len(toks):
        return j
    if toks[k].text.isdigit():
        return k + 1
    num = read_number([t.low for t in toks[k : k + 4]], words.gaps[k : k + 4])
    return k + num.used if num is not None else j


# A genitive complement that makes a head one place: an adjective and an area noun (``Суд
# Маладзечанскага раёна``, ``РУУС Цэнтральнага раёна``) or, in cased text, a capitalised name (``университете
# Купалы``, ``шпіталі Снядэцкага``).
AREAS = ("района раёна раёне районе области вобласці города горада district region oblast").split()
_FEDERATIONS = ("федерац", "федэрац", "конфедерац", "канфедэрац", "federation")
# Sub-units named by the institution after them (``аддзел адукацыі Лідскага райвыканкама``).
UNITS = ("отдел", "аддзел", "управлени", "упраўленн", "кафедр", "факультэт", "факультет", "department")


def complement(words: Words, j: int, language: str) -> int:
    """Index after a genitive complement at ``j`` that names a place or a person (``j`` when none)."""
    from intake.pseudonymise.stopwords import is_stop_word

    toks = words.tokens
    if j >= len(toks) or words.gaps[j - 1].strip():
        return j
    tok = toks[j]
    if j + 1 < len(toks) and toks[j + 1].low in AREAS and not words.gaps[j].strip():
        return j + 2 if tok.low.endswith(ADJ_TAILS) and not is_stop_word(tok.low) else j
    if language == "en" or not tok.text.isalpha() or is_stop_word(tok.low):
        return j
    if tok.low.startswith(_SAINT) and j + 1 < len(toks) and toks[j + 1].text.isalpha() and not words.gaps[j].strip():
        return j + 2  # a dedication in any letter case (``касцёле святога роха``, ``храме святой Троицы``)
    if not tok.text[:1].isupper():
        return j + 1 if _person_genitive(tok.low) else j  # lower-case text: ``университете купалы``
    k = j + 1
    if k < len(toks) and toks[k].text[:1].isupper() and toks[k].text.isalpha() and not words.gaps[j].strip():
        k += 1  # ``Янкі Купалы``
    return k


_SAINT = ("свят", "сьвят", "св")
_ACADEMIC = (
    "академи",
    "акадэмі",
    "консерватори",
    "кансерваторы",
    "университет",
    "універсітэт",
    "інстытут",
    "институт",
    "інстытуц",
    "універсітэц",
    "колледж",
    "каледж",
    "училищ",
    "вучылішч",
    "техникум",
    "тэхнікум",
)


def field_after(words: Words, i: int, language: str) -> int:
    """Index after the field that names an academy, a university or a college (``акадэміі музыкі``,
    ``университета культуры``, ``каледжы мастацтваў``): a lower-case genitive noun right after the head at
    ``i`` (``i + 1`` when none)."""
    from intake.pseudonymise.stopwords import is_stop_word

    toks = words.tokens
    if i + 1 >= len(toks) or not toks[i].low.startswith(_ACADEMIC) or words.gaps[i].strip():
        return i + 1
    field = toks[i + 1]
    if not field.text.isalpha() or not field.text.islower() or is_stop_word(field.low) or field.low in AREAS:
        return i + 1
    if language == "ru":
        genitive = _genitive_noun(field.low)
    else:
        # ``музыкі``, ``мастацтваў``, ``навук`` (the bare plural genitive of a noun in ``-ука``/``-іка``)
        genitive = language == "be" and len(field.low) > 4 and field.low.endswith(("кі", "гі", "ы", "аў", "тва", "ук"))
    return i + 2 if genitive else i + 1


def _genitive_noun(low: str) -> bool:
    """pymorphy3 reads ``low`` as a genitive noun at least half the time (``искусств``, ``культуры``)."""
    from intake.pseudonymise.detectors import namelex

    parses = namelex.known_parses(low)
    return sum(float(p.score) for p in parses if p.tag.POS == "NOUN" and p.tag.case == "gent") >= 0.5


_SURNAME_GENITIVE = re.compile(r"(?:ск|цк)(?:ага|ого)$")


def _person_genitive(low: str) -> bool:
    """A lower-case genitive that reads as a person's surname (``купалы``, ``снядэцкага``)."""
    from intake.pseudonymise.detectors import namelex

    if len(low) <= 4:
        return False
    morph = namelex.word_morph(low)
    if _SURNAME_GENITIVE.search(low) and not morph.known:  # not ``олимпийского``
        return not low.startswith(("беларуск", "белорусск", *GENERIC_SK))
    return morph.surname >= 0.5


def federation_sport(words: Words, i: int) -> int:
    """Index after the sport of ``федерация дзюдо`` (a noun right after the head; ``i + 1`` when none)."""
    from intake.pseudonymise.detectors import namelex
    from intake.pseudonymise.stopwords import is_stop_word

    toks = words.tokens
    if not toks[i].low.startswith(_FEDERATIONS) or i + 1 >= len(toks) or words.gaps[i].strip():
        return i + 1
    nxt = toks[i + 1]
    if not nxt.text.isalpha() or is_stop_word(nxt.low) or len(nxt.low) < 4 or namelex.verb_share(nxt.low) >= 0.3:
        return i + 1
    return i + 2


def unit_before(words: Words, start: int) -> int:
    """Index of a sub-unit noun (and its genitive) that the institution at ``start`` completes."""
    toks = words.tokens
    for back in (1, 2):
        k = start - back
        if k < 0 or any(words.gaps[m].strip() for m in range(k, start)):
            return start
        if toks[k].low.startswith(UNITS):
            return k
    return start


_NAMED = frozenset("имени імя імені named".split())


def _name_word(tok: Token) -> bool:
    from intake.pseudonymise.detectors import namelex
    from intake.pseudonymise.stopwords import is_stop_word

    if not tok.text.isalpha() or is_stop_word(tok.low):
        return False
    return tok.text[:1].isupper() or namelex.verb_share(tok.low) < 0.5


def named_after(words: Words, j: int) -> int:
    """Index after ``имени Янки Купалы``/``імя Скарыны``/``named after Skaryna`` at ``j`` (else ``j``)."""
    toks = words.tokens
    if j >= len(toks) or toks[j].low not in _NAMED or words.gaps[j - 1].strip():
        return j
    k = j + 2 if toks[j].low == "named" and j + 1 < len(toks) and toks[j + 1].low == "after" else j + 1
    first = k
    while k < len(toks) and k - first < 2 and not words.gaps[k - 1].strip() and _name_word(toks[k]):
        k += 1
    return k if k > first else j


# Kinds named by a common head and a fixed field (``дворце детского творчества``, ``доме культуры``,
# ``отдел Следственного комитета``, ``школе олимпийского резерва``): the head's stems, the fields' word
# stems, and whether the kind alone, with no town or number, is the one place of its town (a palace of
# children's creativity, a town's department of the Investigative Committee) or still a kind (``дом
# культуры``, ``школа олимпийского резерва``).
_KINDS: tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...], bool], ...] = (
    (
        ("дворц", "дворец", "палац"),
        (
            ("детск", "творчеств"),
            ("дзіцяч", "творчасц"),
            ("творчеств",),
            ("творчасц",),
            ("культур",),
            ("пионер",),
            ("піянер",),
            ("школьник",),
            ("школьнік",),
            ("спорт",),
        ),
        True,
    ),
    (
        ("центр", "цэнтр"),
        (
            ("творчеств", "детей", "и", "молод"),
            ("творчасц", "дзяцей", "і", "моладз"),
            ("детск", "творчеств"),
            ("дзіцяч", "творчасц"),
            ("творчеств",),
            ("творчасц",),
        ),
        True,
    ),
    (("дом", "дам"), (("культур",), ("творчеств",), ("творчасц",), ("ремесел",), ("рамесн",)), False),
    (("школ",), (("олимпийск", "резерв"), ("алімпійск", "рэзерв")), False),
    (
        ("отдел", "аддзел", "управлени", "упраўленн"),
        (("следственн", "комитет"), ("следч", "камітэт"), ("внутренн", "дел"), ("унутран", "спраў")),
        True,
    ),
)
_SPORT_SCHOOLS = ("сдюшор", "сдюсшор", "дюсш", "дюшор", "сдушор")
_KIND_PREFIXES = tuple({stem[:2] for heads, _, _ in _KINDS for stem in heads} | {s[:2] for s in _SPORT_SCHOOLS})


def _stem_match(low: str, stem: str) -> bool:
    return low.startswith(stem) and len(low) - len(stem) <= 4 and (len(stem) > 2 or low == stem)


def kind_field(words: Words, i: int) -> tuple[int, bool]:
    """Index after the fixed field that makes the word at ``i`` an institution's head (``i`` when none), and
    whether the kind alone is one place (``дворце детского творчества``: yes; ``доме культуры``: no)."""
    toks = words.tokens
    if not toks[i].low.startswith(_KIND_PREFIXES):
        return i, False
    low = toks[i].low.replace("ё", "е")
    if low.startswith(_SPORT_SCHOOLS):
        end = _sport_field(words, i)
        return end, end > i + 1
    for heads, fields, alone in _KINDS:
        if not any(_stem_match(low, head) for head in heads):
            continue
        for field in fields:
            end = i + 1 + len(field)
            if end > len(toks) or any(words.gaps[k].strip() for k in range(i, end - 1)):
                continue
            if all(_stem_match(toks[i + 1 + n].low.replace("ё", "е"), stem) for n, stem in enumerate(field)):
                return end, alone
    return i, False


def _sport_field(words: Words, i: int) -> int:
    """Index after the sport of a sports school (``СДЮШОР по шахматам``, ``ДЮСШ па футболе``), else ``i + 1``."""
    from intake.pseudonymise.stopwords import is_stop_word

    toks = words.tokens
    if i + 2 >= len(toks) or toks[i + 1].low not in ("по", "па") or words.gaps[i].strip() or words.gaps[i + 1].strip():
        return i + 1
    sport = toks[i + 2]
    if not sport.text.isalpha() or is_stop_word(sport.low) or len(sport.low) < 4:
        return i + 1
    return i + 3
