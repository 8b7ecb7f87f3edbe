"""Elided streets: ``на``/``по``/``па`` + a street's adjective or a surname with the street noun left out.

``на московской``, ``на Савецкай``, ``па ленінскай``: a feminine proper adjective in the locative or dative, or
one of the common adjectives streets are most often named by (``на студенческой``, ``на садовай``), where no
noun agrees with it (:func:`noun_follows`: not ``на студенческой вечеринке``); ``на Чкалава``, ``на
сурганова``: a surname in the genitive; ``у нас на правды``: a usual street name in the genitive. Each only near
a street, protest or home word (``street_words.STREET_CONTEXT``) or just after a shop, clinic or prison word
(``аптека на первомайской``: ``street_words.VENUE_CONTEXT``). Rule 2 of ``placecues.py``.

With no such word near (:func:`bare_place`), only after ``на`` and only a place's adjective in -ск-/-цк-
(``мама засталася ў пінску на брэсцкай``); a nation's or language's adjective (``на італьянскай``), an -ическ-
one and one after a word of speaking or writing stay.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.street_words import (
    COMMON_ADJECTIVES,
    COMMON_STREET_ADJECTIVES,
    COMMON_STREET_NAMES,
    NATION_ADJECTIVES,
    STREET_CONTEXT,
    VENUE_CONTEXT,
)
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.stopwords import is_stop_word

_FEM_LOCATIVE = ("ской", "цкой", "скай", "цкай", "ичной", "ичнай", "ычнай")  # на Сацыялістычнай
_NOT_NOUNS = frozenset(("PREP", "ADVB", "CONJ", "PRCL"))  # pymorphy3's parts of speech that never agree
_SURNAME_GENITIVE = ("ова", "ева", "ава", "ина", "ына", "ского", "цкого", "скага", "цкага")
WINDOW = 15
VENUE_WINDOW = 10  # ``пекарня ў лідзе на савецкай``: the venue word at most this many words before ``на``
_BARE_ENDINGS = ("ской", "цкой", "скай", "цкай")  # with no context word: the -ск-/-цк- adjectives of places only
_FEMININE_ADJ = ("ой", "ай", "ей")
# Words of speaking, writing and language (folded stems): ``на итальянской`` after them is a language.
_LANGUAGE_CONTEXT = ("говор", "гавар", "размаул", "разгавар", "пиш", "писа", "писал", "чита", "чыта", "перевод",
                     "перакла", "спява", "спяв", "поют", "поет", "пою", "выклад", "преподав", "мов", "язык", "субтит",
                     "субтыт", "верш", "стих", "песн", "вещан", "эфир", "этер")
LANGUAGE_WINDOW = 4  # words before ``на``
_OUR = frozenset("нас них меня мяне іх их".split())  # ``у нас на правды``: where we live or work


def elided_street(tokens: Sequence[Token], j: int) -> bool:
    """``на московской``, ``па ленінскай``, ``на студенческой`` with no noun agreeing after it, near a street,
    protest or home word."""
    if j >= len(tokens) or not tokens[j].cyrillic or not tokens[j].spaced:
        return False
    if not (_proper_feminine(tokens[j].norm) or _common_street_adjective(tokens[j].norm)):
        return False
    if noun_follows(tokens, j):
        return False
    window = tokens[max(0, j - WINDOW) : j + WINDOW]
    return any(t.norm.startswith(STREET_CONTEXT) for t in window) or _venue_before(tokens, j) or bare_place(tokens, j)


def bare_place(tokens: Sequence[Token], j: int) -> bool:
    """``мама засталася ў пінску на брэсцкай``, ``встретимся на московской``: after ``на`` a feminine adjective in
    -ск-/-цк- derived from a place or a person is a street or a metro station even with no street word near, when
    nothing it agrees with follows (checked by the caller) and no adjective either (``на московской кольцевой
    дороге``); not an abstract -ическ- adjective (``на политической``), a nation's (``на итальянской``), or after a
    word of speaking or writing (the elided noun is then a language)."""
    tok = tokens[j]
    if j == 0 or tokens[j - 1].norm != "на" or not tok.norm.endswith(_BARE_ENDINGS) or not _proper_feminine(tok.norm):
        return False
    if "ческ" in tok.norm or "часк" in tok.norm or tok.norm.startswith(NATION_ADJECTIVES):
        return False
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is not None and nxt.spaced and len(nxt.norm) >= 4 and nxt.norm.endswith(_FEMININE_ADJ):
        return False  # an adjective agreeing with it: the noun comes after both
    return not any(t.norm.startswith(_LANGUAGE_CONTEXT) for t in tokens[max(0, j - 1 - LANGUAGE_WINDOW) : j - 1])


def _venue_before(tokens: Sequence[Token], j: int) -> bool:
    """``пекарня ў лідзе на савецкай``, ``у турме ў гомелі на савецкай``: a shop, clinic or prison word a few
    words before the preposition at ``j - 1``, whose address the elided street gives."""
    return any(t.norm.startswith(VENUE_CONTEXT) for t in tokens[max(0, j - 1 - VENUE_WINDOW) : j - 1])


def noun_follows(tokens: Sequence[Token], j: int) -> bool:
    """A noun that may agree with the adjective at ``j`` follows it (``на студенческой вечеринке``); a
    preposition or adverb does not (``на садовой возле рынка``)."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is None or not nxt.spaced or nxt.start - tokens[j].end > 1:  # a mark, or the double blank of a dropped one
        return False
    if is_stop_word(nxt.text) or not _agrees(nxt.norm):
        return False
    return namelex.main_pos(nxt.text) not in _NOT_NOUNS


