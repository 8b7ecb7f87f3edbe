"""Long digit runs in which speech recognition wrote letters for digits, with no cue before them.

Kind: an identity or case number copied from a paper and written by recognition with letters that look like digits
(``21I2OO1O0417``, ``3O4l9921O7``, ``88З1О44O2``): ``ids.py`` reads a plain run of eight digits or more as a number
(``long_digits``) and a run with such letters only after a document cue; far from its cue the mixed run went
unmasked.  The letters are the ones the phone readers already take for digits (``numwords.ASR_GROUP_LETTERS``).

Why it is safe: no word of any of the three languages is eight characters or more of digits and those letters
alone with at least six real digits, and a letter group must stand between two digits (``100000lb`` is a
quantity and a unit, not a number); pieces joined by a hyphen or a slash are read as one run, as case numbers are
written (``21I2-OO1O-0417``).
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors.numwords import ASR_GROUP_DIGITS, ASR_GROUP_LETTERS
from intake.pseudonymise.spans import Span

_CH = f"[0-9{ASR_GROUP_LETTERS}]"
# Cheap test first: a digit next to one of the letters.
_MIXED = re.compile(rf"\d[{ASR_GROUP_LETTERS}]|[{ASR_GROUP_LETTERS}]\d")
_RUN = re.compile(rf"(?<![\w+\-.,/]){_CH}+(?:[\-/]{_CH}+)*(?![\w\-]|[.,/]\d)")
_INNER_LETTERS = re.compile(rf"\d[{ASR_GROUP_LETTERS}]+\d")
MIN_DIGITS = 6  # real digits in the run
MIN_LENGTH = 8  # digits and letters, separators not counted


def asr_long_ids(text: str) -> list[Span]:
    """ID_NUMBER spans for runs of digits and recognition's letters for digits (source ``patterns.asr_digits``)."""
    if _MIXED.search(text) is None:
        return []
    out = []
    for m in _RUN.finditer(text):
        run = m.group()
        chars = re.sub(r"[\-/]", "", run)
        if not MIN_LENGTH <= len(chars) <= 24 or chars.isdigit():
            continue  # a plain run is ``ids.py``'s
        if sum(ch.isdigit() for ch in chars) < MIN_DIGITS or _INNER_LETTERS.search(chars) is None:
            continue
        if not chars.translate(ASR_GROUP_DIGITS).isdigit():
            continue
        out.append(Span(m.start(), m.end(), "ID_NUMBER", run, 0.8, "patterns.asr_digits"))
    return out
