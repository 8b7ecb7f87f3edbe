"""The leak gate: known names and residual patterns searched in the anonymised text before approval and export.

The gate fails closed. Every registered entity and every person, place, organisation or prison that any plan
replaces is searched for. A planned surface the name matcher cannot take (no word in it, or longer than a
registered name may be) is not skipped: it is searched for as literal text, case-insensitively.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from intake.errors import IntakeError, RefusedError
from intake.pseudonymise.entities import Entity, register
from intake.pseudonymise.leakcheck import CONTEXT_CHARS, LeakHit, PatternFn, leak_matcher, leakcheck
from intake.pseudonymise.matcher import Matcher
from intake.pseudonymise.plan import PlanItem
from intake.pseudonymise.spans import Span
from intake.review.store import all_plans, has_anonymised, latest_anonymised_segments, list_entities, require_plan
from intake.transcripts.store import list_transcripts, load_segments, transcript_language
from intake.vault.open import Vault

KINDS = {"PERSON": "person", "LOCATION": "place", "ORGANISATION": "org", "DETENTION": "prison"}


@dataclass(frozen=True)
class KnownNames:
    """What the gate searches for: a matcher over every registrable name, and literal surfaces it could not take."""

    matcher: Matcher
    literals: tuple[tuple[str, str], ...] = ()  # (label, surface)

    def find(self, text: str, pattern_fn: PatternFn | None = None,
             ignore: Iterable[tuple[int, int]] = ()) -> list[LeakHit]:
        skip = set(ignore)
        hits = leakcheck(text, self.matcher, pattern_fn, ignore=skip)
        seen = {(h.start, h.end) for h in hits}
        for label, surface in self.literals:
            for m in re.finditer(re.escape(surface), text, re.IGNORECASE):
                if m.span() not in skip and m.span() not in seen:
                    context = _context(text, m.start(), m.end())
                    hits.append(LeakHit(m.start(), m.end(), f"registered:{label}", m.group(), context))
        return sorted(hits, key=lambda h: (h.start, h.end, h.kind))


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT_CHARS):start]
    return f"{left}[[{text[start:end]}]]{text[end:end + CONTEXT_CHARS]}".replace("\n", " ")


def _planned_names(items: Iterable[PlanItem]) -> tuple[list[Entity], list[tuple[str, str]]]:
    entities: list[Entity] = []
    literals: list[tuple[str, str]] = []
    for item in items:
        if item.label not in KINDS or not item.active:
            continue
        try:
            entities.append(register(item.original, KINDS[item.label]))
        except (IntakeError, ValueError):  # fail closed: what the matcher cannot take is searched literally
            if item.original.strip():
                literals.append((item.label, item.original.strip()))
    return entities, literals


def known_matcher(vault: Vault) -> KnownNames:
    """The gate's search: every registered entity plus every person/place/org/prison original in any plan."""
    entities = {e.key: e for e in list_entities(vault)}
    literals: dict[tuple[str, str], None] = {}
    for _tid, plan in all_plans(vault):
        found, loose = _planned_names(plan.items)
        for ent in found:
            entities.setdefault(ent.key, ent)
        literals.update(dict.fromkeys(loose))
    return KnownNames(leak_matcher(entities.values()), tuple(literals))


def leaks_in(vault: Vault, tid: str, known: KnownNames | None = None,
             allow: frozenset[str] = frozenset()) -> list[LeakHit]:
    """Leak check of the latest anonymised version, segment by segment.

    Spans the steward explicitly rejected or kept in review are exempt (their decision is audited);
    ``allow`` exempts surfaces or pattern labels named by ``--allow`` (audited by the caller).
    """
    from intake.pseudonymise.apply import apply_items
    from intake.pseudonymise.detectors.patterns import pattern_hits
    from intake.pseudonymise.leakcheck import reviewed_spans

    stored = latest_anonymised_segments(vault, tid)
    if stored is None:
        raise RefusedError(f"transcript {tid} has no anonymised version", hint=f"run 'intake pseudonymise {tid}'")
    plan, raw, lang = require_plan(vault, tid), load_segments(vault, tid), transcript_language(vault, tid)
    known = known or known_matcher(vault)

    def patterns(text: str) -> list[Span]:
        return pattern_hits(text, lang)

    hits: list[LeakHit] = []
    for index, seg in enumerate(stored):
        ignore: list[tuple[int, int]] = []
        if index < len(raw):
            done = apply_items(raw[index].text, plan.for_segment(index))
            if done.text == seg.text:
                ignore = reviewed_spans(plan.for_segment(index), done)
        hits += known.find(seg.text, patterns, ignore)
        if seg.speaker:
            hits += known.find(seg.speaker, patterns)
    return [h for h in hits if h.surface not in allow and h.kind.split(":")[-1] not in allow]


def leakcheck_transcripts(vault: Vault, tids: Iterable[str] = ()) -> dict[str, list[LeakHit]]:
    """The leak check over these transcripts (default: every one with an anonymised version); audited."""
    ids = list(tids) or [t.id for t in list_transcripts(vault) if has_anonymised(vault, t.id)]
    known = known_matcher(vault)
    found = {tid: leaks_in(vault, tid, known) for tid in ids}
    vault.audit("leakcheck", "", transcripts=len(ids), hits=sum(len(v) for v in found.values()))
    return found


def names_leak(vault: Vault, text: str) -> bool:
    """Whether ``text`` contains a name the gate knows (used to refuse identifying speaker names)."""
    return bool(known_matcher(vault).find(text))
