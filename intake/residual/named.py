"""Account names said as ordinary words after an account cue, written for the second gate on its own (no detector
code or lists).

After a word for an account (``ник``, ``юзернейм``, ``аккаунт``, ``канал``, ``профиль``, ``handle``, ``username``,
``telegram``) and a short bridge (a platform phrase ``в телеге``/``on instagram``, ``у него``, a pronoun, ``был``/
``это``/``is``, a naming verb ``называется``/``пазначана``/``is called``/``goes by``, ``как``/``як``/``as``), the
words up to the end of the clause (at most seven) are a handle when

* a spoken joiner stands between two of them (``лясная пчолка кропка гродна``), or
* they end in a number said in words (``сова девятнадцать,``) that no word of count or time comes before
  (not ``лет пять``), or
* they are two words or more and a word that says how they are written follows (``свобода для всех, слитно``,
  ``лесной брат, с маленькой``, ``silver birch, all lower case``).

The first word is no function word or number.  The cue words, the bridge and the lists below were written for
this module from general knowledge of the three languages.
"""

from __future__ import annotations

import re

_PLATFORM = (
    r"(?:телег[аеуи]|телегой|телеграм\w*|тэлег[аеуі]|тэлезе|тэлеграм\w*|тг|инстаграм\w*|инст[аеуы]|інстаграм\w*|"
    r"інст[аыу]|інсце|тикток\w*|тікток\w*|ютуб\w*|фейсбук\w*|фэйсбук\w*|вконтакте|telegram|instagram|insta|"
    r"tiktok|youtube|facebook|twitter)"
)
_CUE = re.compile(
    rf"(?<!\w)(?:ник|ника|нику|ником|нике|нік|ніка|ніку|нікам|никнейм\w*|нікнэйм\w*|юзернейм\w*|юзэрнэйм\w*|логин\w*|"
    rf"лагін\w*|акк?аунт\w*|акаўнт\w*|канал\w*|профил\w*|профіл\w*|{_PLATFORM}|handle|username|user\s+name|"
    rf"nickname|nick|login|account|channel|profile)(?!\w)",
    re.IGNORECASE,
)
_BRIDGE_WORD = (
    rf"(?:(?:в|во|у|ў|на|on|in)\s+{_PLATFORM}|у\s+(?:него|неё|нее|меня|нас|них|яго|яе|мяне|іх)|я|он|она|ён|яна|мы|"
    r"i|he|she|we|they|был|была|было|будет|есть|это|гэта|быў|будзе|ёсць|is|was|it's|i'm|называ\w+|назыв\w+|"
    r"завецца|зовётся|звучит|гучыць|пишется|пішацца|(?:под|пад|за|з)?пис[аы]н\w*|запісан\w*|пазначан\w*|указан\w*|"
    r"called|named|goes\s+by|как|як|as|ну|вот|вось|просто|проста|just|um|well)"
)
_BRIDGE = re.compile(rf"(?:[\s,:—-]+{_BRIDGE_WORD}(?!\w)){{0,5}}[\s,:—-]+", re.IGNORECASE)
_WORD = re.compile(r"[ \t]*([^\W\d_]+|\d{1,2})(?!\w)")
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.!?;:…—\n]|$)|[ \t]{2,}")
_JOINER = frozenset(
    "точка кропка dot дефис дэфіс тире dash hyphen underscore андерскор подчёркивание подчеркивание "
    "падкрэсліванне нижнее ніжняе under".split()
)
_NUMBERS = frozenset(
    """ноль нуль один одна два две три четыре пять шесть семь восемь девять десять одиннадцать двенадцать
    тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать тридцать сорок
    пятьдесят шестьдесят семьдесят восемьдесят девяносто сто адзін адна дзве тры чатыры пяць шэсць сем восем
    дзевяць дзесяць дваццаць трыццаць пяцьдзясят дзевяноста дзевятнаццаць zero one two three four five six seven
    eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty
    fifty sixty seventy eighty ninety""".split()
)
# Words of count and time a number stands after in ordinary speech (``лет пять``, ``человек сорок``).
_COUNTED = frozenset(
    "год года лет месяц месяца месяцев недели недель дня дней раз раза часа часов минут человек гады гадоў "
    "месяцы тыдні дзён разы гадзін чалавек years months weeks days times hours minutes people".split()
)
_NOT_FIRST = frozenset(
    "не ни я он она мы они это всё все ещё уже очень так там тут как какой какая какой-то давно тоже был была "
    "ён яна яны гэта усё ўсё яшчэ ужо вельмі там тут які якая даўно таксама быў the a an not no very just so "
    "something nothing down deleted closed gone".split()
)
_WRITTEN = re.compile(
    r"[ \t,.:—-]*(?:(?:ну|это|гэта|всё|все|усё|ўсё|и|і|только|пишется|пішацца|and|it's|all|written)[ \t,]+){0,3}"
    r"(?:слитно|разам|латиниц\w*|латинк\w*|латинск\w*|лацінск\w*|на\s+англ\w*|in\s+english|latin\s+letters|"
    r"лацінк\w*|латінк\w*|кириллиц\w*|кірыліц\w*|без\s+(?:пробел|прабел)\w*|"
    r"(?:с|со|з)\s+(?:маленьк|больш|заглавн|мал|вялік)\w*|lower\s*case|lowercase|small\s+letters|one\s+word|"
    r"no\s+spaces?|with(?:out)?\s+(?:an?\s+)?(?:underscore|spaces?))(?!\w)",
    re.IGNORECASE,
)
_MAX_WORDS = 7


def _clause(text: str, pos: int) -> list[re.Match[str]]:
    """The words from ``pos`` to the end of the clause, or ``[]`` when it runs past seven words."""
    words: list[re.Match[str]] = []
    while (m := _WORD.match(text, pos)) is not None:
        words.append(m)
        if len(words) > _MAX_WORDS:
            return []
        if _CLAUSE_END.match(text, m.end()) is not None or _WRITTEN.match(text, m.end()) is not None:
            return words
        pos = m.end()
    return []


def _said_handle(text: str, words: list[re.Match[str]]) -> bool:
    low = [w.group(1).lower() for w in words]
    if not low or low[0] in _NOT_FIRST or low[0] in _NUMBERS or low[0] in _JOINER or low[0].isdigit():
        return False
    if any(w in _JOINER for w in low[1:-1]):
        return True
    numbers = [i for i, w in enumerate(low) if w in _NUMBERS or w.isdigit()]
    if numbers and all(w in _NUMBERS or w.isdigit() for w in low[numbers[0] :]):
        return low[numbers[0] - 1] not in _COUNTED
    return len(low) >= 2 and _WRITTEN.match(text, words[-1].end()) is not None


def named_hits(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "handle")`` for each account name said as words after an account cue in ``text``."""
    out = []
    for cue in _CUE.finditer(text):
        bridge = _BRIDGE.match(text, cue.end())
        words = _clause(text, bridge.end()) if bridge is not None else []
        if _said_handle(text, words):
            out.append((words[0].start(1), words[-1].end(), "handle"))
    return out
