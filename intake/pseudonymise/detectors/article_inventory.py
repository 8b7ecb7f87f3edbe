"""The criminal-code articles of Belarusian political cases, and the frames that read a bare number as one.

Public knowledge (the Criminal Code of Belarus as human-rights groups list the charges of political
prisoners): 130 (incitement of hatred), 285 (criminal organisation), 289-290 (terrorism and its financing),
293 (mass riots), 310 (damage to a road), 339 (hooliganism), 342 (gross breach of public order), 356-357
(treason, conspiracy), 361 (calls against national security, 361-1..361-4 extremist formations), 363-364
(resistance, violence against an officer), 367-370 (defamation and insult of the president and officials,
desecration of state symbols), 411 (disobedience in a colony), 423 (insult of the state). A number of this
inventory is an article in a frame that an article takes and a count does not:

* a preposition or a particle right before it (``сидит за 342``, ``у неё тоже 361``, ``went down for 342``,
  ``with 293``) and after it a clause end or a function word, never a noun (``за 342 рубля``, ``for 342
  yards``, ``в 130 километрах``, ``автобус 130``);
  ``bare_articles.py`` applies this to digits and compound words, ``spoken_articles.py`` to English pairs
  (``went down for three forty-two``, ``she is in for three six one``);
* after the number, the term given under it: an amount and a time unit (``сидит за 293 шесть лет``, ``па 342
  тры гады``, ``in for 342 two years``). A count takes its own noun after it, never a number and a unit.
"""

from __future__ import annotations

from intake.pseudonymise.detectors.pattern_tokens import Words, ends_clause
from intake.pseudonymise.detectors.termbase import UNITS, cardinal

INVENTORY = frozenset(
    {130, 285, 289, 290, 293, 310, 339, 342, 356, 357, 361, 363, 364, 367, 368, 369, 370, 411, 423}
)
# what may stand right before a bare article: a preposition an article takes, a particle, a copula
_FRAMES = frozenset(
    "за по па с со под пад тоже также таксама тож ещё еще яшчэ гэта была там тут і и for under with of also too and "
    "there".split()
)
# what may follow a bare article in the same clause: a conjunction, a pronoun, a particle, a preposition
_FOLLOWERS = frozenset(
    "и а но как или либо тоже также же ведь потом когда і але як ці альбо таксама потым калі and but or as "
    "like too also then when in at on after because since он она они я мы ён яна яны he she they i we его её "
    "ее их яго яе іх his her their у в ў на за по па из з от ад до пры при with for from under of до это гэта "
    "там here there ну вот вось well so".split()
)
def framed(words: Words, i: int, end: int, value: int) -> bool:
    """An inventory number at ``i`` (ending before ``end``) in an article's frame: a frame word right before it,
    a clause end or a function word right after it."""
    toks = words.tokens
    if value not in INVENTORY or i == 0 or ends_clause(words.gaps[i - 1]) or words.gaps[i - 1].strip():
        return False
    if toks[i - 1].low not in _FRAMES:
        return False
    gap = words.gaps[end - 1] if end < len(toks) else "."
    if gap.strip() not in ("", "-") or "  " in gap:
        return True  # a mark, or the double blank a dropped mark leaves
    return gap == " " and (toks[end].low in _FOLLOWERS or _term_after(words, end))


def _term_after(words: Words, j: int) -> bool:
    """An amount and a time unit at ``j`` (``шесть лет``, ``2 года``, ``two years``): the term under the article."""
    amount = cardinal(words, j)
    if amount is None:
        return False
    k = j + amount[1]
    return k < len(words.tokens) and words.gaps[k - 1] == " " and words.tokens[k].low in UNITS
