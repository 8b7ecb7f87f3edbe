"""Recall-first AGE_OR_SENTENCE: terms, shares of terms, bare ages and spoken article numbers.

Whisper writes numbers in digits or in words, and people leave the unit out once it is clear. These rules
take the *shape* of a quasi-identifier, whatever unit or language, and mark it uncertain (score 0.5, reason
``uncertain:<kind>``) so that the reviewer can release a harmless number with one key:

* ``duration``: an amount (digits or words, ``с половиной``/``з паловай``/``and a half``, ``полтора``,
  ``паўтара``) and a time unit (``3 года``, ``шестьдесят месяцев``, ``тры з паловай гады``), unless the
  time is relative (``назад``, ``ago``, ``раз в``, ``every``); also a half amount without a unit
  (``адсядзеў тры з паловай``);
* ``share``: served of a term, ``два из трёх``, ``паўтара з двух з паловай``, ``two and a half out of five``;
* ``age``: a bare number (1-110, no noun after it) right after an age cue: a dative person (``Нестеровичу
  45``, ``яму 17 ці 18``), ``было``/``будет``/``be``/``'s``/``now``/``сейчас``/``ужо``, or in the answer
  to an age question (``Колькі гадоў маме? - сорак сем``);
* ``article``: spoken article numbers, in ``spoken_articles.py``;
* a bare number that carries the unit of a term just before it, in ``unit_carry.py``.

An age cue of any size holds right after another age or after a kin subject (``their daughter mira is seven``,
``яму было пяць ... а цяпер дзевяць``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from intake.pseudonymise.detectors import bare_terms, careers, corrections, echoes, spoken_articles, unit_carry
from intake.pseudonymise.detectors.age_questions import asked as asked_dative
from intake.pseudonymise.detectors.numwords import starts_number
from intake.pseudonymise.detectors.pattern_tokens import Token, Words, ends_clause
from intake.pseudonymise.detectors.regime_terms import regime_terms
from intake.pseudonymise.detectors.spans_of_life import ordinary as ordinary_life
from intake.pseudonymise.detectors.termbase import (
    APPROXIMATE,
    ELDER_DATIVE,
    KIN_DATIVE,
    at_the_moment_of,
    dative_person,
    infinitive,
    remaining,
    roughly,
    unit_gap,
)
from intake.pseudonymise.detectors.termbase import blank as _blank
from intake.pseudonymise.detectors.termbase import cardinal as _cardinal
from intake.pseudonymise.detectors.termbase import uncertain as _uncertain
from intake.pseudonymise.spans import Span

UNITS = frozenset(
    "год года лет году годам годами годах годика годиков месяц месяца месяцев месяцам месяцами сутки суток "
    "суткам сутками день дня дней неделя недели недель неделю гады гадоў год гадам гадамі гадах месяцы "
    "месяцаў сутак суткі дзён дні дзень тыдні тыдняў тыдзень year years month months day days week weeks "
    "полгода паўгода".split()
)
_HALF = frozenset("полтора полторы полутора паўтара паўтары".split())
_HALF_TAIL = (("с", "половиной"), ("з", "паловай"), ("and", "a", "half"))
_OF = {("из",), ("з",), ("out", "of"), ("of",), ("of", "the"), ("са",), ("со",)} | {
    ("of", whose) for whose in ("his", "her", "their", "my")  # ``two of his three years``
}
_OF_LONGEST_FIRST = sorted(_OF, key=len, reverse=True)
RELATIVE_AFTER = frozenset(
    "назад тому спустя ago later back before раней раньше older younger старше моложе старэй маладзей".split()
)
# A working life, not a term: ``двадцать лет проработала в школе``, ``taught history for thirty years``.
_WORK = ("работ", "проработ", "отработ", "адпрацав", "прапрацав",  # a prefixed verb of working too
         "адпрацаваў", "працав", "працую", "выклад", "преподав", "стаж", "taught", "teach",
         "worked", "working", "practis", "practic")
_WORK_WINDOW = 5
# ``через два месяца мы уехали``, ``праз тры дні``, ``in four years``: a span of time after or within
# which something else happened, unless a term or a release is spoken of (``отпустили через 10 суток``).
_WITHIN = frozenset("через праз after in within".split())
_TERM_CUE = ("выйд", "выход", "вышел", "вышл", "выйш", "выпуст", "отпуст", "адпуст", "освобод", "вызвал", "release",
             "out", "free", "сид", "сядз", "отсид", "адсядз", "срок", "тэрмін", "дали", "далі", "sentenc", "serv",
             "колони", "калоні", "colony", "prison", "jail", "турм", "тюрьм", "арест", "арешт", "арышт", "сут")
RELATIVE_BEFORE = frozenset("every каждые каждыя кожныя last последние апошнія ближайшие".split())
_ONE = frozenset("один одна одно одни адзін адна адно one a an".split())
_AGE_CUES = frozenset(
    "было была будет будзе стала станет исполнилось исполнится споўнілася споўніцца сейчас теперь уже "
    "цяпер ужо тогда тады now already then be was is are turned turns turning s young old aged "
    "мне ему ей им нам вам тебе ёй яму табе ім "
    # ``im forty four now``, ``hes sixty seven``: English contractions as lower-case recognition writes them
    "im hes shes".split()
)
_BARE_AFTER = frozenset(
    "когда как и а но калі і але ці или либо or and when but он она они я мы ён яна яны he she i we they "
    "years year old лет гадоў год не ну no well um э сейчас теперь цяпер now at его её ее их яго яе іх "
    "было была будет будзе исполнилось споўнілася".split()
)
_AGE_QUESTION = re.compile(
    r"сколько\s+(?:\w+\s+)?лет|колькі\s+(?:\w+\s+)?гадоў|how\s+old|возраст|узрост|\bages?\b",  # + age_questions
    re.I,
)


def _seq(words: Words, i: int, seq: tuple[str, ...]) -> bool:
    toks = words.tokens
    if i + len(seq) > len(toks):
        return False
    return all(toks[i + k].low == w for k, w in enumerate(seq)) and all(
        _blank(words, i + k - 1) for k in range(1, len(seq))
    )


def _amount(words: Words, i: int) -> tuple[int, bool] | None:
    """(index after, has a half) of ``три``, ``3``, ``три с половиной``, ``полтора``."""
    toks = words.tokens
    if i >= len(toks):
        return None
    if toks[i].low in _HALF:
        return i + 1, True
    card = _cardinal(words, i)
    if card is None or not 0 < card[0] < 100:
        return None
    j = i + card[1]
    if _decimal(words, i, j):
        return j + 1, False  # ``2,5``, ``3.5``
    if j < len(toks) and not _blank(words, j - 1):
        return j, False
    for tail in _HALF_TAIL:
        if _seq(words, j, tail) and _blank(words, j - 1):
            return j + len(tail), True
    return j, False


def _decimal(words: Words, i: int, j: int) -> bool:
    """``2,5``, ``3.5``; in unpunctuated speech ``2 5`` (a half: the only decimal said of terms)."""
    toks = words.tokens
    if j != i + 1 or j >= len(toks) or not toks[i].text.isdigit():
        return False
    point = words.gaps[i] in (",", ".") and toks[j].text.isdigit() and len(toks[j].text) == 1
    return point or (words.gaps[i] == " " and toks[j].text == "5" and int(toks[i].text) < 10)


def _of(words: Words, j: int) -> int | None:
    for seq in _OF_LONGEST_FIRST:
        if _seq(words, j, seq) and _blank(words, j - 1):
            return j + len(seq)
    return None


_SERVED = ("отсид", "отбыл", "отбыва", "адсядз", "адседз", "адбыў", "адбыл", "served", "serving", "done")


def _counts_people(words: Words, i: int, j: int) -> bool:
    """A share ``i..j`` counting the noun right after it (no dropped mark between), no serving verb before it."""
    toks = words.tokens
    if j >= len(toks) or not _blank(words, j - 1) or "  " in words.gaps[j - 1]:
        return False
    if any(t.low.startswith(_SERVED) for t in toks[max(0, i - 3) : i]):
        return False
    return toks[j].low in _COUNTED or _countable(toks[j])


def durations(text: str, words: Words) -> list[Span]:
    """Terms with a unit, halves, and shares of a term."""
    toks = words.tokens
    out: list[Span] = []
    i = 0
    while i < len(toks):
        first = _amount(words, i)
        if first is None:
            i += 1
            continue
        j, half = first
        share = False
        k = _of(words, j) if j < len(toks) and _blank(words, j - 1) else None
        if k is not None and toks[i].low not in _ONE:
            second = _amount(words, k)
            if second is not None:
                j, share = second[0], True
                half = half or second[1]
        unit = j < len(toks) and toks[j].low in UNITS and unit_gap(words.gaps[j - 1])
        if share and not unit and _counts_people(words, i, j):
            share = False  # ``три из семи человек``, ``three of the seven people``: a count, not a term
        end = j + 1 if unit else j
        if unit and not share:
            end, share = _unit_share(words, _and_more(words, end))
        after = toks[end].low if end < len(toks) else ""
        before = toks[i - 1].low if i else ""
        twice = i >= 2 and toks[i - 2].low in ("раз", "once", "twice") and before in ("в", "у", "на", "every")
        single = end - i == 2 and unit and toks[i].low in _ONE | {"1"}
        relative = after in RELATIVE_AFTER or before in RELATIVE_BEFORE or twice
        relative = relative or (not share and _not_a_term(words, i, end, unit)) or remaining(words, i, end)
        relative = relative or roughly(words, end)
        if (unit or half or share) and not relative and not single:
            kind = "share" if share else "duration"
            out.append(_uncertain(text, toks[i].start, toks[end - 1].end, kind))
            i = end
            continue
        i += 1
    return out


def _not_a_term(words: Words, i: int, end: int, unit: bool) -> bool:
    """A working life (a work verb within a few words, same clause), or a bare half that counts a noun
    (``полторы тысячи``, ``полтора часа``)."""
    toks = words.tokens
    if not unit and toks[i].low in _HALF and end < len(toks) and _blank(words, end - 1) and _countable(toks[end]):
        return True
    lo = i
    while lo > 0 and i - lo < _WORK_WINDOW and not ends_clause(words.gaps[lo - 1]):
        lo -= 1
    hi = end
    while hi < len(toks) and hi - end < _WORK_WINDOW and not ends_clause(words.gaps[hi - 1]):
        hi += 1
    near = toks[lo:hi]
    if i and toks[i - 1].low in _WITHIN and not any(t.low.startswith(_TERM_CUE) for t in near):
        return True
    if unit and ordinary_life(words, i, end):
        return True  # ``знакомы пять лет``, ``за два дня собрали``: ordinary life, not a term
    return any(t.low.startswith(_WORK) for t in near) or careers.career(toks, i, end)


def _and_more(words: Words, end: int) -> int:
    """``четыре года и шесть месяцев``, ``three years and six months``: a second amount and unit joined by
    ``и``/``and``: index after it, else ``end``."""
    toks = words.tokens
    if end + 2 >= len(toks) or toks[end].low not in ("и", "і", "and") or not _blank(words, end - 1):
        return end
    more = _amount(words, end + 1) if _blank(words, end) else None
    if more is None or more[0] >= len(toks) or toks[more[0]].low not in UNITS or not _blank(words, more[0] - 1):
        return end
    return more[0] + 1


def _unit_share(words: Words, end: int) -> tuple[int, bool]:
    """``thirty months out of forty eight [months]``: a share whose first part carries the unit."""
    toks = words.tokens
    k = _of(words, end) if end < len(toks) and _blank(words, end - 1) else None
    second = _amount(words, k) if k is not None else None
    if second is None:
        return end, False
    j = second[0]
    return (j + 1 if j < len(toks) and toks[j].low in UNITS and _blank(words, j - 1) else j), True


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
    if strong and low not in UNITS and low not in _COUNTED and (not _countable(toks[end]) or _given_name(low)):
        return end
    return None


_ALSO = frozenset("ці или or либо and и і".split())  # ``ему девятнадцать или двадцать``, ``five and eight``
_FILLERS = frozenset("um uh er erm well like ну э ээ".split())
# Emphatic and concessive particles between a dative and an age (``хоть мне и семьдесят``, ``ему уже``).
_PARTICLES = frozenset("и і уже ужо ўжо же ж ведь всё-таки ўсё-такі ещё еще яшчэ already".split())
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
    if j < 0 or ends_clause(words.gaps[j]):
        return False
    return toks[j].low in _STRONG_CUES or toks[j].low in KIN_DATIVE


@lru_cache(maxsize=20_000)
def _given_name(low: str) -> bool:
    """pymorphy3 reads the word as a given name (``сыну девять тимур его зовут``): a name is never counted."""
    from intake.pseudonymise.detectors import namelex

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


_STRONG_CUES = frozenset(
    "мне ему ей им яму ёй ім тебе табе вам turned turns aged исполнилось споўнілася стукнуло стукнет".split()
)
# A child named by kin (``their daughter mira is seven``): a copula or adverb then cues an age of any size.
_KIN = frozenset(
    "daughter son kid kids children child boy girl grandson granddaughter brother sister дочь дочка сын сынок "
    "внук внучка брат сестра дачка сынок унук унучка сястра".split()
)
_RECENT = 160  # characters: ``яму было пяць, калі тату забралі, а цяпер дзевяць``


def _countable(tok: Token) -> bool:
    """A word that a number may count: a noun to pymorphy3 (Russian; Belarusian nouns mostly fold to
    Russian ones), or an English word in ``s`` that is not a time word."""
    from intake.pseudonymise.detectors import namelex

    if not tok.low.isalpha():
        return True
    if tok.low.isascii():
        return tok.low.endswith("s") and tok.low not in ("months", "years", "weeks", "days")
    return not infinitive(tok.low) and namelex.noun_share(tok.low.replace("і", "и").replace("ў", "у")) >= 0.5


_DATIVE_CUES = frozenset("мне ему ей им нам вам тебе ёй яму табе ім".split()) | ELDER_DATIVE
_COUNTED = frozenset("человек чалавек people persons of".split())
_ADULT = 14  # a bare number after a weak cue (``было``, ``в``, ``now``) is an age only from here


def _age_cue_before(words: Words, i: int, young: bool = False) -> bool:
    """A dative person or pronoun before the number, or (for 14 and over, or any age when ``young``: an age
    was just said, or a kin noun is the subject) a copula, adverb or ``в``."""
    toks = words.tokens
    value = (_cardinal(words, i) or (0, 0))[0]
    grown = value >= _ADULT
    adult = young or grown
    if i and toks[i - 1].low in _COUNTED:
        return False
    j = i - 1
    steps = 0
    while j >= 0 and steps < 4:
        gap = words.gaps[j]
        if ends_clause(gap) and not gap.strip().startswith(","):
            return False
        tok = toks[j]
        if tok.low in _DATIVE_CUES or dative_person(tok) or (adult and tok.low in _AGE_CUES):
            return True
        if adult and j == i - 1 and at_the_moment_of(words, j):
            return True
        if grown and tok.low in ("в", "у", "ў", "at") and j == i - 1 and (not toks[i].text.isdigit() or value > 24):
            return True
        if tok.text.isdigit() or starts_number(tok.low) or tok.low in UNITS:
            return False
        j -= 1
        steps += 1
    return False


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


def ages(text: str, words: Words) -> list[Span]:
    """Bare numbers that are ages by their cue."""
    toks = words.tokens
    out: list[Span] = []
    i = 0
    while i < len(toks):
        card = _cardinal(words, i)
        if card is None or toks[i].low in _ONE or (i and _cardinal(words, i - 1) is not None and _blank(words, i - 1)):
            i += 1
            continue
        if i and toks[i - 1].low in APPROXIMATE and _blank(words, i - 1):  # ``под сорок``, ``лет сорок``: approximate
            i += card[1]
            continue
        strong = _strong_cue(words, i) or _possessive_be(words, i)
        young = _age_said(out, toks[i].start) or any(t.low in _KIN for t in toks[max(0, i - 4) : i])
        end = _bare_end(words, i, card, strong or young)
        end = None if end is not None and roughly(words, i + card[1]) else end
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


def detect_terms(text: str, words: Words) -> list[Span]:
    """Every recall-first AGE_OR_SENTENCE span of ``text`` (may overlap the evidence of ``quasi``)."""
    found = durations(text, words)
    found += ages(text, words)
    found += spoken_articles.articles(text, words) + spoken_articles.admin_articles(text, words)
    found += unit_carry.carried(text, words, found) + echoes.echoed(text, words, found)
    found += bare_terms.detect_bare(text, words) + regime_terms(text, words)
    return found + corrections.corrections(text, words, found)
