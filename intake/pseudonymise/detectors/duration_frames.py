"""Frames that make a duration ordinary time, not a term: the clause guard of the uncertain duration rule.

A term of punishment is spoken of as given, served or held (``дали три года``, ``he got five years``, ``пятнадцать
сутак у ЦІПе``) or answers a question about one (``на сколько вас посадили? - на три года``). The same amounts
measure how long someone has been somewhere, did something or waited, and the grammar that frames such time is
general (Russian, Belarusian, English), not any transcript's:

* an approximate amount: ``почти``/``амаль``/``almost``/``nearly`` before it (``я почти двадцать лет была
  адвокатом``): the conventions mark exact terms only;
* time that still runs: ``уже``/``ужо``/``already`` before it (``я уже два года в Батуми``), unless the amount
  is an age (a dative person before the adverb, ``исполнилось``, ``годика``, ``день рождения``);
* English ``for`` + amount (fillers between: ``for, um, six days``, ``for about fifteen years``), the length
  of an activity or state, unless a person simply *was in* a place for it (``she was in Homel for two years``:
  the way a term is told);
* Belarusian ``N гадоў таму`` (ago; ``таму што`` is *because*).

None of them holds when a word of a term (sentence, detention, arrest, serving, release: ``PUNISHMENT``, the
stems of ``spans_of_life``, and ``DETENTION``) stands in the duration's clause (bounded by the marks that
close a sentence, a line and the conjunctions that open a new clause, at most ``_SCOPE`` words each side) or in
the question its line answers (the line before, when the duration opens its answer).
"""

from __future__ import annotations

from intake.pseudonymise.detectors.pattern_tokens import Words
from intake.pseudonymise.detectors.spans_of_life import PUNISHMENT
from intake.pseudonymise.detectors.termbase import cardinal, dative_person

# Detention and arrest beside the penal words of ``spans_of_life``: held, detained, custody, a cell, being
# inside; and time spent or sat out somewhere (``просидела почти четыре месяца``, ``правёў амаль два гады``,
# ``spent``), how time in custody is told.
DETENTION = (
    "detain", "detent", "held", "hold", "custody", "remand", "arrest", "cell", "задерж", "затрым", "держал",
    "трымал", "забрал", "забралі", "камер", "цип", "ціп", "адседз", "отбыв", "адбыв", "посадил", "пасадзіл",
    "penal", "punish", "трыма", "sizo", "ivs", "akrest", "окрест", "акрэс", "inside", "locked", "behind", "bars",
    "решётк", "кратам", "нарах", "просид", "посид", "прасядз", "пасядз", "провёл", "провел", "правёў", "правял",
    "spent",
)
TERM_WORDS = PUNISHMENT + DETENTION
_APPROX = frozenset("почти амаль almost nearly".split())
_ONGOING = frozenset("уже ужо ўжо already".split())
_FILLERS = frozenset("ну um uh like about around roughly maybe probably вот где-то the first".split())
_AGE_WORDS = ("исполн", "споўн", "спойн", "turned", "old", "годик", "гадок", "гадкоў", "рожд", "нараджэн")
_DATIVE_PRONOUNS = frozenset("ему ей мне им нам вам тебе яму ёй ім табе".split())
_PRESENCE = frozenset("was were".split())
# Words that open a new clause: a term word beyond them belongs to another clause.
_OPENERS = frozenset("а но але but потом потым затем then".split())
_SENTENCE_END = (".", "!", "?", ";", "\n", "…")
_SCOPE = 12
_LINE = 40


def framed_as_time(words: Words, i: int, end: int) -> bool:
    """The duration ``tokens[i:end]`` is framed as ordinary time (see the module) and no word of a term stands in
    its clause or in the question it answers."""
    toks = words.tokens
    cue = _cue(words, i)
    after = toks[end].low if end < len(toks) else ""
    ago = after == "таму" and (end + 1 >= len(toks) or toks[end + 1].low not in ("што", "что"))
    if cue is None and not ago:
        return False
    if cue is not None and toks[cue].low in _ONGOING and _age(words, cue, end):
        return False
    if cue is not None and toks[cue].low == "for" and _presence(words, cue):
        return False
    return not any(t.startswith(TERM_WORDS) for t in _scope(words, i, end))


