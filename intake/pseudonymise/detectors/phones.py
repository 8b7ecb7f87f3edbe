"""Phone numbers: international and domestic digit formats, and numbers dictated as words.

Digit formats cover Belarus (+375, 8 0xx), Russia (+7, 8 9xx), Poland (+48), Lithuania (+370),
Ukraine (+380) and any other ``+`` prefix, with groups separated by spaces, dashes or brackets.
Dictated numbers (``плюс три семь пять, двадцать девять, ...``, ``plus three seven five ...``) are read
with :func:`numwords.spoken_digits`; the same run reader takes noisy digit groups: letters recognition writes
for digits (``6I8``, ``о29``, a lone ``O``/``o`` between digits), slashes, dots, line breaks, and fillers or
``и``/``and`` between groups (``+375 29 731 и 20 58``, ``тридцать три, э-э, семьсот один``). A run is a phone
when it has a plus, a calling code or trunk prefix, nine digits with number words, or three groups after a
phone cue; a year among the groups or a unit word after it (``рублей``, ``лет``, ``people``) makes it a quantity.
The ``00`` access prefix before any ITU calling code (``calling_codes.py``) counts as a plus, and so does a first
group in brackets (``(371) 26 ...``); a nine-digit run said in threes (``604 118 927``) is a mobile, not a sum;
verbs of dialling and dictating (``набирайте``, ``запісвайце``, ``dial``, ``write it down``) are phone cues.
A number broken off and restarted (``+46 70... plus four six, ...``) is read by ``phone_restarts.py``: a run
the dictation reader rejects is read again from the first pause in it, so the restart is found on its own.
Measured against generated renderings by ``bench/contact_renderings.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from intake.pseudonymise.detectors.calling_codes import international
from intake.pseudonymise.detectors.numwords import (
    ASR_DIGITS,
    ASR_GROUP_DIGITS,
    ASR_GROUP_LETTERS,
    DIGIT_WORDS,
    is_digit_word,
    spoken_digits,
)
from intake.pseudonymise.detectors.pattern_tokens import Token, Words, split
from intake.pseudonymise.detectors.phone_pieces import Run, pieces
from intake.pseudonymise.detectors.phone_restarts import fragments, restarts, simple
from intake.pseudonymise.detectors.phone_tails import phone_tails
from intake.pseudonymise.spans import Span

# A chain of digit groups: optional "+", groups of 1-5 digits, one separator (space, dash, bracket) apart.
_SEP = r"(?:[ \u00a0]{0,2}[-\u2013][ \u00a0]{0,2}|[ \u00a0]{1,2})"
# Atomic group and possessive digits: a long digit run fails in linear time instead of re-partitioning.
_CHAIN = re.compile(
    rf"(?<![\w+\-])(?:\+\s?)?\(?\d{{1,5}}+\)?(?>(?:{_SEP}?\(?\d{{1,5}}+\)?){{1,7}})(?![\w\-]|[.,]\d)"
)
_THOUSANDS = re.compile(r"^\d{1,3}(?:[ \u00a0]\d{3})+$")
_NINE = re.compile(r"^\d{3}[ \u00a0]\d{3}[ \u00a0]\d{3}$")
_YEAR_RANGE = re.compile(r"^(?:19|20)\d\d[ \u00a0]?[-\u2013][ \u00a0]?(?:19|20)\d\d$")
_LOCAL = re.compile(r"^\(?\d{2,3}\)?[ \-]?\d{3}-\d{2}-\d{2}$|^\d{3}-\d{2}-\d{2}$")
# Words that announce a phone: the phone itself and its apps, and the verbs of dialling and of dictating a number
# (``набирайте``, ``запісвайце``, ``dial``, ``write it down``, ``продиктовала``).
_CUE = re.compile(
    r"(?:телефон|тэлефон|тэлефан|номер|нумар|звон|званіце|тел\b|моб|мабіл|вайбер|viber|phone|number|call|mobile|cell|"
    r"whatsapp|ватсап|signal|сигнал|сігнал|(?<!\w)(?:набира|набер|набяр|набіра|набра|dial|"
    r"(?:ring|text|reach|contact) (?:me|him|her|us|them)|записыв|запиш|запісв|запіш|write (?:it |this )?down|"
    r"note (?:it |this )?down|продикт|дыкт|диктую|dictat|связь|связи|связаться|сувязь|сувязі))",
    re.IGNORECASE,
)
_PLUS = {"плюс", "plus"}
_FILLERS = {"ну", "э", "ээ", "эээ", "так", "вот", "значит", "это", "гэта", "вось", "um", "uh", "er", "erm", "so"}
_INTL_PREFIXES = ("375", "370", "380", "48", "7")
# Words of dictation a speaker says between the groups of a number (``29, запиши, 731``, ``44, then 735``,
# ``значит, пишешь? 20 58``): stepped over like fillers, up to three in a row.
_DICTATION = {
    "запиши", "запишите", "записывай", "записываешь", "записал", "записала", "пиши", "пишешь", "пишите",
    "запішы", "запішыце", "пішы", "пішаш", "пішыце", "дальше", "далее", "далей", "потом", "потым", "ага", "угу",
    "then", "next", "okay", "ok", "got", "that", "write", "this", "down",
    "тире", "дефис", "працяжнік", "дэфіс", "dash",  # the dash between groups said as a word
    # (round 15) more words between groups, and a group corrected (``123, нет, 124``)
    "ещё", "еще", "яшчэ", "затым", "пасля", "после", "also",
    "нет", "не", "ні", "вернее", "точнее", "дакладней", "ой", "no", "sorry", "wait", "mean", "i",
}


def has_cue(text: str, start: int, width: int = 80) -> bool:
    """True when a phone cue word occurs in the ``width`` characters before ``start``."""
    return bool(_CUE.search(text, max(0, start - width), start))


def _classify_digits(raw: str, text: str, start: int) -> bool:
    digits = re.sub(r"\D", "", raw)
    n = len(digits)
    if raw.startswith("+") or international(digits):
        return 9 <= n <= 15 or (n <= 17 and international(digits))
    if _NINE.match(raw) and not raw.endswith("000") and not _unit_after(text, start + len(raw)):
        return True  # ``512 304 771``: a nine-digit mobile said in threes (Poland, Czechia), not a sum
    if _THOUSANDS.match(raw) or _YEAR_RANGE.match(raw) or n < 7 or n > 13:
        return False
    if _LOCAL.match(raw):
        return True
    if (n == 11 and digits[0] == "8") or (n == 10 and digits[0] == "0"):
        return True
    if any(digits.startswith(p) for p in _INTL_PREFIXES) and n in (11, 12):
        return " " in raw or "-" in raw or has_cue(text, start)
    grouped = bool(re.search(r"[ \-()]", raw))
    return grouped and (n >= 9 or has_cue(text, start))


def _unit_after(text: str, end: int) -> bool:
    """A unit word right after ``text[:end]`` (``... рублей``, ``... people``)."""
    return text[end : end + 12].lstrip(" \u00a0").lower().startswith(_UNITS)


def digit_phones(text: str) -> list[Span]:
    """Phones written with digits."""
    spans = []
    for match in _CHAIN.finditer(text):
        raw = match.group().rstrip()
        start = match.start()
        if raw.startswith("(") and ")" not in raw:
            raw, start = raw[1:], start + 1
        if raw.endswith(")") and "(" not in raw:
            raw = raw[:-1]
        if _classify_digits(raw, text, start):
            spans.append(Span(start, start + len(raw), "PHONE", raw, 0.95, "patterns.phone"))
    return spans


# A digit group in which recognition wrote letters for digits (``6I8``, ``4З``, ``о29``, ``2б7``).
_ASR_GROUP = re.compile(rf"^[0-9{ASR_GROUP_LETTERS}]*\d[0-9{ASR_GROUP_LETTERS}]*$")
_ASR_MAP = ASR_GROUP_DIGITS
# A letter alone stands for a digit only inside a run; lower-case ones (also words) only before another digit.
_ASR_LONE = {"o": "0", "о": "0", "l": "1", "i": "1", "з": "3"}
_JOINERS = {"и", "і", "and"}
_RUN_GAP = re.compile(r"^[\s,\-\u2013\u2014\u2026./()]*$")  # ``…``: a pause written as one character
_FILLER_GAP = re.compile(r"^[\s,\-\u2013\u2014\u2026./()?]*$")  # ``пишешь? 20 58``: a question to the listener
# Words after a number that make it a quantity, not a phone (years, money, people, days, percent).
_UNITS = (
    "год", "гад", "лет", "рубл", "руб", "долл", "бакс", "евро", "злот", "чалав", "человек", "сут", "тысяч",
    "тыс", "процент", "працэнт", "year", "dollar", "euro", "people", "percent", "roubl", "rubl", "zlot",
)
_YEAR_GROUP = re.compile(r"^(?:19|20)\d\d$")


def _digit_text(tokens: list[Token], j: int, kept: bool) -> str | None:
    """The digits ``tokens[j]`` stands for in a dictated run (a number word stays a word), or None."""
    tok = tokens[j]
    if is_digit_word(tok.text):
        return tok.text
    if not kept and tok.text == "o" and _digit_follows(tokens, j):
        return "0"  # ``o seven one ...``: English opens a trunk-dialled number with the letter for zero
    if not kept and tok.text.isalpha():
        return None  # the common case, cheaply: a word, not a digit group
    if _ASR_GROUP.match(tok.text):
        return tok.text.translate(_ASR_MAP)
    if kept and len(tok.text) >= 2 and not tok.text.strip("IilOoОоЗз"):  # ``2O, OO``: a group all in letters
        return tok.text.translate(_ASR_MAP)
    if kept and tok.text in ASR_DIGITS:
        return ASR_DIGITS[tok.text]
    if kept and tok.text == "o":  # ``... four o``: English says the letter for zero, also at the end
        return "0"
    if kept and tok.low in _ASR_LONE and j + 1 < len(tokens) and _digit_text(tokens, j + 1, True) is not None:
        return _ASR_LONE[tok.low]
    return None


def _digit_follows(tokens: list[Token], j: int) -> bool:
    nxt = tokens[j + 1].text if j + 1 < len(tokens) else ""
    return nxt == "o" or is_digit_word(nxt)


def _step_over(tokens: list[Token], gap_list: list[str], j: int) -> int:
    """Index of the digit token after fillers, dictation words or ``и``/``and`` at ``tokens[j]`` (``ну``,
    ``э-э``, ``запиши``, ``then``), else ``j``."""
    k = j
    while k < len(tokens) and k - j < 3 and (tokens[k].low in _FILLERS or tokens[k].low in _JOINERS
                                             or tokens[k].low in _DICTATION):
        if k < len(gap_list) and not _FILLER_GAP.match(gap_list[k]):
            return j
        k += 1
    return k if k > j and k < len(tokens) and _digit_text(tokens, k, True) is not None else j


def dictated(tokens: list[Token], gap_list: list[str], i: int) -> tuple[str, int, list[str]]:
    """Digits dictated from ``tokens[i]`` on, the index after the last token used, and the groups as said.

    Fillers and ``и``/``and`` between groups (``двадцать девять, ну, шестьсот ...``) are stepped over; the
    groups may be digits, digits with recognition letters (``6I8``) or number words.
    """
    kept: list[int] = []
    said: list[str] = []
    j = i
    while j < len(tokens):
        digit = _digit_text(tokens, j, bool(kept))
        if digit is None:
            after = _step_over(tokens, gap_list, j) if kept else j
            if after == j:
                break
            j = after
            continue
        kept.append(j)
        said.append(digit)
        if j < len(gap_list) and not _RUN_GAP.match(gap_list[j]):
            break
        j += 1
    if not kept:
        return "", i, []
    kept_set = set(kept)
    joins = [gap_list[k] if k + 1 in kept_set else ", " for k in kept[:-1]] + [""]
    digits, used = spoken_digits(said, joins)
    return digits, kept[used - 1] + 1 if used else i, said[:used]


def _vetoed(groups: list[str], tokens: list[Token], end: int) -> bool:
    """A year among the groups, or a unit word after the run (``2020``, ``... 500 рублей``)."""
    if any(_YEAR_GROUP.match(g) for g in groups):
        return True
    return end < len(tokens) and tokens[end].low.startswith(_UNITS)


def _accept_run(digits: str, plus: bool, groups: list[str], text: str, start: int, vetoed: bool) -> bool:
    """A dictated or noisy digit run that is a phone: a plus, a calling code or trunk prefix, spoken
    words and nine digits, or three groups after a phone cue."""
    if international(digits):  # ``00 420 ...``, ``ноль ноль сорок восемь ...``: the access prefix is a plus
        plus, digits = True, digits[2:]
    n = len(digits)
    if n < 7 or n > 15 or len(groups) < 2:
        return False
    if plus:
        return n >= 9 or len(groups) >= 3
    words = sum(1 for g in groups if not g.isdigit())
    coded = (digits.startswith(("375", "370", "380", "995", "48")) and 10 <= n <= 13) or (
        n == 11 and digits.startswith(("80", "89"))
    )
    if coded and not any(_YEAR_GROUP.match(g) for g in groups[:1]):
        return True  # ``8 0 29, 582, 1979``: a year-like group inside a dialled number is still the number
    if vetoed:
        return False
    if words and n >= 9:
        return True
    return (len(groups) >= 3 or n >= 8) and has_cue(text, start)


def _plus_before(text: str, tok: Token) -> bool:
    """``+`` before the first group, or the first group in brackets (``(44) 780 ...``, ``(0154) 28 ...``):
    a calling or area code, the way a dialled number is written."""
    if text[tok.end : tok.end + 1] == ")" and text[max(0, tok.start - 1) : tok.start] == "(":
        return True
    return text[max(0, tok.start - 3) : tok.start].strip().endswith("+")


# Every token a dictated run can open at (:func:`run_openers`): ``_run_at`` needs ``_digit_text(tokens, first,
# False)``, which is None for a word of letters only (``str.isalpha``) unless it is a cardinal number word or the
# English ``o``; ``first`` is the token itself, or the one after ``плюс``/``plus``.
_OPENING_WORDS = DIGIT_WORDS | _PLUS | {"o"}


def run_openers(tokens: list[Token]) -> list[int]:
    """The indices, ascending, of the tokens at which :func:`_run_at` can find a run (a superset: any other
    token opens none, so the scans step from one of these to the next)."""
    words = _OPENING_WORDS
    return [i for i, t in enumerate(tokens) if t.low in words or not t.text.isalpha()]


def _run_at(text: str, words: Words, i: int) -> tuple[int, bool, str, int, list[str]] | None:
    """The dictated run that ``tokens[i]`` opens (a digit group, or ``плюс``/``plus`` before one): the index of
    its first group, whether a plus leads it, its digits, the index after it and its groups; else None."""
    tokens = words.tokens
    plus = tokens[i].low in _PLUS
    first = i + 1 if plus else i
    if first >= len(tokens) or _digit_text(tokens, first, False) is None:
        return None
    digits, end, groups = dictated(tokens, words.gaps, first)
    return first, plus or _plus_before(text, tokens[first]), digits, end, groups


def spoken_phones(text: str, words: Words | None = None) -> list[Span]:
    """Phones dictated as number words (ru/be/en) or as noisy digit groups (recognition letters, fillers,
    ``и``, slashes, dots, line breaks), with or without a leading ``плюс``/``plus``/``+``."""
    words = split(text) if words is None else words
    tokens, gap_list = words.tokens, words.gaps
    spans: list[Span] = []
    i, at, opens = 0, 0, run_openers(tokens)
    while (at := bisect_left(opens, i, at)) < len(opens):
        i = opens[at]
        run = _run_at(text, words, i)
        if run is None:
            i += 1
            continue
        first, plus, digits, end, groups = run
        unit = not plus and end < len(tokens) and tokens[end].low.startswith(_UNITS)
        vetoed = not plus and _vetoed(groups, tokens, end)
        if not unit and _accept_run(digits, plus, groups, text, tokens[i].start, vetoed):
            start, stop = tokens[i].start, tokens[end - 1].end
            spans.append(Span(start, stop, "PHONE", text[start:stop], 0.9, "patterns.phone_spoken"))
            i = end
            continue
        # a rejected run that a pause splits (``+46 70... plus four six ...``) is read again after the pause
        i = max(next((k for k in range(first + 1, end) if not simple(gap_list[k - 1])), end), i + 1)
    return spans


def digit_runs(text: str, words: Words) -> list[Run]:
    """Every maximal run of digit groups in ``text`` as :func:`dictated` reads it, with its plus and whether a
    unit word follows (for ``phone_pieces.py``)."""
    tokens = words.tokens
    runs: list[Run] = []
    i, at, opens = 0, 0, run_openers(tokens)
    while (at := bisect_left(opens, i, at)) < len(opens):
        i = opens[at]
        run = _run_at(text, words, i)
        if run is None:
            i += 1
            continue
        first, plus, digits, end, groups = run
        if not digits or end <= first:
            i = first + 1
            continue
        unit = end < len(tokens) and tokens[end].low.startswith(_UNITS)
        runs.append(Run(i, end, tokens[i].start, tokens[end - 1].end, digits, tuple(groups), plus, unit))
        i = end
    return runs


def detect_phones(text: str, words: Words | None = None, runs: list[Run] | None = None) -> list[Span]:
    """All phone spans, digit and dictated, fragments of a number broken off, restarts joined to them,
    pieces said apart (``phone_pieces.py``), extensions and later echoes (``phone_tails.py``)."""
    words = split(text) if words is None else words
    found = digit_phones(text) + spoken_phones(text, words) + fragments(text, words)
    found += restarts(text, words, found)
    found += pieces(text, digit_runs(text, words) if runs is None else runs, found)
    found += _bridged(text, found)
    return phone_tails(text, words, found) if found else found


# One word between two phone spans, within the clause: a joiner the run does not know (``дальше``, ``пасьля``).
_ONE_WORD_GAP = re.compile(r"^[\s,\-\u2013\u2014\u2026]*[^\W\d_]{1,10}[\s,\-\u2013\u2014\u2026]*$")


def _bridged(text: str, found: list[Span]) -> list[Span]:
    """A phone said in two runs with one word between them (``... двадцать девять дальше сто двадцать три ...``)
    is one phone: the word between is part of it, so no digit group is left apart (a unit word after the
    first run, ``лет``, ``рублей``, makes it a quantity and stops the bridge)."""
    phones = sorted((s for s in found if s.label == "PHONE"), key=lambda s: s.start)
    out: list[Span] = []
    for left, right in pairwise(phones):
        gap = text[left.end : right.start]
        if left.end >= right.start or not _ONE_WORD_GAP.match(gap) or gap.strip(" ,-").lower().startswith(_UNITS):
            continue
        out.append(Span(left.start, right.end, "PHONE", text[left.start : right.end], 0.9, "patterns.phone_bridge"))
    return out
