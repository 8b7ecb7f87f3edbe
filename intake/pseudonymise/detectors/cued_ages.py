"""Recall-first AGE_OR_SENTENCE ``age``: a bare number that is an age by its cue (see ``terms.py``).

A bare number (1-110, no noun after it) right after an age cue: a dative person (``Нестеровичу 45``,
``яму 17 ці 18``), ``было``/``будет``/``be``/``'s``/``now``/``сейчас``/``ужо``, or in the answer to an age
question (``Колькі гадоў маме? - сорак сем``). An age cue of any size holds right after another age or after a
kin subject (``their daughter mira is seven``, ``яму было пяць ... а цяпер дзевяць``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from intake.pseudonymise.detectors import careers, namelex
from intake.pseudonymise.detectors.age_questions import asked as asked_dative
from intake.pseudonymise.detectors.bare_age_cues import dative_copula, never_counted, opens_answer, uncounted
from intake.pseudonymise.detectors.numwords import lookup, starts_number
from intake.pseudonymise.detectors.pattern_tokens import Words, ends_clause
from intake.pseudonymise.detectors.termbase import (
    AGE_ADVERBS,
    APPROXIMATE,
    COUNTED,
    ELDER_DATIVE,
    HEDGES,
    KIN_DATIVE,
    ONE,
    UNITS,
    at_the_moment_of,
    countable,
    dative_person,
    number_openers,
    roughly,
)
from intake.pseudonymise.detectors.termbase import blank as _blank
from intake.pseudonymise.detectors.termbase import cardinal as _cardinal
from intake.pseudonymise.detectors.termbase import uncertain as _uncertain
from intake.pseudonymise.spans import Span

_AGE_CUES = frozenset(
    "было была будет будзе стала станет исполнилось исполнится споўнілася споўніцца сейчас теперь уже "
    "цяпер зараз ужо ўжо тогда тады now already then be was is are turned turns turning s young old aged "
    "мне ему ей им нам вам тебе ёй яму табе ім "
    # ``im forty four now``, ``hes sixty seven``: English contractions as lower-case recognition writes them
    "im hes shes".split()
)
_BARE_AFTER = frozenset(
    "когда как и а но калі і але ці или либо or and when but он она они я мы ён яна яны he she i we they "
    "years year old лет гадоў год не ну no well um э сейчас теперь цяпер зараз now at его её ее их яго яе іх "
    "было была будет будзе исполнилось споўнілася".split()
)
_AGE_QUESTION = re.compile(
    r"сколько\s+(?:\w+\s+)?лет|с?колькі\s+(?:\w+\s+)?гадоў|how\s+old|возраст|узрост|\bages?\b",  # + age_questions
    re.I,
)


def _bare_end(words: Words, i: int, value_used: tuple[int, int], strong: bool = False) -> int | None:
    """Index after a bare number at ``i`` (nothing countable follows it), else None.

    ``strong``: the number directly follows a dative pronoun or ``turned`` (``ей сорок семь работает``); in
    unpunctuated speech it is then an age unless a noun or unit follows (``ему три письма``)."""
    value, used = value_used
    if not 0 < value <= 110:
        return None
    end = i + used
    toks = words.tokens
    if end >= len(toks) or not _blank(words, end - 1) or (strong and "  " in words.gaps[end - 1]):
        return end  # a mark, or after a strong cue the double blank a dropped mark leaves
    low = toks[end].low
    if low in _BARE_AFTER:
        return end + 1 if low in ("years", "year", "лет", "гадоў", "год") else end
    if strong and low not in UNITS and low not in COUNTED and (
        not countable(toks[end]) or _given_name(low) or never_counted(toks[end]) or uncounted(toks[end - 1], toks[end])
    ):
        return end
    return None


_ALSO = frozenset("ці или or либо and и і".split())  # ``ему девятнадцать или двадцать``, ``five and eight``
_FILLERS = frozenset("um uh er erm well like ну э ээ".split()) | HEDGES  # ``ему вроде шестьдесят семь``
# Emphatic and concessive particles and adverbs of time between a dative and an age (``хоть мне и семьдесят``,
# ``ему уже``, ``ёй зараз``).
_PARTICLES = frozenset("и і уже ужо ўжо же ж ведь всё-таки ўсё-такі ещё еще яшчэ already".split()) | AGE_ADVERBS
_NOT_PERSON = frozenset("it that this there here what who where which".split())


def _strong_cue(words: Words, i: int) -> bool:
    """A dative pronoun or kin noun right before the number, fillers and a particle skipped (``сыну девять``,
    ``тебе, ну, тридцать``, ``хоть мне и семьдесят``)."""
    toks = words.tokens
    j = i - 1
    while j >= 0 and (toks[j].low in _FILLERS or (i - j <= 2 and toks[j].low in _PARTICLES)):
        if ends_clause(words.gaps[j]):
            return False
        j -= 1
    if j < 0 or (ends_clause(words.gaps[j]) and not _wrapped(words, j)):
        return False
    return toks[j].low in _STRONG_CUES or toks[j].low in KIN_DATIVE or dative_copula(words, j)


def _wrapped(words: Words, j: int) -> bool:
    """``he turned\nforty``: a bare line break after a strong cue word (a dative pronoun, ``turned``) is a line
    wrap, not a sentence end: such a word does not close a sentence and no mark stands before the break."""
    return words.gaps[j] == "\n" and words.tokens[j].low in _STRONG_CUES


@lru_cache(maxsize=20_000)
def _given_name(low: str) -> bool:
    """pymorphy3 reads the word as a given name (``сыну девять тимур его зовут``): a name is never counted."""
    if low.isascii() or not low.isalpha():
        return False
    return any(p.score >= 0.3 and "Name" in p.tag for p in namelex.analyzer().parse(low))


def _possessive_be(words: Words, i: int) -> bool:
    """``she's 63``, ``misha's, um, thirty-four``: a person's ``'s`` (fillers skipped) right before the number."""
    toks = words.tokens
    j = i - 1
    while j >= 0 and toks[j].low in _FILLERS:
        j -= 1
    if j < 1 or toks[j].low != "s" or words.gaps[j - 1] not in ("'", "’"):
        return False
    return toks[j - 1].low.isascii() and toks[j - 1].low not in _NOT_PERSON


_SUBJECTS = frozenset("he she".split())
_COPULAS = frozenset("is was s".split())
_BE_SUBJECTS = frozenset("hes shes".split())  # ``he's`` as lower-case recognition writes it
# What a number after ``he is``/``at`` measures when it is not an age (``fifty percent``, ``twenty five past``).
_MEASURES = frozenset("percent per cent foot feet kilo kilometre metre mile degree past to o clock am pm times".split())
_CLOCK = 24  # ``at`` and a number up to this may be a clock time (``at twenty three``)


def _copula_cue(words: Words, i: int, card: tuple[int, int]) -> bool:
    """``he is forty one``, ``she was thirty eight``, ``hes sixty four``, ``at sixty-two`` (over ``_CLOCK``): in
    unpunctuated speech the number after a singular pronoun and a copula, or after ``at``, is a grown person's
    age unless a unit, a measure or a counted noun follows (checked by the caller and here)."""
    toks, gaps = words.tokens, words.gaps
    value, end = card[0], i + card[1]
    if value < _ADULT or not i or not _blank(words, i - 1) or (end < len(toks) and toks[end].low in _MEASURES):
        return False
    prev = toks[i - 1].low
    if prev in _AT:
        return _at_age(words, i, value, end)
    if prev in _BE_SUBJECTS:
        return True
    return prev in _COPULAS and i >= 2 and toks[i - 2].low in _SUBJECTS and not ends_clause(gaps[i - 2])


_AT = frozenset("at в ў у".split())
# Verbs of an arrest, a sentence or a life event before ``в``/``at``: ``посадили в девятнадцать``.
_EVENT_STEMS = (
    "посади", "пасадзі", "арест", "арышт", "задерж", "затрыма", "забрал", "осуди", "асудзі", "умер", "памёр",
    "jailed", "arrested", "detained", "sentenced", "convicted", "imprisoned", "died",
)
_SAT = frozenset("сел села сели сеў селі".split())  # ``сел в двадцать``: jailed (never ``село``, ``селе``)


def _at_age(words: Words, i: int, value: int, end: int) -> bool:
    """``в девятнадцать``/``ў дваццаць адзін``/``at twenty two``: past a clock hour (``_CLOCK``), or right after a
    verb of arrest or sentence; never in digits, nor when another number word follows (``в девятнадцать
    сорок``, ``в двадцать первом году``)."""
    toks = words.tokens
    if toks[i].text.isdigit() or (end < len(toks) and lookup(toks[end].low) is not None):
        return False
    if value > _CLOCK:
        return True
    verb = toks[i - 2].low if i >= 2 and _blank(words, i - 2) else ""
    return verb in _SAT or verb.startswith(_EVENT_STEMS)


_STRONG_CUES = frozenset(
    "мне ему ей им яму ёй ім тебе табе вам turned turns aged исполнилось споўнілася стукнуло стукнет".split()
)
# A child named by kin (``their daughter mira is seven``): a copula or adverb then cues an age of any size.
_KIN = frozenset(
    "daughter son kid kids children child boy girl grandson granddaughter brother sister дочь дочка сын сынок "
    "внук внучка брат сестра дачка сынок унук унучка сястра".split()
)
_RECENT = 160  # characters: ``яму было пяць, калі тату забралі, а цяпер дзевяць``


_DATIVE_CUES = frozenset("мне ему ей им нам вам тебе ёй яму табе ім".split()) | ELDER_DATIVE
_ADULT = 14  # a bare number after a weak cue (``было``, ``в``, ``now``) is an age only from here


def _age_cue_before(words: Words, i: int, young: bool = False) -> bool:
    """A dative person or pronoun before the number, or (for 14 and over, or any age when ``young``: an age
    was just said, or a kin noun is the subject) a copula, adverb or ``в``."""
    toks = words.tokens
    value = (_cardinal(words, i) or (0, 0))[0]
    grown = value >= _ADULT
    adult = young or grown
    if i and toks[i - 1].low in COUNTED:
        return False
    j = i - 1
    steps = 0
    while j >= 0 and steps < 4:
        gap = words.gaps[j]
        if ends_clause(gap) and not gap.strip().startswith(",") and not (j == i - 1 and _wrapped(words, j)):
            return False
        tok = toks[j]
        if tok.low in _DATIVE_CUES or dative_person(tok) or (adult and tok.low in _AGE_CUES):
            return True
        if adult and j == i - 1 and (at_the_moment_of(words, j) or (grown and _from_place(words, j))):
            return True
        if young and j == i - 1 and tok.low in _WHEN:  # ``яму было дваццаць два, выйдзе, калі дваццаць восем``
            return True
        if grown and tok.low in ("в", "у", "ў", "at") and j == i - 1 and (not toks[i].text.isdigit() or value > 24):
            return True
        if tok.text.isdigit() or starts_number(tok.low) or tok.low in UNITS:
            return False
        j -= 1
        steps += 1
    return False


_FROM = frozenset("from из з са со".split())
_WHEN = frozenset("когда калі when".split())  # right after an age: the age at which something will happen


def _from_place(words: Words, j: int) -> bool:
    """``a plumber from Lida, fifty-one.``: a capitalised place after ``from``/``из``/``з`` and a comma before the
    number, the way an introduction closes on the person's age."""
    tok = words.tokens[j]
    return j >= 1 and tok.text[:1].isupper() and words.tokens[j - 1].low in _FROM and words.gaps[j].strip() == ","