def _cue(words: Words, i: int) -> int | None:
    """The index of an approximating, ongoing or English ``for`` cue before ``i`` (fillers between), else None."""
    toks = words.tokens
    j = i - 1
    while j >= 0 and toks[j].low in _FILLERS and i - j <= 3:
        j -= 1
    if j < 0 or words.gaps[j].count("\n"):
        return None
    low = toks[j].low
    return j if low in _APPROX or low in _ONGOING or low == "for" else None


def _age(words: Words, cue: int, end: int) -> bool:
    """``ему уже сорок лет``, ``дочке уже три годика``, ``уже двадцать один год исполнился``: an age."""
    toks = words.tokens
    before = toks[max(0, cue - 3) : cue]
    if any(t.low in _DATIVE_PRONOUNS or dative_person(t) for t in before):
        return True
    return any(t.low.startswith(_AGE_WORDS) for t in toks[cue : min(len(toks), end + 4)])


def _presence(words: Words, cue: int) -> bool:
    """``she was in Homel for``: a person was in a place (``was``/``were`` + ``in``/``at`` + up to three words
    before ``for``), how a term or a detention is told."""
    toks = words.tokens
    for k in range(max(0, cue - 5), cue - 1):
        if toks[k].low in _PRESENCE and toks[k + 1].low in ("in", "at") and words.gaps[k] == " ":
            return True
    return False


def _scope(words: Words, i: int, end: int) -> list[str]:
    """The lower-cased words of the duration's clause, and of the line before when the duration opens its line
    (the question it answers)."""
    toks, gaps = words.tokens, words.gaps
    lo = i
    while lo > 0 and i - lo < _SCOPE and not _closes(gaps[lo - 1]) and toks[lo].low not in _OPENERS:
        lo -= 1
    hi = end
    while hi < len(toks) and hi - end < _SCOPE and not _closes(gaps[hi - 1]) and toks[hi].low not in _OPENERS:
        hi += 1
    out = [t.low for t in toks[lo:hi]]
    start = i
    while start > 0 and i - start < _SCOPE and "\n" not in gaps[start - 1]:
        start -= 1
    if start > 0 and "\n" in gaps[start - 1]:
        k = start - 1
        while k > 0 and start - k < _LINE and "\n" not in gaps[k - 1]:
            k -= 1
        out += [t.low for t in toks[k:start]]
    return out


def _closes(gap: str) -> bool:
    """The text ``gap`` between two words ends a sentence or a line (:data:`_SENTENCE_END`)."""
    return any(mark in gap for mark in _SENTENCE_END)


# Day units (ru, be, en): ``дня``, ``дней``, ``суток``, ``дзён``, ``дні``, ``сутак``, ``days``.
_DAY_UNITS = ("дн", "ден", "сут", "дзён", "дзен", "дзень", "day")
# Collective numerals that count days of custody (``трое суток``, ``двое сутак``): not read by ``cardinal``.
_COLLECTIVE = {"двое": 2, "трое": 3}


def custody_days(words: Words, i: int, end: int) -> bool:
    """``три дня``, ``трое суток``, ``two days``: at most three days is the custody before a charge (the 72 hours
    a suspect may be held, and the days in a temporary detention centre), not a term of punishment: an
    administrative arrest is counted from about five days up, a sentence in months and years."""
    toks = words.tokens
    if end - 1 <= i or not toks[end - 1].low.startswith(_DAY_UNITS):
        return False
    first = toks[i].low
    value = _COLLECTIVE.get(first)
    if value is None:
        card = cardinal(words, i)
        if card is None or i + card[1] != end - 1:
            return False
        value = card[0]
    elif i + 1 != end - 1:
        return False
    return value <= 3
