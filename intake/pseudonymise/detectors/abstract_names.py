"""Given names that are abstract nouns, said as the noun: ``вера у меня такая``, ``без надежды``, ``у мяне адна
надзея``.

Вера, Надежда, Любовь (Belarusian Вера, Надзея, Любоў) are faith, hope and love as well as names, and people
who have waited years for a prisoner speak of them often. In lower case a lone PERSON span on such a word is
dropped when the syntax shows the thing someone has or lacks:

* a holder next to it: ``у``/``ў`` and a genitive personal pronoun just before or just after, a word such as
  ``адна`` or ``есть`` allowed between (``надежда у нас одна``, ``у меня вера была``, ``любоў у іх``);
* ``без`` just before (``без надежды``, ``без веры``).

The word must be a given name whose own lemma is also an inanimate common noun, the likelier reading by
pymorphy3's scores (or, in Belarusian, a given name hunspell-be also lists as a common word), stand in lower
case, and show no person more strongly: a naming word or a kinship or role noun before it (a possessive may
stand between), or another PERSON word beside it (``вера петровна у нас``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from intake.pseudonymise.detectors import be_vocab, namelex
from intake.pseudonymise.detectors.homonyms import _NAMING, _PROPER, _parses
from intake.pseudonymise.detectors.lowercase import is_role
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span

_AT = frozenset(("у", "ў"))
_HOLDERS = frozenset("меня тебя нас вас него неё нее них мяне цябе яго яе іх".split())
_BETWEEN = frozenset("одна один одно адна адзін адно есть ёсць была был было такая такой така".split())
_WITHOUT = frozenset(("без",))
_POSSESSIVES = frozenset("моя наша его её ее их мая яго яе іх".split())


def _abstract_name(tok: Token, be: bool) -> bool:
    """``tok`` is a given name whose own lemma is also an inanimate common noun, and the noun is the likelier
    reading (pymorphy3's scores: ``вера``, ``надежды``, ``любовь``, ``слава``; not ``роза``, ``юра`` or ``ира``,
    where the name is likelier or the noun another word); in Belarusian without a Russian parse, a given name
    that hunspell-be also lists as a common word (``надзея``, ``любоў``)."""
    word = tok.text.lower()
    parses = _parses(word, be)
    names = {p.normal_form for p in parses if "Name" in p.tag}
    if parses:
        name = sum(p.score for p in parses if "Name" in p.tag)
        thing = sum(
            p.score
            for p in parses
            if p.tag.POS == "NOUN" and "inan" in p.tag and not _PROPER & p.tag.grammemes and p.normal_form in names
        )
        return bool(thing > name)
    if not be or not be_vocab.known(word) or be_vocab.proper(word) != "name":
        return False
    return bool(namelex.first_names().lookup_first(tok.norm))


def _holder_at(tokens: Sequence[Token], k: int) -> bool:
    """Tokens ``k``, ``k + 1`` are ``у меня``/``ў нас`` joined by a space."""
    if k < 0 or k + 1 >= len(tokens) or not tokens[k + 1].spaced:
        return False
    return tokens[k].norm in _AT and tokens[k + 1].norm in _HOLDERS


def _held(tokens: Sequence[Token], i: int) -> bool:
    """A holder just after token ``i`` or just before it, one word of :data:`_BETWEEN` allowed between."""
    nxt = i + 1
    if nxt < len(tokens) and tokens[nxt].spaced and tokens[nxt].norm in _BETWEEN:
        nxt += 1
    if nxt < len(tokens) and tokens[nxt].spaced and _holder_at(tokens, nxt):
        return True
    k = i - 2
    if tokens[i].spaced and i >= 1 and tokens[i - 1].norm in _BETWEEN:
        k -= 1
    return tokens[i].spaced and _holder_at(tokens, k)


def _personal(tokens: Sequence[Token], i: int, person: list[bool]) -> bool:
    """Token ``i`` shows a person: a PERSON word beside it, a naming word or a role noun just before."""
    if i + 1 < len(tokens) and person[i + 1] and tokens[i + 1].spaced:
        return True
    if i > 0 and tokens[i].spaced and (person[i - 1] or is_role(tokens[i - 1])):
        return True
    k = i - 1
    if k > 0 and tokens[i].spaced and tokens[k].norm in _POSSESSIVES and tokens[k].spaced and is_role(tokens[k - 1]):
        return True  # ``дачка мая надзея``, ``сестра моя вера``
    return any(t.norm in _NAMING for t in tokens[max(0, i - 3) : i])


def _cued(tokens: Sequence[Token], i: int) -> bool:
    before = tokens[i - 1].norm if i > 0 and tokens[i].spaced else ""
    return before in _WITHOUT or _held(tokens, i)


def drop_abstract_names(spans: list[Span], tokens: Sequence[Token], language: str) -> list[Span]:
    """``spans`` less the lone lower-case PERSON words that are faith, hope or love here (module docstring)."""
    if language == "en":
        return spans
    starts = [t.start for t in tokens]
    person = [False] * len(tokens)
    lone: dict[int, int] = {}
    for n, s in enumerate(spans):
        if s.label != "PERSON":
            continue
        lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
        person[lo:hi] = [True] * (hi - lo)
        if hi - lo == 1 and tokens[lo].start == s.start and tokens[lo].end == s.end:
            lone[n] = lo
    be = language == "be"
    drop = {
        n
        for n, i in lone.items()
        if not tokens[i].cap and _cued(tokens, i) and not _personal(tokens, i, person) and _abstract_name(tokens[i], be)
    }
    return [s for n, s in enumerate(spans) if n not in drop] if drop else spans
