"""Dates: a day with a month, or a month with a year, in digits or words (ru/be/en).

Per the annotation rules a year alone, a season, a month alone, relative dates and holidays are not
dates.  Spans start at the day or month (no preposition) and include a trailing ``года``/``году``/``г.``.
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors.numwords import Number, digit_token, read_number, starts_number
from intake.pseudonymise.detectors.pattern_tokens import Token, Words, split
from intake.pseudonymise.spans import Span

_RU_MONTHS = (
    "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
)
_RU_END_SOFT = ("ь", "я", "е", "ю", "ём", "ем")
_RU_END_HARD = ("", "а", "е", "у", "ом")
_BE_MONTHS: tuple[str, ...] = (
    "студзень студзеня студзені студзеню",
    "люты лютага лютым лютаму лютае",
    "сакавік сакавіка сакавіку",
    "красавік красавіка красавіку",
    "травень траўня траўні траўню",
    "чэрвень чэрвеня чэрвені чэрвеню",
    "ліпень ліпеня ліпені ліпеню",
    "жнівень жніўня жніўні жніўню",
    "верасень верасня верасні верасню",
    "кастрычнік кастрычніка кастрычніку",
    "лістапад лістапада лістападзе лістападу",
    "снежань снежня снежні снежню",
)
_EN_MONTHS = (
    "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
    "august aug", "september sept sep", "october oct", "november nov", "december dec",
)


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for number, stem in enumerate(_RU_MONTHS, 1):
        hard = stem in ("март", "август")
        for ending in _RU_END_HARD if hard else _RU_END_SOFT:
            table[stem + ending] = number
    for number, stem in ((5, "ма"),):
        for form in ("май", "мая", "мае", "маю", "маем", "маі", "маём"):  # ``маі``: Belarusian ``у маі``
            table[form] = number
        table.pop(stem, None)
    for number, forms in enumerate(_BE_MONTHS, 1):
        for form in forms.split():
            table[form] = number
    for number, forms in enumerate(_EN_MONTHS, 1):
        for form in forms.split():
            table[form] = number
    return table


MONTHS: dict[str, int] = _month_table()
_DAY_SUFFIXES = {"го", "е", "ое", "ого", "га", "ага", "th", "st", "nd", "rd"}
_YEAR_WORDS = {"года", "году", "год", "годзе", "г", "гг", "year"}
# ``в августе 24-го``, ``у лютым 26-га``, ``в марте 23-м``: a two-digit year with a case ending after a month;
# four-digit years take the same endings (``у лістападзе 2020-га``, ``у 2021-ым``)
_SHORT_YEAR_SUFFIXES = {"го", "га", "м", "й", "ым", "ім", "ого", "ага"}
_ABBREV_NOT_WORD = {"feb", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"}  # not ``mar``, ``jan``
_ABBREV_EN = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"}
_NUMERIC = re.compile(
    r"(?<![\w.\-/])(?:(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:19|20)?\d\d"
    r"|(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    r"|(?:0[1-9]|1[0-2])[./](?:19|20)\d\d"
    r"|(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-(?:19|20)\d\d)(?![\w\-/]|[.,]\d)"  # 18-01-2022
)

# Unpunctuated speech (ASR without punctuation, lower-cased transcripts) writes ``27.09.2021`` as ``27 09 2021``
# and ``12.08`` as ``12 08`` (``1.06`` as ``1 06``): day and month (month with its leading zero, or 10-12 after a
# day of 13 and up or with a leading zero, so that ``12 8`` and clock times after ``в``/``at`` stay out) and an
# optional year, with no other digits around (phone groups).
_SPACED = re.compile(
    r"(?=\d)(?<!\d[ ,.\-])(?<!\w)(?<!\b[вуў] )(?<!\bat )(?<!around )(?<!около )(?<!каля )"
    r"(?:(?:0?[1-9]|[12]\d|3[01]) (?:0?[1-9]|1[0-2]) (?:19|20)\d\d|(?:0?[1-9]|[12]\d|3[01]) 0[1-9]"
    r"|(?:0[1-9]|1[3-9]|2\d|3[01]) 1[0-2])"  # ``17 10``: months 10-12 after a day no clock hour reads as
    r"(?![\w]|[ ,.\-]\d)"
)


def _number_at(tokens: list[Token], gap_list: list[str], i: int) -> Number | None:
    if i >= len(tokens):
        return None
    digit = digit_token(tokens[i].text)
    if digit is not None:
        return digit
    if not starts_number(tokens[i].text):
        return None
    return read_number([t.text for t in tokens[i : i + 8]], gap_list[i : i + 8])


def _day_before(tokens: list[Token], gap_list: list[str], month_i: int) -> int | None:
    """Index of the first token of a day number (ordinal or digits) right before the month, or None."""
    end = month_i - 1 if month_i > 0 and tokens[month_i - 1].low == "of" else month_i
    suffixed = end >= 2 and tokens[end - 1].low in _DAY_SUFFIXES and gap_list[end - 2] == "-"
    if suffixed and tokens[end - 2].text.isdigit() and 1 <= int(tokens[end - 2].text) <= 31:
        return end - 2  # 12-го августа
    for width in (2, 1):
        i = end - width
        if i < 0 or any(g.strip(" -") for g in gap_list[i:month_i]):
            continue
        number = _number_at(tokens[:end], gap_list, i)
        fits = number is not None and number.used == width and 1 <= number.value <= 31
        if fits and number is not None and (number.ordinal or tokens[i].text.isdigit()):
            return i
    return None


def _year_after(tokens: list[Token], gap_list: list[str], j: int) -> int | None:
    """Index after a year expression starting at ``tokens[j]`` (with ``года``/``году``), or None."""
    if j < len(tokens) and tokens[j].low == "of":
        j += 1
    number = _number_at(tokens, gap_list, j)
    if number is None:
        return None
    text = tokens[j].text
    if text.isdigit() and len(text) == 2 and j + 1 < len(tokens) and gap_list[j] == "-":
        if tokens[j + 1].low not in _SHORT_YEAR_SUFFIXES:
            return None
        word = j + 2 < len(tokens) and tokens[j + 2].low in _YEAR_WORDS and not gap_list[j + 1].strip()
        return j + 3 if word else j + 2  # ``в мае 23-го года``: the year word belongs to the date
    if text.isdigit() and len(text) == 2 and j + 1 < len(tokens) and tokens[j + 1].low in _YEAR_WORDS:
        return j + 2 if not gap_list[j].strip() else None  # ``в марте 23 года``: a month and a two-digit year
    if text.isdigit():
        if len(text) != 4 or text[:2] not in ("19", "20"):
            return None
        end = j + 1
        if end < len(tokens) and gap_list[end - 1] == "-" and tokens[end].low in _SHORT_YEAR_SUFFIXES:
            end += 1
    elif (number.ordinal and number.value < 100) or 1900 <= number.value <= 2099:
        end = j + number.used
    else:
        return _english_year(tokens, gap_list, j)
    has_word = end < len(tokens) and tokens[end].low in _YEAR_WORDS and not gap_list[end - 1].strip()
    if number.ordinal and number.value < 10 and not has_word:
        return None
    return end + 1 if has_word else end


def _english_year(tokens: list[Token], gap_list: list[str], j: int) -> int | None:
    """``twenty twenty-one`` / ``nineteen ninety-six``: two spoken halves of a year."""
    first = read_number([t.text for t in tokens[j : j + 1]], [])
    if first is None or first.value not in (19, 20):
        return None
    second = _number_at(tokens, gap_list, j + 1)
    if second is None or not 0 < second.value < 100:
        return None
    return j + 1 + second.used


def _short_year(tokens: list[Token], gap_list: list[str], j: int) -> int | None:
    """``December of '21``: an apostrophe and two digits after the month (``of`` skipped)."""
    if j < len(tokens) and tokens[j].low == "of":
        j += 1
    if j >= len(tokens) or len(tokens[j].text) != 2 or not tokens[j].text.isdigit():
        return None
    return j + 1 if gap_list[j - 1].strip().endswith(("'", "’")) else None


