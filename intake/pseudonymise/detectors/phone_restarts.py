"""Phones the speaker starts, breaks off and restarts: ``+46 70... plus four six, seven zero, 418 25 93``.

Two readings, both over the tokens of the text and the phones ``phones.py`` already found:

* a **fragment**: ``+``, ``плюс``/``plus`` or the ``00`` access prefix (digits or words), then digit groups up to
  a break (an ellipsis, a dash, a line break, a word), whose digits begin with an ITU calling code
  (``calling_codes.py``) and go on past it (``+46 70``), or a code of three digits (``плюс 370``), or a code said
  digit by digit (``plus four six``); not before a unit (``плюс 20 процентов``, ``+5 градусов``);
* a **restart**: a phone, a break before it (an ellipsis, a dash, a filler or a correction word: ``ну``,
  ``вернее``, ``I mean``, ``sorry``), and before that a fragment or a run of digit groups whose first digits the
  phone repeats (``8 029... восемь ноль двадцать девять, 418 ...``): fragment, break and phone become one span.

The break words are everyday Russian, Belarusian and English speech, written for Intake; public domain.
"""

from __future__ import annotations

import bisect
import re

from intake.pseudonymise.detectors.calling_codes import calling_code
from intake.pseudonymise.detectors.numwords import is_digit_word, spoken_digits
from intake.pseudonymise.detectors.pattern_tokens import Token, Words
from intake.pseudonymise.spans import Span

_PLUS = frozenset({"плюс", "plus"})
_ZERO = frozenset({"ноль", "нуль", "zero", "oh", "o"})
# Words a speaker says between a broken-off number and its restart: fillers and corrections.
_BREAK_WORDS = frozenset(
    "ну э ээ эээ так вот значит это то есть вернее точнее нет не ой сейчас щас извините простите короче ещё раз "
    "сначала заново гэта значыць вось дакладней прабачце зноў um uh er erm so i mean sorry no wait let me start "
    "again hold on once more".split()
)
# A pause written into the text: an ellipsis (or the blanks it leaves in unpunctuated text), a dash, a line break.
_PAUSE = re.compile(r"\.\.|…|—|–|\s-\s|\n| {3,}")  # `` {3,}``: an ellipsis blanked (``44 465    так``)
_SIMPLE_GAP = re.compile(r"^[ \u00a0,\-./()]*$")
_UNITS = ("%", "процент", "працэнт", "градус", "percent", "degree", "°", "год", "лет", "рубл", "человек",
          "чалавек", "year", "people", "dollar", "euro", "евро", "долл", "тыс", "thousand", "million", "млн")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def simple(gap: str) -> bool:
    """The text between two groups of one number as said at once: separators, no pause."""
    return bool(_SIMPLE_GAP.match(gap)) and not _PAUSE.search(gap)


def _digit(tok: Token) -> bool:
    return tok.text.isdigit() or is_digit_word(tok.text)


def _said(tok: Token) -> str | None:
    """What ``tok`` dictates: digits, a number word, ``0`` for English ``o``/``oh``; else None."""
    if tok.low in ("o", "oh"):
        return "0"
    return tok.text if _digit(tok) else None


def _lead(text: str, tokens: list[Token], i: int) -> int | None:
    """Index of the first digit token after a plus or ``00`` lead at ``tokens[i]``, else None."""
    tok = tokens[i]
    if tok.low in _PLUS:
        return i + 1
    if i and tokens[i - 1].text[-1].isdigit() and _SIMPLE_GAP.match(text[tokens[i - 1].end : tok.start]):
        return None  # ``9 00``: the zeros of a time or a sum, not an access prefix
    pair = i + 1 < len(tokens) and tokens[i + 1].low in _ZERO and tok.low in _ZERO | {"double"}
    if tok.text == "00" or pair:
        return i + (1 if tok.text == "00" else 2)
    if tok.text.isdigit() and text[max(0, tok.start - 2) : tok.start].strip() == "+":
        return i
    return None


def _run(words: Words, first: int) -> tuple[list[str], list[str], int]:
    """The digit tokens from ``tokens[first]`` up to a break, their joins, and the index after the last one."""
    tokens, gaps = words.tokens, words.gaps
    said: list[str] = []
    joins: list[str] = []
    j = first
    while j < len(tokens) and (_digit(tokens[j]) or (said and tokens[j].low in ("o", "oh"))) and len(said) < 6:
        said.append("0" if tokens[j].low in ("o", "oh") else tokens[j].text)
        gap = gaps[j] if j < len(gaps) else ""
        joins.append(gap)
        j += 1
        if not simple(gap):
            break
    return said, joins, j


