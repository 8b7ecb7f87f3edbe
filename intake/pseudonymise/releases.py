"""Releases: the one way an identifying text may stay in anonymised text that leaves the vault.

A :class:`Release` is plain data: **where** (transcript, segment, offsets), **what** (the exact text),
**why** (the steward's reason). Who and when are the audit row written when it is recorded. Two acts
make releases, and both go through :func:`waiver`:

* ``keep``: in review, the steward keeps one occurrence unmasked (transcript, segment, start, end, text;
  offsets in the raw segment). Stored in the catalog with its transcript.
* ``allow``: ``export --allow`` waives leak-check hits for one export: every occurrence of a text in one
  segment (``TRANSCRIPT_ID:SEGMENT:TEXT``) or an exact text anywhere (``TEXT``).
* ``residual``: ``intake residual ID --release`` lets one hit of the independent residual-risk scan stay
  (transcript, segment, offsets in the raw segment, text). It waives that residual hit only, never a
  leak-check hit (:meth:`Release.covers` is False for it): the two gates are released separately.

Rules (the leak gate relies on them):

1. A release matches a hit only when the hit's text is exactly ``text`` (case and spelling included).
2. A name (a ``registered:`` hit) is waived only by a release scoped to its transcript and segment;
   a text-wide release waives pattern hits (phones, e-mails ...) only.
3. A label (``PERSON``, ``pattern:EMAIL``) is never a release: it would waive a whole class of hits.
4. Every release has a non-empty reason; none is ever derived from a decision such as "rejected".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from intake.errors import UsageError
from intake.pseudonymise.leakcheck import LeakHit
from intake.pseudonymise.spans import LABELS

KINDS = ("keep", "allow", "residual")
MAX_TEXT_CHARS = 200
MAX_REASON_CHARS = 500
_OCCURRENCE = re.compile(r"^([0-9a-f]{6,64}):(\d{1,6}):(.+)$", re.DOTALL)
_LABEL_WORDS = {w.lower() for w in LABELS} | {"person", "people", "place", "city", "org", "prison", "name",
                                              "location", "organisation", "organization", "detention"}
NEW_SYNTAX_HINT = "give the exact text, or TRANSCRIPT_ID:SEGMENT:TEXT for that text in one segment"


def _need(condition: bool, message: str, hint: str | None = None) -> None:
    if not condition:
        raise UsageError(message, hint=hint)


@dataclass(frozen=True)
class Release:
    """Permission for ``text`` to stay, where the fields say; see the module docstring."""

    kind: str
    text: str
    reason: str
    transcript: str | None = None
    segment: int | None = None
    start: int | None = None
    end: int | None = None

    def __post_init__(self) -> None:
        _need(self.kind in KINDS, "unknown release kind")
        _need(bool(self.reason.strip()), "a release needs a reason")
        _need(len(self.reason) <= MAX_REASON_CHARS, f"a reason is at most {MAX_REASON_CHARS} characters")
        _need(bool(self.text.strip()) and len(self.text) <= MAX_TEXT_CHARS,
              f"a released text is 1-{MAX_TEXT_CHARS} characters")
        _need(self.segment is None or self.transcript is not None, "a segment needs its transcript")
        if self.start is not None or self.end is not None:
            _need(self.segment is not None and self.start is not None and self.end is not None
                  and 0 <= self.start < self.end and self.end - self.start == len(self.text),
                  "an occurrence needs its segment and offsets that fit its text")

    @classmethod
    def keep(cls, transcript: str, segment: int, start: int, end: int, text: str, reason: str) -> Release:
        """Keep one occurrence unmasked (offsets in the raw segment text)."""
        return cls("keep", text, reason, transcript, segment, start, end)

    @classmethod
    def residual(cls, transcript: str, segment: int, start: int, end: int, text: str, reason: str) -> Release:
        """Let one residual-risk hit stay (offsets in the raw segment text)."""
        return cls("residual", text, reason, transcript, segment, start, end)

    @property
    def scope(self) -> str:
        """``occurrence`` (offsets), ``segment`` (transcript and segment) or ``text`` (anywhere)."""
        if self.start is not None:
            return "occurrence"
        return "segment" if self.segment is not None else "text"

    def covers(self, transcript: str, hit: LeakHit) -> bool:
        """Whether this release waives ``hit`` found in ``transcript`` (rules 1 and 2; never a residual release)."""
        if self.kind == "residual" or hit.surface != self.text:
            return False
        if self.scope == "text":
            return not hit.kind.startswith("registered:")
        if (self.transcript, self.segment) != (transcript, hit.segment):
            return False
        return self.scope == "segment" or (self.start, self.end) == (hit.start, hit.end)


def waiver(transcript: str, hit: LeakHit, releases: Sequence[Release]) -> int | None:
    """The index of the first release that waives ``hit``, or None."""
    return next((n for n, r in enumerate(releases) if r.covers(transcript, hit)), None)


def _is_label(spec: str) -> bool:
    word = spec.strip().lower()
    return word in _LABEL_WORDS or word.startswith(("pattern:", "registered:"))


def parse_allowance(spec: str, reason: str) -> Release:
    """``TEXT`` or ``TRANSCRIPT_ID:SEGMENT:TEXT`` as an ``allow`` release; a label is refused (rule 3)."""
    _need(not _is_label(spec), "--allow takes an exact text, never a label", NEW_SYNTAX_HINT)
    match = _OCCURRENCE.match(spec)
    if match is None:
        return Release("allow", spec, reason)
    _need(not _is_label(match.group(3)), "--allow takes an exact text, never a label", NEW_SYNTAX_HINT)
    return Release("allow", match.group(3), reason, match.group(1), int(match.group(2)))
