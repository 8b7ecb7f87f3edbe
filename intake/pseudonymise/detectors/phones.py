"""Phone numbers: international and domestic digit formats, and numbers dictated as words.

Digit formats cover Belarus (+375, 8 0xx), Russia (+7, 8 9xx), Poland (+48), Lithuania (+370),
Ukraine (+380) and any other ``+`` prefix, with groups separated by spaces, dashes or brackets.
Dictated numbers (``плюс три семь пять, двадцать девять, ...``, ``plus three seven five ...``) are read
with :func:`numwords.spoken_digits`.
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors.numwords import ASR_DIGITS, is_digit_word, spoken_digits
from intake.pseudonymise.detectors.pattern_tokens import Token, Words, split
from intake.pseudonymise.spans import Span

# A chain of digit groups: optional "+", groups of 1-5 digits, one separator (space, dash, bracket) apart.
_SEP = r"(?:[ \u00a0]{0,2}[-\u2013][ \u00a0]{0,2}|[ \u00a0]{1,2})"
# Atomic group and possessive digits: a long digit run fails in linear time instead of re-partitioning.
_CHAIN = re.compile(
    rf"(?<![\w+\-])(?:\+\s?)?\(?\d{{1,5}}+\)?(?>(?:{_SEP}?\(?\d{{1,5}}+\)?){{1,7}})(?![\w\-]|[.,]\d)"
)
_THOUSANDS = re.compile(r"^\d{1,3}(?:[ \u00a0]\d{3})+$")
_YEAR_RANGE = re.compile(r"^(?:19|20)\d\d[ \u00a0]?[-\u2013][ \u00a0]?(?:19|20)\d\d$")
_LOCAL = re.compile(r"^\(?\d{2,3}\)?[ \-]?\d{3}-\d{2}-\d{2}$|^\d{3}-\d{2}-\d{2}$")
_CUE = re.compile(
    r"(?:телефон|тэлефон|номер|нумар|звон|званіце|тел\b|моб|вайбер|viber|phone|number|call|mobile|"
    r"whatsapp|ватсап|signal|сигнал)",
    re.IGNORECASE,
)
_PLUS = {"плюс", "plus"}
_FILLERS = {"ну", "э", "ээ", "эээ", "так", "вот", "значит", "это", "гэта", "вось", "um", "uh", "er", "erm", "so"}
_SPOKEN_GAP = re.compile(r"^[\s,\-\u2013\u2014]*$")
_INTL_PREFIXES = ("375", "370", "380", "48", "7")


def has_cue(text: str, start: int, width: int = 80) -> bool:
    """True when a phone cue word occurs in the ``width`` characters before ``start``."""
    return bool(_CUE.search(text, max(0, start - width), start))


def _classify_digits(raw: str, text: str, start: int) -> bool:
    digits = re.sub(r"\D", "", raw)
    n = len(digits)
    if raw.startswith("+"):
        return 9 <= n <= 15
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


def dictated(tokens: list[Token], gap_list: list[str], i: int) -> tuple[str, int]:
    """Digits dictated from ``tokens[i]`` on and the index after the last token used.

    Fillers between groups (``двадцать девять, ну, шестьсот ...``) are stepped over.
    """
    kept: list[int] = []
    j = i
    while j < len(tokens):
        if is_digit_word(tokens[j].text) or (kept and tokens[j].text in ASR_DIGITS):
            kept.append(j)
        elif not (kept and tokens[j].low in _FILLERS and j + 1 < len(tokens) and is_digit_word(tokens[j + 1].text)):
            break
        if j < len(gap_list) and not _SPOKEN_GAP.match(gap_list[j]):
            break
        j += 1
    if not kept:
        return "", i
    kept_set = set(kept)
    joins = [gap_list[k] if k + 1 in kept_set else ", " for k in kept[:-1]] + [""]
    digits, used = spoken_digits([tokens[k].text for k in kept], joins)
    return digits, kept[used - 1] + 1 if used else i


def _accept_spoken(digits: str, plus: bool, words: int, text: str, start: int) -> bool:
    n = len(digits)
    if n < 7 or n > 13 or words < 4:
        return False
    if plus or n >= 9:
        return True
    return (digits.startswith(("80", "8")) and n == 11) or has_cue(text, start)


def spoken_phones(text: str, words: Words | None = None) -> list[Span]:
    """Phones dictated as number words (ru/be/en), with or without a leading ``плюс``/``plus``."""
    words = split(text) if words is None else words
    tokens, gap_list = words.tokens, words.gaps
    spans: list[Span] = []
    i = 0
    while i < len(tokens):
        plus = tokens[i].low in _PLUS
        first = i + 1 if plus else i
        if first >= len(tokens) or not is_digit_word(tokens[first].text):
            i += 1
            continue
        digits, end = dictated(tokens, gap_list, first)
        spoken = sum(1 for t in tokens[first:end] if not t.text.isdigit())
        if spoken and _accept_spoken(digits, plus, end - first, text, tokens[i].start):
            start, stop = tokens[i].start, tokens[end - 1].end
            spans.append(Span(start, stop, "PHONE", text[start:stop], 0.9, "patterns.phone_spoken"))
            i = end
            continue
        i = max(end, i + 1)
    return spans


def detect_phones(text: str, words: Words | None = None) -> list[Span]:
    """All phone spans, digit and dictated."""
    return digit_phones(text) + spoken_phones(text, words)