def _working_years(words: Words, i: int, after: int, end: int) -> bool:
    """``работаю фармацевтом, уже 17 лет``, ``he was a tram driver, twenty years``: years (a unit after the number
    at ``after``) of a working life (``careers.working``) after a weak cue; not after a dative person or ``в``/``at``
    (``ему было сорок лет, работал водителем``, ``в двадцать пять лет работала``), nor before ``old``."""
    toks = words.tokens
    if end <= after or (end < len(toks) and toks[end].low == "old"):
        return False
    before = toks[max(0, i - 4) : i]
    if any(t.low in _DATIVE_CUES or dative_person(t) for t in before) or (i and toks[i - 1].low in _AT):
        return False
    return careers.working(words, i, end)


def _question_before(text: str, words: Words, i: int) -> bool:
    """The number opens an answer to an age question (within the previous 120 characters)."""
    start = words.tokens[i].start
    window = text[max(0, start - 120) : start]
    asked = sorted([m.end() for m in _AGE_QUESTION.finditer(window)] + asked_dative(window))
    if not asked:
        return False
    between = window[asked[-1] :]
    return not re.search(r"\d|\b(?:" + "|".join(sorted(UNITS)) + r")\b", between)


def _age_said(found: list[Span], start: int) -> bool:
    """An age was found just before ``start``: a second age of the same person or a sibling may follow."""
    return any(0 <= start - s.end <= _RECENT for s in found[-2:])


