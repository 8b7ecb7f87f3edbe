"""The leak gate: known names and residual patterns searched in the anonymised text before approval and export.

The gate fails closed. Every registered entity and every person, place, organisation or prison that any plan
replaces is searched for. A planned surface the name matcher cannot take (no word in it, or longer than a
registered name may be) is not skipped: it is searched for as literal text, case-insensitively.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from intake.errors import IntakeError, RefusedError
from intake.pseudonymise.entities import Entity, register
from intake.pseudonymise.leakcheck import CONTEXT_CHARS, LeakHit, PatternFn, leak_matcher, leakcheck
from intake.pseudonymise.matcher import Matcher
from intake.pseudonymise.plan import PlanItem
from intake.pseudonymise.releases import Release, waiver
from intake.pseudonymise.spans import Span
from intake.review.releases import load_keeps
from intake.review.store import all_plans, has_anonymised, latest_anonymised_segments, list_entities, require_plan
from intake.transcripts.store import StoredSegment, list_transcripts, load_segments, transcript_language
from intake.vault.open import Vault

KINDS = {"PERSON": "person", "LOCATION": "place", "ORGANISATION": "org", "DETENTION": "prison"}


@dataclass(frozen=True)
class KnownNames:
    """What the gate searches for: a matcher over every registrable name, and literal surfaces it could not take."""

    matcher: Matcher
    literals: tuple[tuple[str, str], ...] = ()  # (label, surface)

    def find(self, text: str, pattern_fn: PatternFn | None = None) -> list[LeakHit]:
        hits = leakcheck(text, self.matcher, pattern_fn)
        seen = {(h.start, h.end) for h in hits}
        for label, surface in self.literals:
            for m in re.finditer(re.escape(surface), text, re.IGNORECASE):
                if m.span() not in seen:
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


@dataclass
class GateResult:
    """What the gate found in one transcript: hits left, hits waived by kept occurrences and by allowances."""

    left: list[LeakHit] = field(default_factory=list)
    kept: int = 0
    allowed: dict[int, int] = field(default_factory=dict)  # allowance index -> hits waived


def leaks_in(vault: Vault, tid: str, known: KnownNames | None = None, allow: Sequence[Release] = ()) -> list[LeakHit]:
    """The hits that still block ``tid`` (see :func:`check_transcript`)."""
    return check_transcript(vault, tid, known, allow).left


def check_transcript(vault: Vault, tid: str, known: KnownNames | None = None,
                     allow: Sequence[Release] = ()) -> GateResult:
    """Leak check of the latest anonymised version, segment by segment.

    A hit on a span the steward rejected or kept in review is exempt, **unless it names a registered
    entity**: a registered name always gates until one of its occurrences is released, either kept in
    review with a reason (stored, :mod:`intake.review.releases`) or allowed for one export (``allow``,
    audited by the caller). See :mod:`intake.pseudonymise.releases` for what a release may waive.
    """
    stored = latest_anonymised_segments(vault, tid)
    if stored is None:
        raise RefusedError(f"transcript {tid} has no anonymised version", hint=f"run 'intake pseudonymise {tid}'")
    known = known or known_matcher(vault)
    registered = {e.key for e in list_entities(vault)}
    result = GateResult()
    for index, seg, reviewed, keeps in _segments(vault, tid, stored):
        for hit in _segment_hits(vault, tid, known, index, seg):
            named = bool(registered.intersection(hit.entity_keys))
            if not named and (hit.start, hit.end) in reviewed:
                continue
            if waiver(tid, hit, keeps) is not None:
                result.kept += 1
                continue
            chosen = waiver(tid, hit, allow)
            if chosen is None:
                result.left.append(hit)
            else:
                result.allowed[chosen] = result.allowed.get(chosen, 0) + 1
    return result


def _segments(vault: Vault, tid: str, stored: Sequence[StoredSegment]) -> Iterator[
        tuple[int, StoredSegment, set[tuple[int, int]], list[Release]]]:
    """Each stored segment with the reviewed spans and kept occurrences moved into its anonymised text."""
    from intake.pseudonymise.apply import apply_items
    from intake.pseudonymise.leakcheck import reviewed_spans

    plan, raw = require_plan(vault, tid), load_segments(vault, tid)
    keeps = load_keeps(vault, tid)
    for index, seg in enumerate(stored):
        reviewed: set[tuple[int, int]] = set()
        moved: list[Release] = []
        if index < len(raw):
            done = apply_items(raw[index].text, plan.for_segment(index))
            if done.text == seg.text:
                reviewed = set(reviewed_spans(plan.for_segment(index), done))
                moved = [replace(k, start=done.new_offset(k.start), end=done.new_offset(k.start) + len(k.text))
                         for k in keeps if k.segment == index and k.start is not None]
        yield index, seg, reviewed, moved


def _segment_hits(vault: Vault, tid: str, known: KnownNames, index: int, seg: StoredSegment) -> list[LeakHit]:
    from intake.pseudonymise.detectors.patterns import pattern_hits

    lang = transcript_language(vault, tid)

    def patterns(text: str) -> list[Span]:
        return pattern_hits(text, lang)

    hits = known.find(seg.text, patterns)
    if seg.speaker:
        hits += [replace(h, start=-1, end=-1) for h in known.find(seg.speaker, patterns)]
    return [replace(h, segment=index) for h in hits]


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
