"""Identifiers as speech recognition writes them: patterns over kinds, not sentences.

* ``whisper.phone`` (PHONE): digit groups in which recognition wrote letters for digits (``2I``,
  ``l23``, ``О29``, ``З7``), commas or line breaks between the groups (``29, 123, 45, 67``, a number
  split over two segments), optionally after ``+``/``plus``/``плюс``. A run counts when it has at least
  seven digits and looks dialled: a plus or a calling code / trunk prefix, or three or more short groups.
  Lists of years (``2019, 2020, 2021``) and decimals are not phones.
* ``whisper.date`` (DATE): ``12.08`` (day.month without a year, day <= 31, month <= 12).
* terms, shares, bare ages and spoken articles (AGE_OR_SENTENCE, uncertain): ``terms.py``;
* organisations named by a description (``Бобруйской центральной больнице``, ``школе номер один``):
  ``institutions.py``;
* facilities called by their number (``на двойке``, ``в третьей``, ``in the seventeenth``): ``colonies.py``.

Uncertain spans carry score 0.5 and reason ``uncertain:<kind>``; the others are evidence (reason ``""``).
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors import colonies, institutions, terms
from intake.pseudonymise.detectors.numwords import ASR_GROUP_DIGITS, ASR_GROUP_LETTERS
from intake.pseudonymise.detectors.pattern_tokens import Words, split
from intake.pseudonymise.spans import UNCERTAIN, Span

# Letters speech recognition writes for digits (``numwords.ASR_GROUP_LETTERS``).
_ASR_DIGIT = ASR_GROUP_LETTERS
_ASR_MAP = ASR_GROUP_DIGITS
_GROUP = rf"(?:\d[\d{_ASR_DIGIT}]*|[{_ASR_DIGIT}]\d[\d{_ASR_DIGIT}]*)"
_PHONE_RUN = re.compile(
    rf"(?<![\w+])(?:(?P<plus>\+|(?:plus|плюс)\s+)\s*)?"
    rf"(?P<body>{_GROUP}(?:[ \t\n,.\-–()]{{1,4}}{_GROUP})+)(?![\w])",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DAY_MONTH = re.compile(r"(?<![\d.,])(0?[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])(?![\d]|\.\d)")
def _clock_times(groups: list[str]) -> bool:
    """``13 30, 20 30``: hour-minute pairs said without a colon, not a phone."""
    if len(groups) % 2 or not all(g.isdigit() and len(g) <= 2 for g in groups):
        return False
    pairs = zip(groups[::2], groups[1::2], strict=True)
    return all(int(h) <= 23 and len(m) == 2 and int(m) <= 59 for h, m in pairs)


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
        if (any(_YEAR.match(g) for g in groups) or _clock_times(groups)) and not m.group("plus"):
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


def _uncertain(text: str, start: int, end: int, label: str, kind: str) -> Span:
    return Span(start, end, label, text[start:end], 0.5, f"whisper.{kind}", f"{UNCERTAIN}:{kind}")


def detect(text: str, language: str, words: Words | None = None) -> list[Span]:
    """Speech-recognition-shaped phones, day.month dates, terms, institutions and facilities by number."""
    words = split(text) if words is None else words
    found = phones(text) + dates(text) + terms.detect_terms(text, words)
    found += institutions.detect_institutions(text, words, language)
    return found + colonies.detect_colonies(text, words, language)
