"""Ages after a detected person in the dative (AGE_OR_SENTENCE, score 0.8), once every name rule has run.

The age rules of ``quasi.py`` and ``terms.py`` know a dative person by its capital or by pymorphy3; a pet form
in lower case (``дениске тогда было двенадцать``, ``тёмке было шесть``, ``кацюшы тады споўнілася дзесяць``) is
known as a person only to the name stages. This pass reads the PERSON spans they found: a span that ends in a
dative ending, then an age verb (``было``, ``исполнилось``, ``стукнуло``, ``споўнілася``) or an adverb of time
(``уже``, ``сейчас``, ``тогда``, ``цяпер``), then a number (1-110, digits or words) that nothing counts
(``сыну было всё равно`` has no number, ``дениске было двенадцать человек`` counts people). With no verb or
adverb (``леве шестьдесят восем``) the number must end the clause and no verb may govern the dative
(``отдала тимофею семьдесят два`` is money). A word of hearsay (``вроде``, ``здаецца``) stands as an adverb does.

English says the age with a copula after the name (``tsima is nine and he draws``, ``Anya's, um, eleven now``):
a PERSON span in Latin letters, ``is``/``was``/``'s``, fillers and adverbs of time, then a number that ends
the clause or that ``and``/``now``/``when``/``years`` follows (``pavel is ten minutes away`` is a distance, ``anya
is one of them`` a member).
"""

from __future__ import annotations

import bisect
import re

from intake.pseudonymise.detectors.morphology import main_pos
from intake.pseudonymise.detectors.pattern_tokens import Words
from intake.pseudonymise.detectors.quasi import _age_tail
from intake.pseudonymise.detectors.termbase import AGE_ADVERBS, HEDGES
from intake.pseudonymise.spans import Span

_DATIVE_END = ("у", "ю", "е", "і", "ы", "и")
_ADVERB = "(?:" + "|".join(
    sorted(AGE_ADVERBS | HEDGES | frozenset("только толькі всего ўсяго ровно роўна".split()), key=len, reverse=True)
) + ")"
_VERB = r"(?:было|будет|будзе|исполнилось|исполнится|стукнуло|стукнет|споўнілася|споўніцца)"
_CUE = re.compile(
    rf"[ \t]+(?:{_ADVERB}[ \t]+)*(?:{_VERB}[ \t]+(?:{_ADVERB}[ \t]+)*|(?<=[ \t]){_ADVERB}[ \t]+)(?=\w)",
    re.IGNORECASE,
)
_BLANK = re.compile(r"[ \t]+(?=\w)")
_VERBS = frozenset(("VERB", "INFN", "GRND", "PRTF", "PRTS"))
_HAS_CUE = re.compile(rf"(?<!\w)(?:{_ADVERB}|{_VERB})(?!\w)", re.IGNORECASE)
_HAS_VERB = re.compile(rf"(?<!\w){_VERB}(?!\w)", re.IGNORECASE)
# ``tsima is nine``, ``Anya's, um, eleven now``: a copula after an English name, fillers and adverbs of time.
_EN_BE = re.compile(
    r"(?:['’]s|[ \t]+(?:is|was))(?:,?[ \t]+(?:um|uh|er|erm|now|already|still|just|only|probably|maybe)(?=[ \t,]))*"
    r",?[ \t]+(?=\w)",
    re.IGNORECASE,
)


def person_ages(text: str, words: Words, found: list[Span]) -> list[Span]:
    """An age span after every dative PERSON span that an age verb or adverb follows."""
    starts = [t.start for t in words.tokens]
    out: list[Span] = []
    for span in found:
        if span.label != "PERSON":
            continue
        name = text[span.start : span.end]
        if name.isascii():
            cue = _EN_BE.match(text, span.end)
            at, strong = (cue.end() if cue is not None else None), False
        elif name.lower().endswith(_DATIVE_END):
            cue = _CUE.match(text, span.end)
            strong = cue is not None and _HAS_CUE.search(cue.group()) is not None
            at = cue.end() if cue is not None and strong else _bare_start(text, words, starts, span)
        else:
            continue
        j = bisect.bisect_left(starts, at) if at is not None else len(starts)
        if j >= len(starts) or starts[j] != at:
            continue
        verb = cue is not None and _HAS_VERB.search(cue.group()) is not None
        end = _age_tail(words.tokens, words.gaps, j, strong=strong, verb=verb)
        if end is not None:
            stop = words.tokens[end - 1].end
            out.append(Span(starts[j], stop, "AGE_OR_SENTENCE", text[starts[j] : stop], 0.8, "patterns.age"))
    return out


def _bare_start(text: str, words: Words, starts: list[int], span: Span) -> int | None:
    """``леве шестьдесят восемь``: where a bare number right after the dative span starts, when no verb
    governs the dative (the word before it is not a verb: ``отдала тимофею семьдесят два`` is money)."""
    gap = _BLANK.match(text, span.end)
    if gap is None:
        return None
    k = bisect.bisect_left(starts, span.start)
    if k > 0 and main_pos(words.tokens[k - 1].text) in _VERBS:
        return None
    return gap.end()
