"""Time held on remand is not a term: the remand guard of the uncertain duration rule.

Before a trial a person waits in a pre-trial prison (``СИЗО``, ``СІЗА``, ``SIZO``, ``pre-trial``, ``remand``), and
people tell how long (``в СИЗО, там он четыре месяца был``, ``for five months before the trial``). That wait is no
term of punishment: the conventions mark the term a court gave, not the remand before it. A duration is read as
remand when its clause (bounded as in ``duration_frames``; a clause opened by ``там``/``there`` also takes the
sentence before it, the place it points back to) names a pre-trial prison or ``до суда``/``да суда``/``before the
trial``, and no word of a verdict, a court, serving or release stands in it (``суд был в мае, и на Витьбу, на пять
лет``, ``he got seven years``, ``отсидел три года, считая СИЗО``).
"""

from __future__ import annotations

from intake.pseudonymise.detectors.pattern_tokens import Words

# Stems of a pre-trial prison (ru, be, en); ``pre`` counts only before ``trial`` (``pre-trial``, ``pre trial``).
_REMAND = ("сизо", "сіза", "sizo", "pretrial", "remand")
# ``до суда``, ``да суда``, ``before the trial``, ``before trial``: the wait before a court.
_BEFORE = frozenset("до да before".split())
# Words of a verdict, a court, a term served or a release: a term is told, not a remand.
_VERDICT = (
    "суд", "court", "judge", "trial", "приговор", "прысуд", "прыгавор", "verdict", "стат", "артыкул", "article",
    "режим", "рэжым", "regime", "колони", "калоні", "colony", "срок", "тэрмін", "term", "sentenc", "дали", "далі",
    "дал", "gave", "given", "got", "get", "получ", "атрымаў", "осуд", "асудз", "convict", "отсид", "адсядз",
    "адседз", "отбы", "адбы", "serv", "выйд", "вышел", "вышл", "выйш", "выход", "выпуст", "отпуст", "адпуст",
    "освобод", "вызвал", "release", "сут", "хими", "хімі", "ограничени", "абмежаван", "restrict", "осталось",
    "засталося", "left", "more", "штраф", "fine", "прокурор", "пракурор", "prosecutor", "считая", "лічачы",
    "counting", "including", "улікам",
)
_BACK = frozenset("там тут there".split())
_OPENERS = frozenset("а но але but потом потым затем then".split())
_SENTENCE_END = (".", "!", "?", ";", "\n", "…")
_SCOPE = 12


def remand(words: Words, i: int, end: int) -> bool:
    """The duration ``tokens[i:end]`` measures time on remand (see the module)."""
    lo, hi = _clause(words, i, end)
    if lo > 0 and words.tokens[lo].low in _BACK and "\n" not in words.gaps[lo - 1]:
        lo = _clause(words, lo - 1, lo)[0]  # ``СИЗО в Бресте. Там четыре месяца``: the place pointed back to
    cued = False
    for k in range(lo, hi):
        low = words.tokens[k].low
        if _waits(words, k):
            cued = True
        elif low.startswith(_VERDICT):
            return False
        cued = cued or low.startswith(_REMAND)
    return cued


def _waits(words: Words, k: int) -> bool:
    """``toks[k]`` is the trial of ``pre-trial``, ``до суда``, ``да суда``, ``before the trial``, ``before
    trial``: a court still to come."""
    low = words.tokens[k].low
    if not k or not low.startswith(("суд", "trial")):
        return False
    before = words.tokens[k - 1].low
    if low == "trial" and before == "pre":
        return True
    if before == "the" and k >= 2:
        before = words.tokens[k - 2].low
    return before in _BEFORE


def _clause(words: Words, i: int, end: int) -> tuple[int, int]:
    """The token range of the clause of ``tokens[i:end]``: up to a mark that closes a sentence or a line, or a
    word that opens a new clause, at most ``_SCOPE`` words each side."""
    toks, gaps = words.tokens, words.gaps
    lo = i
    while lo > 0 and i - lo < _SCOPE and not _closes(gaps[lo - 1]) and toks[lo].low not in _OPENERS:
        lo -= 1
    hi = end
    while hi < len(toks) and hi - end < _SCOPE and not _closes(gaps[hi - 1]) and toks[hi].low not in _OPENERS:
        hi += 1
    return lo, hi


def _closes(gap: str) -> bool:
    return any(mark in gap for mark in _SENTENCE_END)
