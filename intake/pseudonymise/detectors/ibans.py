"""IBANs read as a speaker gives them: the country code and check digits, then groups of digits and bank
letters that may be said as number words, broken by a Whisper segment break, a comma or an ellipsis.

A run starts at a country code of the IBAN registry followed by two check digits (``LT12``, ``lt 12``,
``bg два адзін``) and takes digit groups, letter groups and number words until it holds the country's
IBAN length; it counts when it holds exactly that length, or when its mod-97 check holds.

IBAN lengths: the SWIFT IBAN Registry (public knowledge, written out by hand for Intake); public domain.
"""

from __future__ import annotations

import re
from functools import cache

from intake.pseudonymise.detectors.numwords import is_digit_word, spoken_digits
from intake.pseudonymise.detectors.pattern_tokens import Token, Words, split
from intake.pseudonymise.spans import Span

_LENGTHS = (
    "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29 ES24 "
    "FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 "
    "LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 "
    "SC31 SE24 SI19 SK24 SM27 SV28 TL23 TN24 TR26 UA29 VG24 XK20"
)
# Between two groups: blanks, a comma, an ellipsis or a line break (a Whisper segment break), nothing else.
_GAP = re.compile(r"^[ \t\u00a0]*[,.\u2026]{0,3}\s{0,3}$")
_GROUP = re.compile(r"^[A-Za-z0-9]{1,30}$")
_CUE = re.compile(
    r"(?:сч[её]т|рахун|iban|айбан|рэквізіт|реквизит|account|bank|банк|перев[оеё]д|перавод|перакід|transfer)",
    re.IGNORECASE,
)


@cache
def lengths() -> dict[str, int]:
    """Country code -> IBAN length, for every country of the IBAN registry."""
    return {item[:2]: int(item[2:]) for item in _LENGTHS.split()}


def _check_ok(compact: str) -> bool:
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


_ZERO_LETTERS = frozenset("oO")  # ``... o nine seven``: English says the letter for zero


def _said(word: str) -> bool:
    """A number word (or the letter o for zero) in a dictated group, not a digit group."""
    return word in _ZERO_LETTERS or (is_digit_word(word) and not word.isdigit())


def _piece(tokens: list[Token], gap_list: list[str], j: int, first: bool = False) -> tuple[str, int]:
    """The characters tokens[j:] stand for in an IBAN (a group, or a run of number words) and tokens used.
    A group of letters only is a bank code, right after the check digits (``kbpr``, ``AKBB``)."""
    if _said(tokens[j].text):
        k = j
        while k < len(tokens) and _said(tokens[k].text):
            k += 1
            if k - 1 < len(gap_list) and not _GAP.match(gap_list[k - 1]):
                break
        said = ["zero" if t.text in _ZERO_LETTERS else t.text for t in tokens[j:k]]
        return spoken_digits(said, gap_list[j:k])
    group = tokens[j].text
    if _GROUP.match(group) and (not group.isalpha() or (first and len(group) in (2, 4))):
        return group.upper(), 1
    return "", 0


def _head(tokens: list[Token], gap_list: list[str], i: int) -> tuple[str, int] | None:
    """``LT12`` / ``LT 12`` / ``lt двенадцать`` at ``tokens[i]``: the country and check digits, tokens used."""
    text = tokens[i].text.upper()
    if len(text) >= 4 and text[:2] in lengths() and text[2:4].isdigit():
        return text, 1
    if len(text) != 2 or text not in lengths() or i + 1 >= len(tokens) or not _GAP.match(gap_list[i]):
        return None
    piece, used = _piece(tokens, gap_list, i + 1)
    if len(piece) < 2 or not piece[:2].isdigit():
        return None
    return text + piece, 1 + used


def _read(text: str, tokens: list[Token], gap_list: list[str], i: int) -> int | None:
    """Index after the last token of an IBAN starting at ``tokens[i]``, or None."""
    head = _head(tokens, gap_list, i)
    if head is None:
        return None
    compact, j = head[0], i + head[1]
    want = lengths()[compact[:2]]
    while len(compact) < want and j < len(tokens) and _GAP.match(gap_list[j - 1]):
        piece, used = _piece(tokens, gap_list, j, first=len(compact) == 4)
        if not used or len(compact) + len(piece) > want:
            break
        compact, j = compact + piece, j + used
    if len(compact) != want or not (_check_ok(compact) or j - i >= 3):
        return None
    # ``at 29 1234 ...``: a small word and a number; a spaced small code needs the check digits or an account cue
    if head[1] == 2 and tokens[i].text.islower() and not _check_ok(compact):
        return j if _CUE.search(text, max(0, tokens[i].start - 80), tokens[i].start) else None
    return j


def _may_start(tok: Token) -> bool:
    return len(tok.text) >= 2 and tok.text[:2].upper() in lengths() and tok.text[:2].isalpha()


def spoken_ibans(text: str, words: Words | None = None) -> list[Span]:
    """IBANs whose groups are spelled out, said as number words or broken over a segment break."""
    words = split(text) if words is None else words
    tokens, gap_list = words.tokens, words.gaps
    out: list[Span] = []
    i = 0
    while i < len(tokens):
        end = _read(text, tokens, gap_list, i) if _may_start(tokens[i]) else None
        if end is None:
            i += 1
            continue
        start, stop = tokens[i].start, tokens[end - 1].end
        out.append(Span(start, stop, "ID_NUMBER", text[start:stop], 0.9, "patterns.iban_spoken"))
        i = end
    return out
