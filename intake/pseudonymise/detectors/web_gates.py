"""Where the spoken-address expressions of :mod:`web` can match, so that they run only there, with the same matches.

Each gate is ``(literals, words_before)`` for :func:`literal_gate.gated_finditer`: every match holds one of the
lower-case ``literals`` after at most ``words_before`` whole ``\\w`` runs, the first of which opens the match.

* ``SPOKEN_URL``: ``(?<!\\w)(?:SCHEME[\\s,]+)?(?:WWW[\\s,]+DOT[\\s,]+)?W(?:-W){0,3}(?:[\\s,]+JOIN[\\s,]+W){0,6}
  [\\s,]+DOT[\\s,]+TLD...`` always holds the last ``DOT`` (``точка``/``кропка``/``dot``/``дот``). Before it
  the match holds only ``\\w`` runs separated by ``[\\s,]+``, ``-`` or an apostrophe: the said scheme at most 9
  (``эйч ти ти пи эс`` 5, ``двукроп'е`` 2, two slashes), the said ``www`` and its dot at most 7 (``double u
  double u double u dot``), the first word with its hyphens at most 4, six join words and words 12: 32.
* ``SEP_HANDLE``: ``(?<!\\w)W(?:[\\s,]+HANDLE_SEP[\\s,]+W){1,6}...``: the first separator word follows exactly
  one run; every separator opens with one of the literals (``нижнее``, ``подч...``, ``under``, ...).
* ``SPOKEN_AT``/``EN_AT``/``AT_WORD``/``HANDLE_CUE``: the expression opens with one of the literals after
  ``(?<!\\w)`` or ``(?<![\\w@])``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from intake.pseudonymise.detectors.literal_gate import gated_finditer, lowered

Gate = tuple[tuple[str, ...], int]

SPOKEN_URL: Gate = (("точка", "кропка", "dot", "дот"), 32)
SEP_HANDLE: Gate = (("нижнее", "подч", "ніжняе", "падкр", "under", "андерскор"), 1)
SPOKEN_AT: Gate = (("собак", "собач", "сабак", "сабач", "at"), 0)
EN_AT: Gate = (("at",), 0)
AT_WORD: Gate = (("собак", "собач", "сабак", "сабач", "at", "эт"), 0)

HANDLE_CUE = re.compile(
    r"(?<!\w)(?:ник|нік|никнейм|юзернейм|логин|лагін|инстаграм|інстаграм|инст|інст|інсц|телеграм|тэлеграм|тг|канал|аккаунт|"
    r"акаўнт|тикток|"
    r"nick|handle|username|account|instagram|telegram|channel|tiktok|twitter|insta|tg)\w*",
    re.IGNORECASE,
)
HANDLE_CUE_GATE: Gate = (
    ("ник", "нік", "юзернейм", "логин", "лагін", "инст", "інст", "інсц", "телеграм", "тэлеграм", "тг", "канал",
     "аккаунт", "акаўнт", "тикток", "nick", "handle", "username", "account", "insta", "telegram", "channel",
     "tiktok", "twitter", "tg"),
    0,
)


def gated(pattern: re.Pattern[str], text: str, gate: Gate) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where ``gate`` lets a match start."""
    return gated_finditer(pattern, text, lowered(text), gate[0], gate[1])


_WORD_START = re.compile(r"(?<!\w)\w")


def window_matches(pattern: re.Pattern[str], text: str, lo: int, at: int, hi: int) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text, lo, hi)`` that start at or before ``at``, for a pattern whose
    every match starts a ``\\w`` run: ``finditer`` tries each position in turn with ``endpos`` ``hi`` and its
    lookbehinds see the text before ``lo``, as ``pattern.match(text, s, hi)`` does."""
    pos = lo
    for w in _WORD_START.finditer(text, lo, at + 1):
        s = w.start()
        if s < pos:
            continue
        m = pattern.match(text, s, hi)
        if m is not None:
            yield m
            pos = m.end()
