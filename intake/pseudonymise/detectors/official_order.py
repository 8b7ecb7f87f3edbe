"""Offices before the official order of a name (surname, given name, patronymic) in Russian and Belarusian.

``начальник депо скобля геннадий тарасович``, ``дырэктар школы белых вольга іванаўна``: an office noun (or an
office and the one noun it heads) stands before the surname; the word in that slot is the surname whatever its
part of speech (a gerund, a plural adjective), unless it is a verb, an adverb, a pronoun or a function word
(``начальник депо тогда геннадий тарасович``), or a reflexive gerund (``улыбаясь``). Used by ``noun_surnames``.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.becues import BE_VERB_END
from intake.pseudonymise.detectors.titles import RU_HEADS, RU_TITLES
from intake.pseudonymise.detectors.tokens import Token

# Offices and occupations that stand before a name and patronymic in apposition (``декан людмила
# аркадьевна``): Russian lemmas, and the agent-noun endings of unknown Belarusian ones (``выхавацель``).
RU_OFFICES = frozenset(
    (
        "декан ректор проректор завуч директор председатель заведующий заместитель замдекана секретарь "
        "воспитатель учитель преподаватель классный куратор руководитель методист редактор менеджер "
        "бухгалтер юрист нотариус депутат министр мэр глава сотрудник инспектор начальник командир"
    ).split()
)
_AGENT = ("цель", "тель", "ник", "щик", "чык", "шчык", "ист", "ант", "ент", "лог")
# Feminine agent nouns of those (``руководительница``, ``выхавацелька``, ``заведующая`` aside): not a surname's shape.
_FEMININE_AGENT = ("тельница", "цельніца", "цельница", "щица", "шчыца", "чица", "чыца", "истка", "істка")


def office_word(tok: Token) -> bool:
    """An office, title or occupation noun (any case, Russian or in a Russian reading)."""
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    base = namelex.lemma(spelling) if m.known else tok.norm
    if base in RU_OFFICES or base in RU_TITLES or base in RU_HEADS:
        return True
    return base.endswith(_AGENT) or base.endswith(_FEMININE_AGENT)


def office_before(tokens: Sequence[Token], i: int) -> bool:
    """An office noun right before ``tokens[i]``, or before the one noun it heads (``начальник депо``,
    ``дырэктар школы``): the official order's surname follows (``начальник депо скобля геннадий тарасович``)."""
    if i >= 1 and tokens[i].spaced and office_word(tokens[i - 1]):
        return True
    if i < 2 or not tokens[i].spaced or not tokens[i - 1].spaced or not office_word(tokens[i - 2]):
        return False
    return namelex.noun_share(namelex.russian_reading(tokens[i - 1].text.lower().replace("’", "'"))[0]) >= 0.5


# Parts of speech that open or carry a clause (``начальник депо тогда``), and nouns: never the relaxed slot.
_CLAUSE_POS = frozenset("NOUN VERB INFN ADVB PRED NPRO PREP CONJ PRCL INTJ NUMR COMP".split())


def no_clause_word(tok: Token) -> bool:
    """``tok`` has no reading as a noun (the office's complement, ``председатель профкома``; a noun surname
    must agree, ``noun_surnames``), verb, adverb, pronoun or function word: an adjective, a gerund or
    participle (``скобля``), or a word pymorphy3 does not know."""
    if tok.norm.endswith(("ся", "сь")):
        return False  # a reflexive gerund (``улыбаясь``) introduces the clause's action
    if tok.text.lower().endswith(("аў", "яў", "іў", "ыў", "уў")):
        return False  # a Belarusian past verb (``сказаў``) reads as a Russian gerund (``сказав``)
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known:
        return not BE_VERB_END.search(tok.text.lower())
    return not any(p.tag.POS in _CLAUSE_POS for p in namelex.analyzer().parse(spelling) if p.score >= 0.05)
