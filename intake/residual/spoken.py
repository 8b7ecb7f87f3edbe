"""Spoken and mixed shapes of contacts, written for the second gate on its own (no detector code or lists).

* a run of five or more dictated digits said as number words, digits or letters recognition writes for
  digits (``тры адзін пяць нуль восем``, ``five five one, four O, I two``, ``двадцать девять, ну, 6I8``);
* a word that mixes letters and five or more digits (``MP4417086``, ``3150856A012PB4``, ``pl61109010...``);
* Latin words joined by a spoken separator (``kira dot pishet``, ``zubr дефис help``), and any words joined by
  ``точка``/``кропка`` right after an account cue (``ник кира точка пишет``);
* an account cue followed by a Latin word (``телеграм kira_pishet``, ``instagram zorka.lis``, ``handle: I'm
  dub-vera``), or by any words joined by ``дефис`` (``ник кира дефис юрист``);
* an account name said as ordinary words after an account cue (``ник в телеге был сова девятнадцать``,
  ``аккаунт называется свобода для всех, слитно``: ``named.py``);
* a calling code said digit by digit after ``плюс``/``plus`` or a spoken ``00`` (``plus four six``, ``нуль нуль
  тры сем``), the start of a phone even when the speaker breaks off there;
* a web address whose dots were not written (``spring96 org``, ``lindenrow co uk``), or whose spoken dot is
  joined to its words (``дапамога-кропка-бай``, ``светлыйдомточкабай``).

Number words: the cardinals a speaker uses to dictate digits in Russian, Belarusian and English, in the
nominative (written for this module from general knowledge; no external source).
"""

from __future__ import annotations

import re

from intake.residual.named import named_hits
from intake.residual.spelled import spelled_hits

_NUMBER_WORDS = """
ноль нуль один одна два две три четыре пять шесть семь восемь девять десять одиннадцать двенадцать
тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать тридцать
сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто сто двести триста четыреста пятьсот шестьсот
семьсот восемьсот девятьсот
адзін адна дзве тры чатыры пяць шэсць сем восем дзевяць дзесяць адзінаццаць дванаццаць трынаццаць
чатырнаццаць пятнаццаць шаснаццаць сямнаццаць васямнаццаць дзевятнаццаць дваццаць трыццаць сорак
пяцьдзясят пяцьдзесят шэсцьдзясят шэсцьдзесят семдзесят восемдзесят дзевяноста дзвесце трыста чатырыста
пяцьсот шэсцьсот семсот восемсот дзевяцьсот
zero oh o one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
double triple
""".split()
_NUMBERS = frozenset(_NUMBER_WORDS)
_TOKEN = re.compile(r"\w+")
_GROUP = re.compile(r"[0-9IlіOoОоЗзбb]*\d[0-9IlіOoОоЗзбb]*|[IOОЗ]")  # digits, with letters ASR writes for digits
_BETWEEN = re.compile(
    r"[\s,.\-–—]{1,4}(?:(?:ну|э|ээ|э-э|и|і|and|um|uh|er|erm|so|then|вот|вось|так|значит|значыць)[\s,.\-–—]{1,3})?",
    re.IGNORECASE,
)
_ASR_DIGITS = "0123456789IilіІOoОоЗзБбb"
_MIXED_ID = re.compile(r"(?<!\w)(?=[^\W_]*[^\W\d_])(?:[^\W_]*?\d){5}[^\W_]*(?!\w)")
# A document series written against the first digits and the rest in groups (``FE513 050``, ``ab10 01 023``).
_SERIES_GROUPED = re.compile(r"(?<!\w)[^\W\d_]{2}\d{1,4}(?:[ \-]\d{2,4})+(?![\w])")
_SEPARATOR = r"(?:точка|кропка|dot|дефис|дэфіс|тире|dash|hyphen|underscore|подч[её]ркивание|падкрэсліванне)"
_LATIN_JOINED = re.compile(rf"(?<!\w)[A-Za-z][A-Za-z0-9]*\s+{_SEPARATOR}\s+[A-Za-z0-9]+(?!\w)", re.IGNORECASE)
_CUE = r"(?:ник|нік|никнейм|логин|лагін|телеграм\w*|тэлеграм\w*|инстаграм\w*|інстаграм\w*|тг|nick\w*|" \
    r"username|login|telegram|instagram|insta|handle)"
