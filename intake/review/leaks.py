"""The leak gate: known names and residual patterns searched in the anonymised text before approval and export."""

from __future__ import annotations

import json
from typing import Any

from intake.errors import RefusedError
from intake.pseudonymise.leakcheck import LeakHit
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


def leaks_in(vault: Vault, tid: str, matcher: Any = None, allow: frozenset[str] = frozenset()) -> list[LeakHit]:
    """Leak check of the latest anonymised version, segment by segment.

    Spans the steward explicitly rejected or kept in review are exempt (their decision is audited);
    ``allow`` exempts surfaces or pattern labels named by ``--allow`` (audited by the caller).
    """
    from intake.pseudonymise.apply import apply_items
    from intake.pseudonymise.detectors.patterns import pattern_hits
    from intake.pseudonymise.leakcheck import leakcheck, reviewed_spans

    stored = latest_anonymised_segments(vault, tid)
    if stored is None:
        raise RefusedError(f"transcript {tid} has no anonymised version", hint=f"run 'intake pseudonymise {tid}'")
    plan, raw, lang = require_plan(vault, tid), load_segments(vault, tid), transcript_language(vault, tid)
    matcher = matcher or known_matcher(vault)
    hits: list[LeakHit] = []
    for index, seg in enumerate(stored):
        text = str(seg["text"])
        ignore: list[tuple[int, int]] = []
        if index < len(raw):
            done = apply_items(str(raw[index]["text"]), plan.for_segment(index))
            if done.text == text:
                ignore = reviewed_spans(plan.for_segment(index), done)
        hits += leakcheck(text, matcher, lambda t: pattern_hits(t, lang), ignore=ignore)
        if seg.get("speaker"):
            hits += leakcheck(str(seg["speaker"]), matcher, lambda t: pattern_hits(t, lang))
    return [h for h in hits if h.surface not in allow and h.kind.split(":")[-1] not in allow]
