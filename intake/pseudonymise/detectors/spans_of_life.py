"""Durations of ordinary life, not terms of punishment: the guard of the uncertain duration rule.

A duration is a sentence length only when it is a term of punishment: given, served, left to serve, restated.
The same amount of time also measures how long someone lived somewhere, knew someone, studied, was married,
travelled, was a member of something, or how long something took (``живём тут три года``, ``вы ж мяне дваццаць
гадоў ведаеце``, ``мы з ім тры гады не бачыліся``, ``мы собрали за два дня``, ``it took me two years``,
``a member of the bar for eleven years``). Two general mechanisms, from the grammar of Russian, Belarusian and
English, not from any transcript:

* time taken: ``за`` + days, weeks or months (``за два дня собрали``), ``took``/``takes`` + duration;
* a verb or noun of an ordinary state or activity (an inventory of stems: living, knowing, seeing each other,
  studying, marriage, travel, membership, a contract) in the same phrase. ``прожил``/``пражыў`` is left out:
  ``шэсцьдзесят пяць год пражыў`` is an age.

Neither holds when the phrase speaks of punishment (a term cue: court, verdict, article, colony, serving,
release, a penalty verb), when the same amount and unit are said elsewhere beside such a word (a term restated:
``Дали три года. Три года я жила без него.``), or when the duration is an age (``с семи лет``, ``from the age``):
terms stay masked.
"""

from __future__ import annotations

from intake.pseudonymise.detectors.pattern_tokens import Token, Words

# Stems of ordinary states and activities whose length no court sets. Waiting is left out: ``ждала меня все
# три года`` is the term itself.
LIFE = (
    # Russian
    "живу", "живём", "живем", "живёт", "живет", "живут", "жил", "пожил", "знаком", "знаю", "знал",
    "знает", "знаем", "виделись", "видимся", "учился", "училась", "учились", "учусь", "женат", "замуж", "брак",
    "ездил", "езжу", "член", "контрак", "эмигр", "водил", "вожу", "рулём", "играл", "играю", "лечил", "сторожил",
    "дружим", "дружил", "дружат", "научил", "выучил",
    # Belarusian
    "жыву", "жывём", "жыве", "жывуць", "жыў", "жыла", "жылі", "знаёмы", "ведаю", "ведае",
    "ведаеш", "ведаем", "ведаў", "ведал", "бачыл", "бачым", "вучыўся", "вучылася", "вучыліся", "жанат", "шлюб",
    "ездзіл", "ездзіў", "ежджу", "сябра", "кантрак", "эміг", "вадзіў", "вадзіла", "рулём", "іграл", "іграў",
    "іграю", "лячыў", "лячыл", "сябруем", "сябруюць", "сябравал", "спяваў", "спявал", "навучыл", "вывучыл",
    # English
    "live", "lived", "living", "known", "knew", "married", "studied", "studying", "member", "contract",
    "travel", "danced", "dancing", "sewed", "bakery", "emigr", "taught", "worked", "drove", "driving", "played",
    "playing", "treated", "friends", "sang", "singing", "learned", "learnt",
)
_TAKEN = frozenset("took takes take taking заняло заняла заняў заняла".split())
# Punishment spoken of in the phrase: the duration may be a term, never guarded.
PUNISHMENT = (
    "суд", "court", "judge", "приговор", "прысуд", "прыгавор", "verdict", "стат", "артыкул", "article", "режим",
    "рэжым", "regime", "колони", "калоні", "colony", "сид", "сядз", "отсид", "адсядз", "отбы", "адбы", "serv",
    "срок", "тэрмін", "term", "sentenc", "дали", "далі", "дал", "gave", "given", "got", "get", "получ",
    "атрымаў", "посад", "пасад", "осуд", "асудз", "convict", "выйд", "вышел", "вышл", "выйш", "выход", "выпуст",
    "отпуст", "адпуст", "освобод", "вызвал", "release", "prison", "jail", "турм", "тюрьм", "арест", "арешт",
    "арышт", "сут", "шизо", "шыза", "сизо", "сіза", "ивс", "ічу", "изолят", "ізалят", "этап", "прокурор",
    "пракурор", "prosecutor", "штраф", "fine", "хими", "хімі", "ограничени", "абмежаван", "restrict",
    "осталось", "засталося", "left", "more",
)
# ``за два дня собрали``: time taken is said in days, weeks and months; ``за три года`` more often counts
# something over a term (``за тры гады два доўгія спатканні``).
_SHORT = frozenset("дня дней недели недель неделю месяца месяцев дзён дні тыдні тыдняў тыдзень месяцы месяцаў".split())
_OBJECT = frozenset("me him her us them мне яму ёй".split())
_AGE_FROM = frozenset("с со з from since".split())
_WINDOW = 8


def _phrase(words: Words, i: int, end: int) -> list[Token]:
    """Tokens around ``i..end`` up to ``_WINDOW`` either side, stopping at any mark (or the double blank a
    dropped mark leaves)."""
    toks, gaps = words.tokens, words.gaps
    lo = i
    while lo > 0 and i - lo < _WINDOW and gaps[lo - 1].strip(" ") == "" and "  " not in gaps[lo - 1]:
        lo -= 1
    hi = end
    while hi < len(toks) and hi - end < _WINDOW and gaps[hi - 1].strip(" ") == "" and "  " not in gaps[hi - 1]:
        hi += 1
    return toks[lo:hi]


def ordinary(words: Words, i: int, end: int) -> bool:
    """The duration ``tokens[i:end]`` measures ordinary life (time taken, or an activity or state of the
    inventory in its phrase), nothing in the phrase speaks of punishment and it restates no term."""
    toks = words.tokens
    before = toks[i - 1].low if i else ""
    if before in _AGE_FROM:
        return False  # ``с семи лет``: an age
    took = before in _TAKEN or (i >= 2 and before in _OBJECT and toks[i - 2].low in _TAKEN)  # ``took me``
    near = _phrase(words, i, end)
    life = took or (before == "за" and toks[end - 1].low in _SHORT) or any(t.low.startswith(LIFE) for t in near)
    return life and not any(t.low.startswith(PUNISHMENT) for t in near) and not _restated(words, i, end)


def _punished(words: Words, i: int, end: int) -> bool:
    """A word of punishment in the phrase of ``tokens[i:end]``."""
    return any(t.low.startswith(PUNISHMENT) for t in _phrase(words, i, end))


def _restated(words: Words, i: int, end: int) -> bool:
    """The same amount and unit said elsewhere in the text beside a word of punishment: a term restated
    (``Дали три года. Три года я жила без него.``)."""
    toks = words.tokens
    said = [t.low for t in toks[i:end]]
    size = end - i
    starts = (k for k in range(len(toks) - size + 1) if k != i and toks[k].low == said[0])
    return any([t.low for t in toks[k : k + size]] == said and _punished(words, k, k + size) for k in starts)
