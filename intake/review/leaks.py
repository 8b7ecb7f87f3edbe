"""The leak gate: known names and residual patterns searched in the anonymised text before approval and export."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from intake.errors import RefusedError
from intake.pseudonymise.leakcheck import LeakHit, leakcheck
from intake.pseudonymise.releases import Release, waiver
from intake.review.releases import load_keeps
from intake.review.store import latest_anonymised_segments, list_entities, require_plan
from intake.transcripts.store import load_segments, transcript_language
from intake.vault.open import Vault


def known_matcher(vault: Vault) -> Any:
    """A leak matcher for every registered entity plus every person/place/org original in any plan."""
    from intake.pseudonymise.entities import register
    from intake.pseudonymise.leakcheck import leak_matcher

    entities = {e.key: e for e in list_entities(vault)}
    kinds = {"PERSON": "person", "LOCATION": "place", "ORGANISATION": "org", "DETENTION": "prison"}
    for (doc,) in vault.conn.execute("SELECT doc FROM plans"):
        for item in json.loads(doc).get("items", []):
            if item.get("label") in kinds and item.get("decision") != "rejected" and item.get("action") != "keep":
                try:
                    ent = register(item["original"], kinds[item["label"]])
                except Exception:  # noqa: S112 (a surface that cannot be registered is skipped)
                    continue
                entities.setdefault(ent.key, ent)
    return leak_matcher(entities.values())


@dataclass
class GateResult:
    """What the gate found in one transcript: hits left, hits waived by kept occurrences and by allowances."""

    left: list[LeakHit] = field(default_factory=list)
    kept: int = 0
    allowed: dict[int, int] = field(default_factory=dict)  # allowance index -> hits waived


def leaks_in(vault: Vault, tid: str, matcher: Any = None, allow: Sequence[Release] = ()) -> list[LeakHit]:
    """The hits that still block ``tid`` (see :func:`check_transcript`)."""
    return check_transcript(vault, tid, matcher, allow).left


def check_transcript(vault: Vault, tid: str, matcher: Any = None, allow: Sequence[Release] = ()) -> GateResult:
    """Leak check of the latest anonymised version, segment by segment.

    A hit on a span the steward rejected or kept in review is exempt, **unless it names a registered
    entity**: a registered name always gates until one of its occurrences is released, either kept in
    review with a reason (stored, :mod:`intake.review.releases`) or allowed for one export (``allow``,
    audited by the caller). See :mod:`intake.pseudonymise.releases` for what a release may waive.
    """
    stored = latest_anonymised_segments(vault, tid)
    if stored is None:
        raise RefusedError(f"transcript {tid} has no anonymised version", hint=f"run 'intake pseudonymise {tid}'")
    matcher = matcher or known_matcher(vault)
    registered = {e.key for e in list_entities(vault)}
    result = GateResult()
    for index, seg, reviewed, keeps in _segments(vault, tid, stored):
        for hit in _segment_hits(vault, tid, matcher, index, seg):
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


def _segments(vault: Vault, tid: str, stored: list[dict[str, Any]]) -> Iterator[
        tuple[int, dict[str, Any], set[tuple[int, int]], list[Release]]]:
    """Each stored segment with the reviewed spans and kept occurrences moved into its anonymised text."""
    from intake.pseudonymise.apply import apply_items
    from intake.pseudonymise.leakcheck import reviewed_spans

    plan, raw = require_plan(vault, tid), load_segments(vault, tid)
    keeps = load_keeps(vault, tid)
    for index, seg in enumerate(stored):
        reviewed: set[tuple[int, int]] = set()
        moved: list[Release] = []
        if index < len(raw):
            done = apply_items(str(raw[index]["text"]), plan.for_segment(index))
            if done.text == str(seg["text"]):
                reviewed = set(reviewed_spans(plan.for_segment(index), done))
                moved = [replace(k, start=done.new_offset(k.start), end=done.new_offset(k.start) + len(k.text))
                         for k in keeps if k.segment == index and k.start is not None]
        yield index, seg, reviewed, moved


def _segment_hits(vault: Vault, tid: str, matcher: Any, index: int, seg: dict[str, Any]) -> list[LeakHit]:
    from intake.pseudonymise.detectors.patterns import pattern_hits

    lang = transcript_language(vault, tid)
    hits = leakcheck(str(seg["text"]), matcher, lambda t: pattern_hits(t, lang))
    if seg.get("speaker"):
        hits += [replace(h, start=-1, end=-1) for h in leakcheck(str(seg["speaker"]), matcher,
                                                                 lambda t: pattern_hits(t, lang))]
    return [replace(h, segment=index) for h in hits]