_CUED_JOINED = re.compile(
    rf"(?<!\w){_CUE}(?:[\s,:—-]+\w+){{0,3}}?[\s,:—-]+(\w+\s+(?:точка|кропка|dot|дефис|дэфіс|тире|dash)\s+\w+)",
    re.IGNORECASE
)
_CUED_LATIN = re.compile(
    rf"(?<!\w){_CUE}(?:[\s,:—-]+[^\W\d_]+(?:['’][^\W\d_]+)?){{0,3}}?[\s,:—-]+(@?[A-Za-z][A-Za-z0-9_.\-]{{2,}})",
    re.IGNORECASE
)
_COMMON_LATIN = frozenset("is as and the my her his at on in me it called I'm or but".lower().split())


def _dictated(text: str) -> list[tuple[int, int, str]]:
    """Runs of five or more number words or digit groups, standing for at least five digits, with at least one
    number word (a run of digit groups alone is the ``digits`` kind's: one reason per hit)."""
    out: list[tuple[int, int, str]] = []
    start = last = count = digits = words = 0
    for m in _TOKEN.finditer(text):
        word = m.group()
        said = word.lower() in _NUMBERS
        if not said and _GROUP.fullmatch(word) is None:
            continue
        if not (count and _BETWEEN.fullmatch(text, last, m.start())):
            if count >= 5 and digits >= 5 and words:
                out.append((start, last, "spoken-contact"))
            start, count, digits, words = m.start(), 0, 0, 0
        count += 1
        words += said
        grouped = word[0].isdigit() or word[-1].isdigit()
        digits += len(word) if grouped else int(word.lower() not in ("double", "triple"))
        last = m.end()
    if count >= 5 and digits >= 5 and words:
        out.append((start, last, "spoken-contact"))
    return out


_DIGIT = (r"(?:ноль|нуль|один|адзін|два|три|тры|четыре|чатыры|пять|пяць|шесть|шэсць|семь|сем|восемь|девять|"
          r"дзевяць|zero|oh|o|one|two|three|four|five|six|seven|eight|nine)")
_ZEROS = r"(?:плюс|plus|(?:double|ноль|нуль|zero|oh)\s+(?:ноль|нуль|zero|oh|o))"
_SPOKEN_CODE = re.compile(rf"(?<!\w){_ZEROS}[\s,]+{_DIGIT}(?:[\s,]+{_DIGIT})+(?!\w)", re.IGNORECASE)


# A web address whose spoken dot is joined to its words by hyphens or written together with them
# (``дапамога-кропка-бай``, ``светлыйдомточкабай``, ``help-dot-org``): the spaced form is ``scan._SPOKEN``'s.
_JOINED_URL = re.compile(
    r"(?<![\w.@])[^\W_]+(?:-[^\W_]+)*-?(?:точка|кропка|dot)-?(?:бай|ком|орг|ру|нет|нэт|ми|by|com|org|net|ru|me|io|info)"
    r"(?!\w)",
    re.IGNORECASE,
)
# Top-level domains that are no word of the three languages (not ``by``, ``me``, ``нет``).
# A function word of prose is no host (``the com``, ``in the org``).
_BLANKED_URL = re.compile(r"(?<![\w@.\-/])(?!(?:the|and|for|from|this|that|with|into|our|its|their|your)\s)"
                          r"[A-Za-z][A-Za-z0-9\-]{2,30}(?: co)? (?:com|org|net|pl|lt|ua|io|uk)(?![\w@])")


def _digits_in(found: str) -> int:
    return sum(ch.isdigit() for ch in found)


def spoken_hits(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` for the spoken and mixed contact shapes in ``text``."""
    found = _dictated(text) + spelled_hits(text) + named_hits(text)
    found += [(m.start(), m.end(), "calling-code") for m in _SPOKEN_CODE.finditer(text)]
    # letters that are not recognition's digits (``KH7781204``, not ``3752i1``: that is a noisy digit group)
    found += [(m.start(), m.end(), "digits") for m in _MIXED_ID.finditer(text) if m.group().strip(_ASR_DIGITS)]
    found += [(m.start(), m.end(), "digits") for m in _SERIES_GROUPED.finditer(text) if _digits_in(m.group()) >= 6]
    found += [(m.start(), m.end(), "handle") for m in _LATIN_JOINED.finditer(text)]
    found += [(m.start(1), m.end(1), "handle") for m in _CUED_JOINED.finditer(text)]
    found += [(m.start(), m.end(), "url") for m in _BLANKED_URL.finditer(text)]
    found += [(m.start(), m.end(), "url") for m in _JOINED_URL.finditer(text)]
    for m in _CUED_LATIN.finditer(text):
        if m.group(1).lower().rstrip(".") not in _COMMON_LATIN:
            found.append((m.start(1), m.start(1) + len(m.group(1).rstrip(".-")), "handle"))
    return found
