"""Leak check: search anonymised text for anything that still identifies someone.

Two sources of hits:

* every registered entity, in every generated form **of both genders** (a relative's surname is a leak
  too), in Latin transliteration and through the loose Belarusian key (kind ``registered:LABEL``);
* an injected pattern function (phones, e-mails, handles ...; kind ``pattern:LABEL``), so this module
  does not depend on the detectors. Pattern hits that lie inside one of our own placeholders
  (``[PERSON-07]``, ``[2021]``, ``[ИЗЪЯТО]``) are ignored; registry hits never are.

The check reports; it decides nothing. The export gate refuses while the list is not empty, except for
hits the steward has already reviewed: pass ``ignore=reviewed_spans(items, anonymised)`` so that a span
rejected in review («весна» the season, not the organisation) does not block export forever. Only a hit
lying exactly on a rejected or kept span is ignored. A *registered* entity is never exempted this way
(the vault's gate, :mod:`intake.review.leaks`, passes no ignore for them): keeping one of its occurrences
takes a :class:`intake.pseudonymise.releases.Release` with a reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from intake.pseudonymise.apply import AnonymisedText
from intake.pseudonymise.entities import Entity
from intake.pseudonymise.matcher import Matcher
from intake.pseudonymise.plan import PlanItem
from intake.pseudonymise.spans import Span

PatternFn = Callable[[str], Iterable[Span]]
CONTEXT_CHARS = 30
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,60}\]")


@dataclass(frozen=True)
class LeakHit:
    """Something identifying left in ``text[start:end]``.

    ``entity_keys``: the entities a ``registered:`` hit may name; ``segment``: set by callers that check a
    transcript segment by segment (-1 when unknown).
    """

    start: int
    end: int
    kind: str
    surface: str
    context: str
    entity_keys: tuple[str, ...] = ()
    segment: int = -1


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT_CHARS) : start]
    return f"{left}[[{text[start:end]}]]{text[end : end + CONTEXT_CHARS]}".replace("\n", " ")


def leak_matcher(entities: Iterable[Entity]) -> Matcher:
    """The matcher the leak check uses: both genders, all transliterations (build once, reuse)."""
    return Matcher(entities, both_genders=True, translit=True)


def reviewed_spans(items: Iterable[PlanItem], anonymised: AnonymisedText) -> list[tuple[int, int]]:
    """Where the items the steward left in place (rejected or kept) lie in the anonymised text."""
    out = []
    for item in items:
        if not item.active:
            start = anonymised.new_offset(item.start)
            out.append((start, start + item.end - item.start))
    return out


def leakcheck(
    text: str,
    registry_entities: Iterable[Entity] | Matcher,
    pattern_fn: PatternFn | None = None,
    *,
    ignore: Iterable[tuple[int, int]] = (),
) -> list[LeakHit]:
    """Every registered name and every pattern hit left in ``text``, sorted by position.

    ``ignore``: (start, end) ranges the steward reviewed (see :func:`reviewed_spans`); a hit on exactly
    such a range is not reported.
    """
    matcher = registry_entities if isinstance(registry_entities, Matcher) else leak_matcher(registry_entities)
    skip = set(ignore)
    hits = [
        LeakHit(m.span.start, m.span.end, f"registered:{m.span.label}", m.span.text,
                _context(text, m.span.start, m.span.end), m.candidates)
        for m in matcher.find(text)
        if (m.span.start, m.span.end) not in skip
    ]
    if pattern_fn is not None:
        placeholders = [m.span() for m in _PLACEHOLDER.finditer(text)]
        for span in pattern_fn(text):
            if (span.start, span.end) in skip or any(s <= span.start and span.end <= e for s, e in placeholders):
                continue
            hits.append(LeakHit(span.start, span.end, f"pattern:{span.label}", text[span.start : span.end],
                                _context(text, span.start, span.end)))
    return sorted(hits, key=lambda h: (h.start, h.end, h.kind))
