"""What follows a phone already found: its extension, and a later echo of part of it.

An extension is said after the number (``..., добавочный 214``, ``доб. 80``, ``дадатковы шэсць чатыры``,
``ext. 176``, ``extension two one four``): the keyword and its digits join the phone.

An echo is a listener (or the speaker) repeating part of a number already given, often in the next turn and
in another form (``+375 29 974 73 35 ... Интервьюер: 73 35?``, ``... seventeen fifty-two?``): a run of
digits or number words after a phone whose digits, four or more, occur inside that phone's digits is the same
number again. A run that is a lone year (``2019``) or is followed by a unit word is a quantity and is left.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from intake.pseudonymise.detectors.numwords import is_digit_word, spoken_digits
from intake.pseudonymise.detectors.pattern_tokens import Token, Words
from intake.pseudonymise.spans import Span

_EXTENSION = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*(?:добавочн\w*|доб\.?|дадатков\w*|внутренн\w*|ext\.?|extension)"
    r"[ \u00a0]*[.:]?(?=[ \u00a0]*\w)",
    re.IGNORECASE,
)
_GAP = re.compile(r"^[ \u00a0,\-\u2013]*$")
_ECHO_WINDOW = 600  # characters after a phone in which a repeat of its digits is looked for
_MIN_ECHO = 4
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_UNITS = ("год", "гад", "лет", "рубл", "долл", "евро", "злот", "чалав", "человек", "тысяч", "year", "dollar",
          "euro", "people", "percent", "процент")


_ZERO = {"o", "oh"}  # English says the letter for zero


def _said(tokens: list[Token]) -> list[str]:
    return ["0" if t.low in _ZERO else t.text for t in tokens]


def _zero_at(tokens: list[Token], i: int, j: int) -> bool:
    """``o``/``oh`` is zero inside a run, or opening one before a digit word (``o six forty-seven``)."""
    return j > i or (j + 1 < len(tokens) and is_digit_word(tokens[j + 1].text))


def _run(tokens: list[Token], gaps: list[str], i: int) -> int:
    """Index after the run of digit tokens and number words starting at ``tokens[i]`` (separators: spaces,
    commas, dashes); an English ``o``/``oh`` inside the run is zero."""
    j = i
    while j < len(tokens) and (is_digit_word(tokens[j].text) or (tokens[j].low in _ZERO and _zero_at(tokens, i, j))):
        j += 1
        if j - 1 < len(gaps) and not _GAP.match(gaps[j - 1]):
            break
    return j


def _first_token(starts: list[int], pos: int) -> int:
    return bisect_left(starts, pos)


def _extension(text: str, words: Words, starts: list[int], phone: Span) -> Span | None:
    m = _EXTENSION.match(text, phone.end)
    if m is None:
        return None
    tokens = words.tokens
    i = _first_token(starts, m.end())
    end = _run(tokens, words.gaps, i)
    digits, used = spoken_digits(_said(tokens[i:end]), words.gaps[i:end])
    if not digits or len(digits) > 6:
        return None
    stop = tokens[i + used - 1].end
    return Span(phone.start, stop, "PHONE", text[phone.start : stop], phone.score, phone.source)


def _phone_digits(words: Words, starts: list[int], phone: Span) -> str:
    inside = range(_first_token(starts, phone.start), _first_token(starts, phone.end))
    kept = [k for k in inside if words.tokens[k].end <= phone.end and is_digit_word(words.tokens[k].text)]
    said = [words.tokens[k].text for k in kept]
    return spoken_digits(said, [words.gaps[k] if k < len(words.gaps) else "" for k in kept])[0] if said else ""


def _echoes(text: str, words: Words, starts: list[int], phone: Span, taken: list[Span]) -> list[Span]:
    whole = _phone_digits(words, starts, phone)
    if len(whole) < 7:
        return []
    tokens, out = words.tokens, []
    i = _first_token(starts, phone.end)
    while i < len(tokens) and tokens[i].start < phone.end + _ECHO_WINDOW:
        end = _run(tokens, words.gaps, i)
        if end == i or (end == i + 1 and len(tokens[i].text) < _MIN_ECHO):  # one short word: under four digits
            i = max(end, i + 1)
            continue
        said = _said(tokens[i:end])
        digits, used = spoken_digits(said, words.gaps[i:end])
        unit = end < len(tokens) and tokens[end].text.lower().startswith(_UNITS)
        lone_year = len(said) == 1 and _YEAR.match(said[0]) is not None
        start, stop = tokens[i].start, tokens[i + max(used, 1) - 1].end
        free = not any(s.start < stop and start < s.end for s in taken)
        if used and len(digits) >= _MIN_ECHO and digits in whole and not unit and not lone_year and free:
            out.append(Span(start, stop, "PHONE", text[start:stop], 0.85, "patterns.phone_echo"))
        i = end
    return out


def phone_tails(text: str, words: Words, phones: list[Span]) -> list[Span]:
    """Phones extended by their extension, and the echoes of their digits later in the text."""
    starts = [t.start for t in words.tokens]
    out = [_extension(text, words, starts, p) or p for p in phones]
    echoes: list[Span] = []
    for phone in out:
        echoes += _echoes(text, words, starts, phone, out + echoes)
    return out + echoes