def _day_after(tokens: list[Token], gap_list: list[str], j: int) -> int | None:
    """``August 9``, ``August the ninth``, ``August 9th``: index after the day, or None."""
    if j < len(tokens) and tokens[j].low == "the":
        j += 1
    number = _number_at(tokens, gap_list, j)
    if number is None or not 1 <= number.value <= 31:
        return None
    if not (number.ordinal or tokens[j].text.isdigit()):
        return None
    return j + number.used


def _is_month(tokens: list[Token], m: int) -> bool:
    tok = tokens[m]
    if tok.low not in MONTHS:
        return False
    if tok.text[0].isupper() or (tok.low not in _ABBREV_EN and tok.low != "may"):
        return True
    after = tokens[m + 1].text if m + 1 < len(tokens) else ""
    if len(after) == 4 and after[:2] in ("19", "20") and after.isdigit():
        return True
    if after.isdigit() and 1 <= int(after) <= 31 and (tok.low in _ABBREV_NOT_WORD or _closes(tokens, m + 1)):
        return True  # ``aug 9``, ``sept 1 2021``: a day (and a year) after a lower-case abbreviation
    return tok.low == "may" and _day_beside(tokens, m)


def _day_beside(tokens: list[Token], m: int) -> bool:
    """Lower-case ``may`` is the month next to a day: ``2nd of may``, ``19 may``, ``may the fifth``, ``may 8``
    at the end or before a year (a modal verb is followed by a verb: ``you may 9 times say it``)."""
    before = m - 2 if m >= 2 and tokens[m - 1].low == "of" else m - 1
    after = m + 2 if m + 2 < len(tokens) and tokens[m + 1].low == "the" else m + 1
    for j in (before, after):
        if not 0 <= j < len(tokens):
            continue
        tok = tokens[j]
        number = digit_token(tok.text) or read_number([t.low for t in tokens[j : j + 2]], [])  # twenty-eighth
        if number is None or not 1 <= number.value <= 31 or not (number.ordinal or tok.text.isdigit()):
            continue
        if j == before or number.ordinal or _closes(tokens, j):
            return True
    return False