def age_openers(words: Words) -> list[int]:
    """The indices, ascending, of the tokens at which ``termbase.cardinal`` can read a number (a superset):
    digits or a ``numwords.LEXICON`` word (``starts_number``); :func:`ages` steps between them."""
    return number_openers(words)


def ages(text: str, words: Words) -> list[Span]:
    """Bare numbers that are ages by their cue."""
    toks = words.tokens
    out: list[Span] = []
    i, at, opens = 0, 0, age_openers(words)
    while (at := bisect_left(opens, i, at)) < len(opens):
        i = opens[at]
        card = _cardinal(words, i)
        if card is None or toks[i].low in ONE or (i and _cardinal(words, i - 1) is not None and _blank(words, i - 1)):
            i += 1
            continue
        if i and toks[i - 1].low in APPROXIMATE and _blank(words, i - 1):  # ``под сорок``, ``лет сорок``: approximate
            i += card[1]
            continue
        strong = _strong_cue(words, i) or _possessive_be(words, i) or _copula_cue(words, i, card)
        strong = strong or (opens_answer(words, i) and _question_before(text, words, i))
        young = _age_said(out, toks[i].start) or any(t.low in _KIN for t in toks[max(0, i - 4) : i])
        end = _bare_end(words, i, card, strong or young)
        end = None if end is not None and roughly(words, i + card[1]) else end
        end = None if end is not None and _working_years(words, i, i + card[1], end) else end
        if end is not None and (_age_cue_before(words, i, young) or _question_before(text, words, i)):
            out.append(_uncertain(text, toks[i].start, toks[end - 1].end, "age"))
            alt = end + 1 if end < len(toks) and toks[end].low in _ALSO else None
            other = _cardinal(words, alt) if alt is not None and alt < len(toks) else None
            alt_end = _bare_end(words, alt, other) if alt is not None and other is not None else None
            if alt is not None and alt_end is not None:
                out.append(_uncertain(text, toks[alt].start, toks[alt_end - 1].end, "age"))
                end = alt_end
            i = end
            continue
        i += card[1]
    return out
