"""Terms said again without a unit: the echo, the number given, and a year served of a term.

Speakers repeat the number of a term on its own and name the other numbers of the trial without a unit:

* an echo: the term's number alone, right after it in the same sentence or opening the next one (``Далі
  шэсць гадоў. Шэсць.``, ``she got six years, six``); the same value as the term, so the number may be followed
  by a word that could be counted (``шэсць  яму было`` in unpunctuated speech) as long as a pause (punctuation,
  a blanked mark or a line break) follows it;
* the number given: a bare cardinal right before a verb of sentencing, a term said within ``_NEAR`` characters
  before or after it (``ещё двенадцать дали``, ``чатыры прысудзілі``, ``яшчэ дзесяць далі так што ўсяго
  дваццаць пяць сутак``); not after ``в``/``at`` (a clock time);
* a year of the whole: a singular unit or ``one`` and then ``из``/``з``/``of``/``out of`` a number (``адбыў
  год з двух``, ``отбыл год из трёх``, ``served one of two``) after a serving verb or near a term.

All three are uncertain AGE_OR_SENTENCE spans (reason ``uncertain:duration``/``uncertain:share``). The number
asked for and the answer to a question about the term are ``elided_units.py``'s.
"""

from __future__ import annotations

from intake.pseudonymise.detectors.pattern_tokens import Words, ends_clause
from intake.pseudonymise.detectors.termbase import blank, cardinal, remaining, uncertain
from intake.pseudonymise.detectors.unit_carry import countable
from intake.pseudonymise.spans import Span

_TERMS = ("terms.duration", "terms.share")
_WINDOW = 10  # tokens after a term in which its echo may come
_NEAR = 200  # characters between a term and the number given or the year served
_MAX_TERM = 30
_ONE_UNIT = frozenset("год месяц year month one один адзін".split())
_OF = (("out", "of"), ("из",), ("з",), ("of",), ("са",), ("со",))
_SERVED = ("отсид", "отбы", "адсядз", "адседз", "адбы", "served", "serv", "did", "done")


def _value(words: Words, i: int) -> tuple[int, int] | None:
    """(value, tokens used) of a cardinal 1-30 at ``i`` that does not continue a number before it."""
    card = cardinal(words, i)
    if card is None or not 0 < card[0] <= _MAX_TERM:
        return None
    if i and blank(words, i - 1) and cardinal(words, i - 1) is not None:
        return None
    return card


def _paused(words: Words, end: int) -> bool:
    """A pause follows the number ending before ``end``: the text ends, punctuation, or a blanked mark."""
    if end >= len(words.tokens):
        return True
    gap = words.gaps[end - 1]
    return bool(gap.strip()) or "  " in gap or "\n" in gap


def _echo(text: str, words: Words, anchor: Span, starts: dict[int, int]) -> Span | None:
    toks = words.tokens
    first = starts.get(anchor.start)
    said = _value(words, first) if first is not None else None
    if first is None or said is None:
        return None
    last = next(k for k in range(first, len(toks)) if toks[k].end >= anchor.end)
    crossed = 0
    for i in range(last + 1, min(len(toks), last + 1 + _WINDOW)):
        if ends_clause(words.gaps[i - 1]):
            crossed += 1
        if crossed > 1 or (crossed and not ends_clause(words.gaps[i - 1])):
            return None  # the echo is in the same sentence or opens the next one
        card = _value(words, i)
        if card is not None and card[0] == said[0] and _paused(words, i + card[1]) and not remaining(words, i, i + 1):
            return uncertain(text, toks[i].start, toks[i + card[1] - 1].end, "duration")
    return None


def _bare(words: Words, i: int) -> int | None:
    """Index after a bare cardinal at ``i``: nothing countable after it, unless a pause comes first."""
    card = _value(words, i)
    if card is None:
        return None
    end = i + card[1]
    if _paused(words, end) or not blank(words, end - 1) or not countable(words.tokens[end]):
        return end
    return None


def _term_near(found: list[Span], start: int, end: int) -> bool:
    return any(s.source in _TERMS and (0 <= start - s.end <= _NEAR or 0 <= s.start - end <= _NEAR) for s in found)


def _of(words: Words, j: int) -> int | None:
    toks = words.tokens
    for seq in _OF:
        if j + len(seq) <= len(toks) and tuple(t.low for t in toks[j : j + len(seq)]) == seq and blank(words, j - 1):
            return j + len(seq)
    return None


def _year_of(text: str, words: Words, found: list[Span]) -> list[Span]:
    toks = words.tokens
    out: list[Span] = []
    for i, tok in enumerate(toks[:-2]):
        k = _of(words, i + 1) if tok.low in _ONE_UNIT else None
        if k is None or k >= len(toks) or not blank(words, k - 1) or (cardinal(words, k) or (0, 0))[0] < 2:
            continue
        end = _bare(words, k)
        if end is None:
            continue
        served = any(t.low.startswith(_SERVED) for t in toks[max(0, i - 3) : i])
        if served or _term_near(found, tok.start, toks[end - 1].end):
            out.append(uncertain(text, tok.start, toks[end - 1].end, "share"))
    return out


# a verb of sentencing after the number (``яшчэ трынаццаць далі``, ``шесть дали``, ``seven they gave``)
_GIVEN = frozenset("дали дал дала далі даў дадут дадуць присудили прысудзілі влепили впаяли gave".split())
_NOT_BEFORE = frozenset("в во у ў на о об за по па at on in the a номер нумар number".split())


def _given_before(text: str, words: Words, found: list[Span]) -> list[Span]:
    """A bare number right before a verb of sentencing, a term said within ``_NEAR`` characters before or after it."""
    toks = words.tokens
    out: list[Span] = []
    for v, tok in enumerate(toks):
        if tok.low not in _GIVEN or v == 0 or not blank(words, v - 1):
            continue
        for i in (v - 1, v - 2):
            card = _value(words, i) if i >= 0 else None
            if card is None or i + card[1] != v or (i and toks[i - 1].low in _NOT_BEFORE):
                continue
            if remaining(words, i, v) or not _term_near(found, toks[i].start, toks[v - 1].end):
                continue
            out.append(uncertain(text, toks[i].start, toks[v - 1].end, "duration"))
    return out


def echoed(text: str, words: Words, found: list[Span]) -> list[Span]:
    """Echoes of the terms in ``found``, numbers given, and a year served of a term."""
    starts = {t.start: k for k, t in enumerate(words.tokens)}
    out = [e for e in (_echo(text, words, s, starts) for s in found if s.source in _TERMS) if e is not None]
    out += _given_before(text, words, found)
    return out + _year_of(text, words, found)