def _closes(tokens: list[Token], j: int) -> bool:
    """Nothing, or a year, follows the day at ``j`` (``may 8, 2021``)."""
    if j + 1 >= len(tokens):
        return True
    nxt = tokens[j + 1].text
    return len(nxt) == 4 and nxt.isdigit() and nxt[:2] in ("19", "20")


def _year_end(tokens: list[Token], gap_list: list[str], end_i: int, language: str) -> int | None:
    if end_i - 1 >= len(gap_list):
        return None
    gap = gap_list[end_i - 1].strip()
    if gap and not (language == "en" and gap == ","):
        return None
    return _year_after(tokens, gap_list, end_i)


def _word_dates(text: str, tokens: list[Token], gap_list: list[str], language: str) -> list[Span]:
    out: list[Span] = []
    for m in range(len(tokens)):
        if not _is_month(tokens, m):
            continue
        start_i = _day_before(tokens, gap_list, m)
        end_i = m + 1
        abbreviated = tokens[m].low in _ABBREV_EN and m < len(gap_list) and gap_list[m].strip() == "."  # Sept. 1
        if start_i is None and language == "en" and m < len(gap_list) and (not gap_list[m].strip() or abbreviated):
            day_end = _day_after(tokens, gap_list, end_i)
            if day_end is not None:
                start_i, end_i = m, day_end
        year_end = _year_end(tokens, gap_list, end_i, language)
        if year_end is None and language == "en":
            year_end = _short_year(tokens, gap_list, end_i)
        if year_end is None and start_i is None:
            continue
        end_i = year_end or end_i
        start, stop = tokens[m if start_i is None else start_i].start, tokens[end_i - 1].end
        if stop < len(text) and text[stop] == "." and tokens[end_i - 1].low == "г":
            stop += 1
        out.append(Span(start, stop, "DATE", text[start:stop], 0.9, "patterns.date"))
    return out


def detect_dates(text: str, language: str, words: Words | None = None) -> list[Span]:
    """All DATE spans."""
    words = split(text) if words is None else words
    tokens, gap_list = words.tokens, words.gaps
    out = [
        Span(m.start(), m.end(), "DATE", m.group(), 0.9, "patterns.date_numeric") for m in _NUMERIC.finditer(text)
    ]
    out += [Span(m.start(), m.end(), "DATE", m.group(), 0.7, "patterns.date_spaced") for m in _SPACED.finditer(text)]
    found = _word_dates(text, tokens, gap_list, language)
    return out + found + _range_starts(text, tokens, gap_list, found)


# Between the first and the last day or month of a range: ``с 14 по 16 августа``, ``в ночь с 9 на 10 августа``,
# ``14-16 августа``, ``в июле и августе 2021``, ``August-September 2020``, ``between June and August 2021``.
_RANGE_JOINS = frozenset("по на до и і да або или ці to and or until till through".split())


def _earlier_day(tokens: list[Token], gap_list: list[str], first: int, k: int) -> bool:
    """A one-token day (digits or an ordinal) at ``first`` that comes before the day at ``k``."""
    number, day = _number_at(tokens, gap_list, first), _number_at(tokens, gap_list, k)
    if number is None or day is None or number.used != 1 or not 1 <= number.value < day.value:
        return False
    return tokens[first].text.isdigit() or number.ordinal


def _range_starts(text: str, tokens: list[Token], gap_list: list[str], found: list[Span]) -> list[Span]:
    """The first day or month of a range whose last one heads a date: a date of its own."""
    starts = {t.start: k for k, t in enumerate(tokens)}
    out: list[Span] = []
    for span in found:
        k = starts.get(span.start)
        if k is None or k < 2:
            continue
        dash = gap_list[k - 1].strip() in ("-", "–", "—")
        first = k - 1 if dash else k - 2
        if first < 0 or (not dash and (tokens[k - 1].low not in _RANGE_JOINS or gap_list[k - 2].strip())):
            continue
        if _is_month(tokens, first) if _is_month(tokens, k) else _earlier_day(tokens, gap_list, first, k):
            tok = tokens[first]
            out.append(Span(tok.start, tok.end, "DATE", tok.text, 0.8, "patterns.date_range"))
    return out
