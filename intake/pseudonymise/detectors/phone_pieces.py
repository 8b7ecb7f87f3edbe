"""Phones said in pieces, and long digit runs said without any cue.

A dictated number is often interrupted: the speaker gives the code, the listener answers, a clause intervenes,
and the rest follows (``плюс 370, ну, это литовский, 612 34 567``; ``plus three seven oh...`` / ``Interviewer:
go on`` / ``six one two ...``; ``ноль двадцать девять`` / ``ага`` / ``семьсот сорок один ...``). Each piece alone
is too short to be a phone, so the run reader of ``phones.py`` rejects both. Here the digit runs of a text (read
by ``phones.digit_runs``) are paired:

* a **head**: a run after ``плюс``/``plus``/``+`` with fewer than nine digits, or a trunk or operator code said
  alone (``029``, ``8 029``, ``8 9xx``), not before a unit word;
* a **tail**: the next run, at most :data:`MAX_GAP` words later, with at least three digits and no year or unit;
* together 9-15 digits after a plus, 10-11 after a trunk code: both pieces become PHONE spans (the words between
  them are not the number and stay readable).

A run of at least seven digits in three or more digit groups (one of three digits or more), or six or more digits
said one by one as words, that no rule took as a phone is still an identifier far more often than anything else
in an interview (a phone, a card, a case or document number): it becomes an uncertain PHONE candidate
(``uncertain:digit-run``), unless a unit word follows (also a time or a measure: ``минут``, ``kg``), a group is a
year, the groups read as thousands (``1 500 000``) or the digits count up (``один, два, три, ...``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from intake.pseudonymise.detectors.numwords import lookup
from intake.pseudonymise.spans import Span

MAX_GAP = 12  # words between a head and its tail (a speaker label, a short answer, a clause)
_MAX_CHARS = 160
_TRUNK = re.compile(r"^(?:8?0\d\d|89\d\d)$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:[ \u00a0]\d{3})+$")
_COUNTING = "0123456789"
# Words after a run that make it a quantity or a time (``в 6 00, 6 30 и 2 минут``, ``5 килограмм``).
_AFTER = re.compile(
    r"^[\s,]*(?:мин|час|сек|утра|вечера|ночи|кг|килограм|кілаграм|штук|пункт|раз|хвілін|гадзін|min|hour|kg|o'clock|"
    r"am\b|pm\b|times|years?|лет|год|гад|рубл|руб|долл|евро|злот|человек|чалавек|сут|тыс|процент|працэнт|percent)",
    re.IGNORECASE,
)
HEAD_SCORE = 0.85
RUN_SCORE = 0.4


@dataclass(frozen=True)
class Run:
    """A maximal run of digit groups (digits, number words or recognition letters) as ``phones.py`` reads it."""

    first: int  # index of the first token (the ``плюс`` when there is one)
    end: int  # index after the last token used
    start_char: int
    end_char: int
    digits: str
    groups: tuple[str, ...]
    plus: bool
    unit_after: bool

    @property
    def has_year(self) -> bool:
        return any(_YEAR.match(g) for g in self.groups)


def _head(run: Run) -> bool:
    if run.unit_after or run.has_year:
        return False
    return (run.plus and len(run.digits) < 9) or bool(_TRUNK.match(run.digits))


def _tail(run: Run) -> bool:
    return len(run.digits) >= 3 and not run.unit_after and not run.has_year and not run.plus


def _fits(head: Run, tail: Run) -> bool:
    total = len(head.digits) + len(tail.digits)
    if head.plus:
        return 9 <= total <= 15
    return total in (10, 11)


def _covered(run: Run, spans: Sequence[Span]) -> bool:
    return any(s.start <= run.start_char and run.end_char <= s.end for s in spans)


def _phone(text: str, run: Run, score: float, source: str, reason: str = "") -> Span:
    return Span(run.start_char, run.end_char, "PHONE", text[run.start_char : run.end_char], score, source, reason)


def pieces(text: str, runs: Sequence[Run], phones: Sequence[Span]) -> list[Span]:
    """PHONE spans for a head and its tail said apart, where the two together make a number."""
    out: list[Span] = []
    for head, tail in itertools.pairwise(runs):
        near = tail.first - head.end <= MAX_GAP and tail.start_char - head.end_char <= _MAX_CHARS
        if not (near and _head(head) and _tail(tail) and _fits(head, tail)):
            continue
        for run in (head, tail):
            if not _covered(run, phones) and not _covered(run, out):
                out.append(_phone(text, run, HEAD_SCORE, "patterns.phone_pieces"))
    return out


def _one_by_one(groups: Sequence[str]) -> int:
    """How many groups are single digits said as words (``шесть``, ``нуль``, ``oh``)."""
    count = 0
    for group in groups:
        entry = None if group.isdigit() else lookup(group)
        count += entry is not None and not entry[1] and entry[0] < 10
    return count


def _long_run(text: str, run: Run) -> bool:
    if run.unit_after or run.has_year or len(run.digits) > 20 or _AFTER.match(text, run.end_char):
        return False
    raw = text[run.start_char : run.end_char]
    if _THOUSANDS.match(raw) or run.digits in _COUNTING:
        return False  # ``1 500 000`` is a sum; ``один, два, три, ...`` is counting aloud
    written = [g for g in run.groups if g.isdigit()]
    if len(run.digits) >= 7 and len(written) >= 3 and any(len(g) >= 3 for g in written):
        return True  # ``612 34 567``: digit groups, one of them at least three digits long
    return _one_by_one(run.groups) >= 6


def uncued_runs(text: str, runs: Sequence[Run], spans: Sequence[Span]) -> list[Span]:
    """Uncertain PHONE candidates for long digit runs no other rule took (see the module docstring)."""
    return [
        _phone(text, run, RUN_SCORE, "patterns.digit_run", "uncertain:digit-run")
        for run in runs
        if _long_run(text, run) and not any(s.start < run.end_char and run.start_char < s.end for s in spans)
    ]