def _proper_feminine(norm: str) -> bool:
    """A feminine locative or dative adjective in -ск-/-цк- that is not a common word (``ленинской``)."""
    stem = norm[:-2]
    return norm.endswith(_FEM_LOCATIVE) and len(stem) >= 6 and not stem.startswith(COMMON_ADJECTIVES)


def _common_street_adjective(norm: str) -> bool:
    """``студенческой``, ``садовай``: a common street adjective in the feminine locative or dative."""
    return norm.endswith(("ой", "ай", "ей")) and norm[:-2].startswith(COMMON_STREET_ADJECTIVES) and len(norm) <= 14


def named_street(tokens: Sequence[Token], j: int) -> bool:
    """``на Чкалава``, ``на сурганова``: a street named after a person, elided to the person's surname in
    the genitive, near a street, protest or home word (a person after ``на`` is masked either way)."""
    if j >= len(tokens) or not tokens[j].cyrillic or not tokens[j].spaced or len(tokens[j].norm) < 5:
        return False
    if tokens[j].norm in COMMON_STREET_NAMES:
        return _common_street(tokens, j)
    if not tokens[j].norm.endswith(_SURNAME_GENITIVE) or is_stop_word(tokens[j].text):
        return False
    _, m = namelex.russian_reading(tokens[j].text.lower())
    if m.known and (m.common >= m.surname + m.place or "gent" not in m.case):
        return False
    window = tokens[max(0, j - WINDOW) : j + WINDOW]
    return any(t.norm.startswith(STREET_CONTEXT) for t in window) or _venue_before(tokens, j)


def _common_street(tokens: Sequence[Token], j: int) -> bool:
    """``у нас на правды``, ``жили на победы``: a usual street name in the genitive after ``на`` (which never
    governs the genitive), after ``у нас``/``у них`` or near a street or home word, when pymorphy3 (through the
    Russian spelling) gives it no locative reading (``на молодёжи сказалось``, ``на працы`` stay)."""
    m = namelex.russian_reading(tokens[j].text.lower())[1]
    if not m.known or "loct" in m.case:  # Belarusian ``на працы`` (at work) is a locative
        return False
    if j >= 3 and tokens[j - 2].norm in _OUR and tokens[j - 3].norm in ("у", "ў"):
        return True
    window = tokens[max(0, j - WINDOW) : j + WINDOW]
    return any(t.norm.startswith(STREET_CONTEXT) for t in window)


def _agrees(norm: str) -> bool:
    """A noun that may agree with a feminine locative adjective (``улице``, ``границе``, ``плошчы``)."""
    if norm.endswith(("ние", "нне", "ье", "цце", "лле", "сце")):  # a neuter nominative does not
        return False
    return norm.endswith(("е", "и", "ы"))
