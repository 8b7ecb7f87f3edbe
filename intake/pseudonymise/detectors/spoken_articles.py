"""Criminal-code article numbers spoken or written without the word ``article`` (AGE_OR_SENTENCE, uncertain).

* a number in words that spells 100-470 with a part (``триста шестьдесят один прим два``, ``361 четыре``);
* spoken in pairs or digit by digit after an article or charge cue (``article three sixty one``, ``under
  four eleven``, ``the charges were three six one one``);
* a prime mark after digits (``361 прим 1``, ``342 прым``);
* continuing a list of charges: an article-shaped number within a few clauses of the last article
  (``... 342, for protests, and also insulting the president, 368``, ``і яшчэ 130-ы``).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from intake.pseudonymise.detectors.article_inventory import framed
from intake.pseudonymise.detectors.code_articles import NOT_ARTICLE_NEXT
from intake.pseudonymise.detectors.numwords import read_number, starts_number
from intake.pseudonymise.detectors.pattern_tokens import Words, ends_clause
from intake.pseudonymise.detectors.termbase import UNITS, number_openers
from intake.pseudonymise.detectors.termbase import blank as _blank
from intake.pseudonymise.detectors.termbase import cardinal as _cardinal
from intake.pseudonymise.detectors.termbase import uncertain as _uncertain
from intake.pseudonymise.spans import Span

_ARTICLE_CUES = frozenset(
    "статья статьи статье статью статьёй статей статьям статьями ст артыкул артыкула артыкуле артыкулам "
    "артыкулы артыкулаў артыкуламі арт article articles art under по па паводле "
    # charge words: ``the charges were three six one``, ``обвинение 342``, ``абвінавачванне па 130``
    "charge charges charged обвинение обвинения обвинили абвінавачванне абвінавацілі "
    # an article added to the charges: ``потом добавили 293``, ``дадалі 342``, ``then they added 130``
    "добавили добавил добавят дадалі дадаў дададуць added add вменили вменяют вменяли вменял вменяла вменялі ўменілі "
    "ўмянялі".split()
)
_LIST_WINDOW = 24  # tokens: a list of charges may run on over several clauses
_NOT_AFTER = frozenset("at в у ў о около каля around about".split())  # ``at one thirty``: a clock time
_PRIME = frozenset("прим прім прым штрих штрых prime".split())
# a slash said aloud between the article and its part (``361 дробь 1``, ``three-sixty-one dash two``)
_SLASH = frozenset("дробь дроб тире рыска slash dash".split())
_PART = _PRIME | _SLASH | frozenset("часть части частка часткі part".split())
_LIST = frozenset("и і and также таксама also яшчэ ещё еще".split())
_ARTICLE_DIGITS = re.compile(r"^([1-4]\d\d)(?:-\d{1,2})?$")


def _word_article(words: Words, i: int) -> int | None:
    """Index after a spoken article number at ``i`` (compound 100-470, or a pair ``three sixty one``)."""
    toks = words.tokens
    if toks[i].text.isdigit():
        if not _ARTICLE_DIGITS.match(toks[i].text):
            return None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        suffixed = nxt is not None and words.gaps[i] == "-" and (nxt.text.isdigit() or len(nxt.low) <= 3)
        return i + 2 if suffixed else i + 1
    if not starts_number(toks[i].low):
        return None
    num = read_number([t.low for t in toks[i : i + 8]], words.gaps[i : i + 8])
    if num is None:
        return None
    j = i + num.used
    if 100 <= num.value <= 470 and num.used >= 2:
        return j
    if 1 <= num.value <= 4 and num.used == 1 and _digit_word(words, j) and _digit_word(words, j + 1):
        return j + 2  # ``three six one``: digit by digit
    if 1 <= num.value <= 4 and j < len(toks) and _blank(words, j - 1):
        tens = read_number([t.low for t in toks[j : j + 3]], words.gaps[j : j + 3])
        if tens is not None and 10 <= tens.value <= 99:
            return j + tens.used
    return None


def _digit_word(words: Words, j: int) -> bool:
    """A single spoken digit (``six``, ``шесть``, ``nol``) at ``j`` after a blank gap."""
    toks = words.tokens
    if j >= len(toks) or not _blank(words, j - 1) or toks[j].text.isdigit() or not starts_number(toks[j].low):
        return False
    num = read_number([toks[j].low], [])
    return num is not None and not num.ordinal and 0 <= num.value <= 9


def _in_list(words: Words, last_end: int, i: int, end: int) -> bool:
    """An article-shaped number soon after the last article of the same sentence, not a clock time or a count
    (``342, for protests in 2020, and also insulting the president, 368``)."""
    toks = words.tokens
    if last_end < 0 or i - last_end > _LIST_WINDOW or toks[i - 1].low in _NOT_AFTER:
        return False
    if any(ends_clause(g) for g in words.gaps[last_end - 1 : i]):
        return False
    after = toks[end].low if end < len(toks) and _blank(words, end - 1) else ""
    return not NOT_ARTICLE_NEXT.match(after) and not after.isdigit() and not starts_number(after)


def _part(words: Words, j: int) -> int:
    """Extend over ``прим два``, ``part 1`` or a bare small number (``361 четыре`` for 361-4)."""
    toks = words.tokens
    if j >= len(toks):
        return j
    named_part = toks[j].low in _PART and words.gaps[j - 1].strip() == ","  # ``361, part one``
    if not _blank(words, j - 1) and not named_part:
        return _comma_part(words, j)
    k = j + 1 if toks[j].low in _PART else j
    if k < len(toks) and (k == j or _blank(words, k - 1)):
        card = _cardinal(words, k)
        num = read_number([toks[k].low], []) if card is None else None
        value = card[0] if card else (num.value if num else 0)
        if card and _unit_at(words, k + card[1]):
            return j  # ``по статье 342 шесть лет``: the term given under the article, not its part
        if 0 < value < 10 or (k > j and 0 < value < 100):
            return k + (card[1] if card else 1)
    return j + 1 if toks[j].low in _PRIME else j  # ``342 прым`` with the part left unsaid


# ``and another one 130 for hatred``, ``the other one 342``: ``one`` after a determiner is a pronoun standing for
# the article, so the number after it opens a number of its own (not ``one hundred thirty``).
_ONE_DETERMINERS = frozenset("another other the that this which".split())


def _pronoun_one(words: Words, j: int) -> bool:
    """``one`` at ``j`` is the pronoun of ``another one``/``the other one``, not a digit."""
    toks = words.tokens
    return toks[j].low == "one" and j > 0 and toks[j - 1].low in _ONE_DETERMINERS and _blank(words, j - 1)


def _unit_at(words: Words, k: int) -> bool:
    """A time unit (``лет``, ``гады``, ``years``) at ``k`` after a blank: the number before it is a term."""
    return k < len(words.tokens) and _blank(words, k - 1) and words.tokens[k].low in UNITS


def _comma_part(words: Words, j: int) -> int:
    """``триста шестьдесят один, два, финансирование``: a lone digit word between commas after the article is its
    part; one that counts something (``342, два года``, ``342, two of us``) runs on without a comma."""
    toks = words.tokens
    if words.gaps[j - 1].strip() != "," or toks[j].text.isdigit() or not starts_number(toks[j].low):
        return j
    num = read_number([toks[j].low], [])
    closed = j + 1 >= len(toks) or words.gaps[j].strip(" ") in (",", ".", ";", ":", "?", "!")
    return j + 1 if num is not None and not num.ordinal and 0 < num.value < 10 and closed else j


def _joined_next(words: Words, i: int, end: int) -> bool:
    """``342 and 361-2``: bare digits joined by ``and`` to an article written with its part (``361-2``)."""
    toks = words.tokens
    if not toks[i].text.isdigit() or end + 2 >= len(toks) or toks[end].low not in _LIST:
        return False
    if not (_blank(words, end - 1) and _blank(words, end)):
        return False
    nxt = end + 1
    return bool(_ARTICLE_DIGITS.match(toks[nxt].text)) and words.gaps[nxt] == "-" and toks[nxt + 1].text.isdigit()


def article_openers(words: Words) -> list[int]:
    """The indices, ascending, of the tokens at which :func:`articles` can find an article (a superset):
    ``_word_article`` needs digits or a ``numwords.LEXICON`` word (``starts_number``); elsewhere it steps on."""
    return number_openers(words)


def articles(text: str, words: Words) -> list[Span]:
    toks = words.tokens
    out: list[Span] = []
    last_end = -100
    i, at, opens = 0, 0, article_openers(words)
    while (at := bisect_left(opens, i, at)) < len(opens):
        i = opens[at]
        joined = i > 0 and _blank(words, i - 1) and "  " not in words.gaps[i - 1]  # a double blank: a dropped comma
        if joined and (starts_number(toks[i - 1].low) or toks[i - 1].text.isdigit()) and not _pronoun_one(words, i - 1):
            i += 1
            continue
        end = _word_article(words, i)
        if end is None:
            i += 1
            continue
        if _counts_after(words, end):
            i += 1
            continue  # ``по 300 рублей``, ``добавили 200 евро``: money or a measure, not an article
        suffixed = toks[i].text.isdigit() and end == i + 2
        cued = any(t.low in _ARTICLE_CUES for t in toks[max(0, i - 2) : i]) or _primed(words, end)
        cued = cued or _same_cue(words, i, _ARTICLE_CUES) or _near_cue(words, i, end)
        cued = cued or framed(words, i, end, _spoken_value(words, i, end))  # ``in for three forty-two``
        listed = i - last_end <= 3 and all(t.low in _LIST for t in toks[last_end:i])
        listed = listed or _in_list(words, last_end, i, end) or _joined_next(words, i, end)
        compound = not toks[i].text.isdigit() and end - i >= 2 and _word_value(words, i) >= 100
        if cued or listed or suffixed or (compound and _part(words, end) > end):
            stop = _part(words, end)
            out.append(_uncertain(text, toks[i].start, toks[stop - 1].end, "article"))
            last_end = i = stop
            continue
        i += 1
    return out


# Chapters of the Code of Administrative Offences that political cases are brought under (17 and 23 in the 2003
# code, 19 and 24 in the 2021 one: 23.34, 24.23, 19.11); ``по 24 23`` where speech recognition dropped the point.
_ADMIN_CHAPTERS = frozenset({17, 18, 19, 23, 24})
_TIME_UNITS = frozenset(
    "год года лет гады гадоў сутки суток сутак дней дзён дні часа часов гадзіны гадзін years days hours".split()
)  # ``по 17 18 лет``
_ADMIN_CUES = frozenset("по па статья статье статьи ст арт артыкул артыкуле under article".split())
_POINT = frozenset("точка кропка point".split())


def admin_articles(text: str, words: Words) -> list[Span]:
    """``по 24 23``, ``па 19 11``: a chapter and an article number after an article cue, the point lost; also
    said in words, the point said or not (``па дваццаць чатыры дваццаць тры``, ``under nineteen point eleven``)."""
    toks = words.tokens
    out: list[Span] = []
    for i in range(1, len(toks) - 1):
        cued = toks[i - 1].low in _ADMIN_CUES or _same_cue(words, i, _ADMIN_CUES)
        if not cued or not _blank(words, i - 1):
            continue
        chapter = _cardinal(words, i)
        if chapter is None or chapter[0] not in _ADMIN_CHAPTERS or (toks[i].text.isdigit() and len(toks[i].text) > 2):
            continue
        j = i + chapter[1]
        if j < len(toks) and toks[j].low in _POINT and _blank(words, j - 1):
            j += 1
        number = _cardinal(words, j) if j < len(toks) and words.gaps[j - 1] == " " else None
        if number is None or not 0 < number[0] < 100 or toks[j].text.isdigit() != toks[i].text.isdigit():
            continue
        end = j + number[1]
        after = toks[end].low if end < len(toks) and _blank(words, end - 1) else ""
        if not _counts_after(words, end) and not after.isdigit() and after not in _TIME_UNITS:
            out.append(_uncertain(text, toks[i].start, toks[end - 1].end, "article"))
    return out


def _counts_after(words: Words, end: int) -> bool:
    toks = words.tokens
    return end < len(toks) and _blank(words, end - 1) and bool(NOT_ARTICLE_NEXT.match(toks[end].low))


def _primed(words: Words, end: int) -> bool:
    """``361 прим 1``, ``342 прым``: a prime mark after the number makes it an article whatever precedes."""
    return end < len(words.tokens) and words.tokens[end].low in _PRIME and _blank(words, end - 1)


def _spoken_value(words: Words, i: int, end: int) -> int:
    """The value of the number ``_word_article`` read at ``i``: digits, a compound, a pair (``three forty two``)
    or digit by digit (``three six one``)."""
    toks = words.tokens
    if toks[i].text.isdigit():
        return int(toks[i].text)
    value = _word_value(words, i)
    rest = [t.low for t in toks[i + 1 : end]]
    if value >= 100 or not rest:
        return value
    digits = [read_number([w]) for w in rest]
    if len(rest) == 2 and all(d is not None and d.value < 10 for d in digits):
        return value * 100 + sum(d.value * k for d, k in zip(digits, (10, 1), strict=True) if d is not None)
    tail = read_number(rest, words.gaps[i + 1 : end])
    return value * 100 + tail.value if tail is not None else value


def _word_value(words: Words, i: int) -> int:
    num = read_number([t.low for t in words.tokens[i : i + 8]], words.gaps[i : i + 8])
    return num.value if num else 0




# ``по той же девятнадцать одиннадцать``, ``па той жа трыста сорак другім``, ``under the same three four two``:
# the article named again by its number alone, the words for "the same" between the cue and the number.
_SAME = frozenset("той тои же жа самой самай самою этой гэтай the same".split())


def _same_cue(words: Words, i: int, cues: frozenset[str]) -> bool:
    """An article cue, then one to three words for "the same" (``той же``), then the number at ``i``."""
    toks = words.tokens
    j = i - 1
    while j >= 0 and i - j <= 3 and toks[j].low in _SAME and _blank(words, j):
        j -= 1
    if j == i - 1 or j < 0 or not _blank(words, j):
        return False
    same = {t.low for t in toks[j + 1 : i]}
    return toks[j].low in cues and bool(same & {"же", "жа", "same", "самой", "самай"})


# English speech names the article a few words away from its number, before or after it: ``they opened a criminal
# case three forty two you know article 342``, ``three four two, that's the article``; a clock time stays out.
_NEAR_CUES = frozenset("article articles paragraph charged case".split())
_NEAR = 4
_CLOCK = frozenset("am pm a.m p.m o'clock oclock minutes hours".split()) | _NOT_AFTER


def _near_cue(words: Words, i: int, end: int) -> bool:
    """An English article cue within four words of the spoken number, in the same sentence."""
    toks = words.tokens
    if (end < len(toks) and toks[end].low in _CLOCK) or (i > 0 and toks[i - 1].low in _CLOCK):
        return False
    for j in [*range(max(0, i - _NEAR), i), *range(end, min(len(toks), end + _NEAR))]:
        low = toks[j].low
        if low in _NEAR_CUES and (low != "case" or (j > 0 and toks[j - 1].low == "criminal")):
            lo, hi = (j, i) if j < i else (end - 1, j)
            return not any(g.strip(" ,-") for g in words.gaps[lo:hi])
    return False
