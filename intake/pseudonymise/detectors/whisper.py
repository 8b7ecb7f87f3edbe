"""Identifiers as speech recognition writes them: patterns over kinds, not sentences.

* ``whisper.phone`` (PHONE): digit groups in which recognition wrote letters for digits (``2I``,
  ``l23``, ``О29``, ``З7``), commas or line breaks between the groups (``29, 123, 45, 67``, a number
  split over two segments), optionally after ``+``/``plus``/``плюс``. A run counts when it has at least
  seven digits and looks dialled: a plus or a calling code / trunk prefix, or three or more short groups.
  Lists of years (``2019, 2020, 2021``) and decimals are not phones.
* ``whisper.date`` (DATE): ``12.08`` (day.month without a year, day <= 31, month <= 12).
* ``whisper.duration`` (AGE_OR_SENTENCE, uncertain): a number in digits or words followed by a unit of
  time (``шестьдесят месяцев``, ``3 года``, ``fifteen days``), unless it is relative (``пять лет назад``,
  ``через``, ``ago``); and ``два из трёх`` (served two of three).
* ``whisper.org`` (ORGANISATION, uncertain): an institution described by a regional adjective
  (``областная больница``, ``районный суд``, ``гарадская школа``), which in a small town names one place.

Uncertain spans carry score 0.5 and reason ``uncertain:<kind>``; the others are evidence (reason ``""``).
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.numwords import read_number, starts_number
from intake.pseudonymise.detectors.pattern_tokens import Words, split
from intake.pseudonymise.spans import UNCERTAIN, Span

# Letters speech recognition writes for digits (Latin I, l, O, o; Cyrillic О, о, З, з).
_ASR_DIGIT = "IlOoОоЗз"
_ASR_MAP = str.maketrans({"I": "1", "l": "1", "O": "0", "o": "0", "О": "0", "о": "0", "З": "3", "з": "3"})
_GROUP = rf"(?:\d[\d{_ASR_DIGIT}]*|[{_ASR_DIGIT}]\d[\d{_ASR_DIGIT}]*)"
_PHONE_RUN = re.compile(
    rf"(?<![\w+])(?:(?P<plus>\+|(?:plus|плюс)\s+)\s*)?"
    rf"(?P<body>{_GROUP}(?:[ \t\n,.\-–()]{{1,4}}{_GROUP})+)(?![\w])",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DAY_MONTH = re.compile(r"(?<![\d.,])(0?[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])(?![\d]|\.\d)")
UNITS = frozenset(
    "год года лет году годом месяц месяца месяцев сутки суток день дня дней недель недели неделю "
    "гадоў гады год месяцы месяцаў сутак дзён дні тыдняў year years month months day days week weeks".split()
)
RELATIVE_AFTER = frozenset("назад тому спустя ago later back".split())
RELATIVE_BEFORE = frozenset("через за последние ближайшие первые каждые праз in every first каждыя першыя".split())
_ONE = frozenset("один одна одно одни адзін адна адно one a an".split())
_REGIONAL = frozenset(
    "областной районный городской республиканский региональный межрайонный обласны раённы гарадскі "
    "рэспубліканскі".split()
)
_INSTITUTIONS = frozenset(
    "больница поликлиника школа гимназия лицей колледж университет институт суд библиотека газета "
    "диспансер роддом техникум бальніца паліклініка школа гімназія ліцэй каледж універсітэт суд".split()
)


def _digits(body: str) -> str:
    return "".join(ch for ch in body.translate(_ASR_MAP) if ch.isdigit())


def phones(text: str) -> list[Span]:
    out = []
    for m in _PHONE_RUN.finditer(text):
        body = m.group("body")
        groups = re.findall(_GROUP, body)
        digits = _digits(body)
        if len(digits) < 7 or len(digits) > 15:
            continue
        if any(_YEAR.match(g) for g in groups) and not m.group("plus"):
            continue
        asr = any(not ch.isdigit() for g in groups for ch in g)
        short = sum(len(g) <= 4 for g in groups) >= 3
        prefixed = bool(m.group("plus")) or digits.startswith(("375", "80", "48", "370", "7"))
        if not (prefixed or short) or (not asr and not prefixed and "," not in body and "\n" not in body):
            continue  # plain digit phones are phones.py's; this adds the noisy ones
        out.append(Span(m.start(), m.end(), "PHONE", text[m.start() : m.end()], 0.9, "whisper.phone"))
    return out


def dates(text: str) -> list[Span]:
    return [
        Span(m.start(), m.end(), "DATE", m.group(), 0.6, "whisper.date", f"{UNCERTAIN}:date")
        for m in _DAY_MONTH.finditer(text)
    ]


def _number_at(words: Words, i: int) -> int:
    """Tokens used by a number (digits or words) starting at token ``i`` (0 when none)."""
    tok = words.tokens[i]
    if tok.text.isdigit():
        return 1
    if not starts_number(tok.low):
        return 0
    lows = [t.low for t in words.tokens[i : i + 5]]
    num = read_number(lows, words.gaps[i : i + 4])
    return num.used if num and not num.ordinal else 0


def durations(text: str, words: Words) -> list[Span]:
    toks = words.tokens
    out: list[Span] = []
    i = 0
    while i < len(toks):
        used = _number_at(words, i)
        if not used:
            i += 1
            continue
        j = i + used
        if j < len(toks) and toks[j].low in UNITS and words.gaps[j - 1].strip() == "":
            after = toks[j + 1].low if j + 1 < len(toks) else ""
            before = toks[i - 1].low if i else ""
            twice = i >= 2 and toks[i - 2].low in ("раз", "once", "twice") and before in ("в", "у", "every")
            single = used == 1 and (toks[i].low in _ONE or toks[i].text == "1")
            if after not in RELATIVE_AFTER and before not in RELATIVE_BEFORE and not twice and not single:
                out.append(_uncertain(text, toks[i].start, toks[j].end, "AGE_OR_SENTENCE", "duration"))
            i = j + 1
            continue
        share = j + 1 < len(toks) and toks[j].low in ("из", "з", "of") and not single_word(toks[i].low)
        if share and _number_at(words, j + 1):
            end = j + 1 + _number_at(words, j + 1) - 1
            out.append(_uncertain(text, toks[i].start, toks[end].end, "AGE_OR_SENTENCE", "duration"))
            i = end + 1
            continue
        i = j
    return out


def single_word(low: str) -> bool:
    """``одно из трёх`` is a share, not a sentence served."""
    return low in _ONE


def regional_orgs(text: str, words: Words) -> list[Span]:
    toks = words.tokens
    out = []
    for i in range(len(toks) - 1):
        if not toks[i].text[:1].isalpha() or words.gaps[i].strip() != "":
            continue
        adj = namelex.lemma(toks[i].text) if toks[i].low.endswith(_ADJ_TAILS) else ""
        if adj in _REGIONAL or toks[i].low in _REGIONAL:
            noun = toks[i + 1]
            if noun.low in _INSTITUTIONS or namelex.lemma(noun.text) in _INSTITUTIONS:
                out.append(_uncertain(text, toks[i].start, noun.end, "ORGANISATION", "org"))
    return out


_ADJ_TAILS = tuple("ая ой ый ий ое ую ом ым ей ого ому ае ы і ай".split())


def _uncertain(text: str, start: int, end: int, label: str, kind: str) -> Span:
    return Span(start, end, label, text[start:end], 0.5, f"whisper.{kind}", f"{UNCERTAIN}:{kind}")


def detect(text: str, language: str) -> list[Span]:
    """Speech-recognition-shaped phones, day.month dates, durations and regional institutions."""
    words = split(text)
    return phones(text) + dates(text) + durations(text, words) + regional_orgs(text, words)
