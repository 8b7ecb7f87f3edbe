"""The leak gate: known names and residual patterns searched in the anonymised text before approval and export.

The gate fails closed. Every known name (:mod:`intake.review.known`: registered, or confirmed by a steward in
any plan) is searched for in every transcript, and each transcript's own active suggestions in that
transcript. A surface the name matcher cannot take is searched for as literal text, case-insensitively.
Each hit can say which entity it names, its code, where the entity came from, and the one command that
fixes it (:func:`describe_hits`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from intake.errors import RefusedError
from intake.pseudonymise.leakcheck import LeakHit
from intake.pseudonymise.plan import PlanItem
from intake.pseudonymise.releases import Release, waiver
from intake.pseudonymise.spans import Span
from intake.review.known import KnownNames, known_names
from intake.review.releases import load_keeps
from intake.review.store import CatalogStore, has_anonymised, latest_anonymised_segments, list_entities, require_plan
from intake.transcripts.store import (
    StoredSegment,
    get_transcript_info,
    imported_labels,
    list_transcripts,
    load_segments,
    transcript_language,
)
from intake.vault.open import Vault


def known_matcher(vault: Vault) -> KnownNames:
    """The gate's corpus-wide search (:func:`intake.review.known.known_names`)."""
    return known_names(vault)


@dataclass
class GateResult:
    """What the gate found in one transcript: hits left, hits waived by kept occurrences and by allowances."""

    left: list[LeakHit] = field(default_factory=list)
    kept: int = 0
    allowed: dict[int, int] = field(default_factory=dict)  # allowance index -> hits waived


def leaks_in(vault: Vault, tid: str, known: KnownNames | None = None, allow: Sequence[Release] = ()) -> list[LeakHit]:
    """The hits that still block ``tid`` (see :func:`check_transcript`)."""
    return check_transcript(vault, tid, known, allow).left


def own_names(vault: Vault, tid: str, known: KnownNames | None = None, items: Iterable[PlanItem] | None = None
              ) -> KnownNames:
    """The gate's search for ``tid``: known names, its own active items (default: its plan's) and the names
    among its imported speaker labels."""
    own = require_plan(vault, tid).items if items is None else items
    return (known or known_matcher(vault)).with_own(tid, own, imported_labels(vault, tid))


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
    known = own_names(vault, tid, known)
    registered = {e.key for e in list_entities(vault)} | known.gating
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
    result.left += _speaker_code_hits(vault, stored, result.left)
    return result


def _speaker_code_hits(vault: Vault, stored: Sequence[StoredSegment], found: Sequence[LeakHit]) -> list[LeakHit]:
    """A speaker name that spells a registered name as an interview code may not (``Petrov-1``), once per name
    (not waivable: the fix is renaming the speaker)."""
    from intake.pseudonymise.codenames import code_names_entity

    entities = list_entities(vault)
    named = {h.surface for h in found if h.start < 0}
    first: dict[str, int] = {}
    for index, seg in enumerate(stored):
        if seg.speaker and seg.speaker not in first and seg.speaker not in named:
            first[seg.speaker] = index
    return [LeakHit(-1, -1, "registered:PERSON", name, "speaker name", (), index) for name, index in first.items()
            if entities and code_names_entity(name, entities)]


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


def names_leak(vault: Vault, text: str, tid: str | None = None) -> bool:
    """Whether ``text`` contains a name the gate knows, or one ``tid`` plans (refuses identifying speaker names)."""
    from intake.review.store import load_plan

    known = known_matcher(vault)
    plan = load_plan(vault, tid) if tid else None
    return bool((own_names(vault, tid, known, plan.items) if tid and plan else known).find(text))


@dataclass(frozen=True)
class HitReport:
    """One leak hit as the steward sees it: the entity's label and code, where it came from, the fix."""

    hit: LeakHit
    code: str  # "[PERSON-03]", or "" for a pattern hit or an entity without a code
    origin: str  # "registered", "accepted in transcript ID", or "" for a pattern hit
    fix: str  # the one command that fixes it

    def line(self) -> str:
        """``segment 2: PERSON [PERSON-03] (registered): …context…``."""
        label = self.hit.kind.split(":", 1)[1]
        where = f"segment {self.hit.segment}: " if self.hit.segment >= 0 else ""
        about = " ".join(p for p in (label, self.code, f"({self.origin})" if self.origin else "") if p)
        return f"{where}{about}: …{self.hit.context}…"


def describe_hits(vault: Vault, tid: str, hits: Sequence[LeakHit], known: KnownNames | None = None) -> list[HitReport]:
    """Each hit with its entity's code, origin and the one command that fixes it.

    A hit on an item the steward rejected is fixed in review ('intake review ID' visits rejected registered
    names again: mask it, or keep the occurrence with a reason); any other hit is text the plan does not
    cover, which 'intake pseudonymise ID' masks (it plans with the same search the gate uses; an approved
    transcript needs '--reopen', since planning it again makes it a draft).
    """
    known = own_names(vault, tid, known)
    replan = f"intake pseudonymise {tid}" + (" --reopen" if get_transcript_info(vault, tid).status.is_exportable()
                                            else "")
    store = CatalogStore(vault)
    rejected = _rejected_spans(vault, tid)
    out = []
    for hit in hits:
        code = next((c for c in (store.code_for(k) for k in hit.entity_keys) if c), "")
        on_decision = (hit.segment, hit.start, hit.end) in rejected
        fix = f"intake speakers {tid} --names-from -" if hit.start < 0 else f"intake review {tid}" if on_decision \
            else replan
        out.append(HitReport(hit, code, known.origin(hit), fix))
    return out


def _rejected_spans(vault: Vault, tid: str) -> set[tuple[int, int, int]]:
    """(segment, start, end) of every rejected or kept item, moved into the anonymised text."""
    out: set[tuple[int, int, int]] = set()
    stored = latest_anonymised_segments(vault, tid) or []
    for index, _seg, reviewed, _keeps in _segments(vault, tid, stored):
        out |= {(index, start, end) for start, end in reviewed}
    return out