def _unit_after(text: str, end: int) -> bool:
    return text[end : end + 14].lstrip(" \u00a0").lower().startswith(_UNITS)


def _is_fragment(digits: str, said: list[str]) -> bool:
    """A calling code and more digits, a three-digit code, or a code said digit by digit."""
    code = calling_code(digits)
    if code is None or len(digits) > 15:
        return False
    if len(digits) > len(code) and len(said) >= 2:
        return True
    spelled = len(said) >= 2 and all(len(spoken_digits([w], [""])[0]) == 1 for w in said[:2])
    return len(code) == 3 or spelled


def fragments(text: str, words: Words) -> list[Span]:
    """Plus-led fragments of a phone (see the module docstring), complete or not."""
    tokens = words.tokens
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        if not (tok.low in _PLUS or tok.text[0].isdigit() or tok.low in _ZERO or tok.low == "double"):
            continue
        first = _lead(text, tokens, i)
        if first is None or first >= len(tokens):
            continue
        said, joins, end = _run(words, first)
        digits, used = spoken_digits(said, joins)
        if not used or used < len(said) or _unit_after(text, tokens[end - 1].end):
            continue
        if _is_fragment(digits, said) and not any(_YEAR.match(w) for w in said[1:]):
            start = text.rindex("+", 0, tok.start) if first == i else tok.start
            out.append(Span(start, tokens[end - 1].end, "PHONE", text[start : tokens[end - 1].end], 0.9,
                            "patterns.phone_fragment"))
    return out


def is_break(gap: str) -> bool:
    """The text between a broken-off number and its restart: a pause or up to five filler or correction words."""
    if len(gap) > 50:
        return False
    found = re.findall(r"[^\W\d_]+", gap.lower())
    if len(found) > 5 or any(w not in _BREAK_WORDS for w in found):
        return False
    return bool(found) or bool(_PAUSE.search(gap))


def _digits_within(words: Words, start: int, end: int) -> str:
    said = [w for t in words.tokens if start <= t.start and t.end <= end and (w := _said(t)) is not None]
    return spoken_digits(said, [" "] * len(said))[0]


def _run_before(text: str, words: Words, k: int) -> tuple[int, str] | None:
    """The start and digits of a digit run that ends, before a break, just before ``tokens[k]``."""
    tokens, gaps = words.tokens, words.gaps
    j = k - 1
    while j >= 0 and k - j <= 5 and tokens[j].low in _BREAK_WORDS:
        j -= 1
    if j < 0 or _said(tokens[j]) is None or not is_break(text[tokens[j].end : tokens[k].start]):
        return None
    first = j
    while first > 0 and j - first < 9 and _said(tokens[first - 1]) is not None and simple(gaps[first - 1]):
        first -= 1
    said = [_said(t) or "" for t in tokens[first : j + 1]]
    if any(_YEAR.match(w) for w in said):
        return None
    digits, used = spoken_digits(said, [*gaps[first:j], ""])
    return (tokens[first].start, digits) if used == len(said) and len(digits) >= 2 else None


def _repeats(fragment: str, phone: str) -> bool:
    """The restarted ``phone`` says the fragment's first digits, or its last two, again (trunk zeros aside)."""
    head = fragment.lstrip("0")[:3]
    return len(head) >= 2 and (head in phone[:8] or fragment[-2:] in phone[:8])


def restarts(text: str, words: Words, phones: list[Span]) -> list[Span]:
    """Spans that join a broken-off number, the break and the restarted phone (see the module docstring)."""
    tokens = words.tokens
    starts = [t.start for t in tokens]
    out: list[Span] = []
    ordered = sorted(phones, key=lambda s: (s.start, -s.end))
    reach: Span | None = None
    for span in ordered:
        start = None
        if reach is not None and reach.end <= span.start and is_break(text[reach.end : span.start]):
            start = reach.start
        elif reach is None or reach.end <= span.start:
            k = bisect.bisect_left(starts, span.start)
            before = _run_before(text, words, k) if k < len(tokens) else None
            if before is not None and _repeats(before[1], _digits_within(words, span.start, span.end)):
                start = before[0]
        if start is not None:
            out.append(Span(start, span.end, "PHONE", text[start : span.end], 0.9, "patterns.phone_restart"))
        if reach is None or span.end > reach.end:
            reach = span
    return out
