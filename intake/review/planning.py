"""Planning and storing plans for the steward workflows: the planner of a run, apply-and-store, steward changes.

Shared by :mod:`intake.review.workflow`, :mod:`intake.review.session` and :mod:`intake.review.residual`
(kept apart so none imports another). The planner's matcher is the leak gate's search
(:mod:`intake.review.known`): ``pseudonymise`` masks every known form the gate would flag.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from intake.review.known import KnownNames, known_names
from intake.review.store import (
    CatalogStore,
    latest_anonymised_json,
    load_policy,
    save_plan_in_tx,
    store_anonymised_in_tx,
)
from intake.transcripts.store import (
    StoredSegment,
    TranscriptStatus,
    get_transcript_info,
    load_segments,
    segments_to_json,
    set_status_in_tx,
    transcript_language,
)
from intake.vault.open import Vault

if TYPE_CHECKING:
    from intake.pseudonymise.plan import Plan, Planner

KNOWN_REASON = "propagated:known"


def planner_for(vault: Vault, language: str, known: KnownNames | None = None) -> Planner:
    """The planner for one run: the policy, the registry, and the gate's matcher over every known name
    (registered or confirmed in any interview: corpus-wide propagation)."""
    from intake.pseudonymise.plan import Planner

    matcher = (known or known_names(vault)).matcher
    return Planner(policy=load_policy(vault), store=CatalogStore(vault), language=language, matcher=matcher)


def transcript_planner(vault: Vault, tid: str) -> Planner:
    return planner_for(vault, transcript_language(vault, tid))


def mask_known(plan: Plan, texts: Sequence[str], known: KnownNames, planner: Planner) -> Plan:
    """``plan`` plus a suggested item for every known-name hit it does not cover yet.

    The same search as the leak gate (own suggestions and literal surfaces included), so what
    ``pseudonymise`` leaves unmasked is what the steward decided to leave, never a form the gate knows.
    """
    from intake.pseudonymise.spans import Span

    items = list(plan.items)
    for index, text in enumerate(texts):
        taken = [i for i in items if i.segment == index]
        for hit in known.find(text):
            if any(i.start < hit.end and hit.start < i.end for i in taken):
                continue
            span = Span(hit.start, hit.end, hit.kind.split(":", 1)[1], text[hit.start:hit.end], 1.0, "registry",
                        KNOWN_REASON)
            key = hit.entity_keys[0] if len(hit.entity_keys) == 1 else None
            taken.append(planner.item(index, text, span, key))
            items.append(taken[-1])
    return plan.with_items(items)


def completeness_status(plan: Plan) -> TranscriptStatus:
    """Reviewed only when every item carries a steward decision; a draft otherwise."""
    from intake.pseudonymise.decisions import progress

    return TranscriptStatus.REVIEWED if progress(plan).complete else TranscriptStatus.DRAFT


def store_plan_and_apply(vault: Vault, tid: str, plan: Plan, *, status: TranscriptStatus | None,
                         only_if_changed: bool = False) -> int:
    """In the caller's transaction: save the plan, apply it, store a new anonymised version, set status.

    ``status`` None: by completeness (:func:`completeness_status`). ``only_if_changed``: keep the latest
    anonymised version when applying the plan gives the same text (an autosave after an accept).
    """
    from intake.pseudonymise.apply import apply_to_segments

    raw = load_segments(vault, tid)
    done = apply_to_segments(raw, plan)
    out = [StoredSegment(a.start, a.end, a.text, raw[a.index].speaker) for a in done]
    save_plan_in_tx(vault, tid, plan)
    latest = latest_anonymised_json(vault, tid)
    if only_if_changed and latest is not None and latest[1] == segments_to_json(out):
        version = latest[0]
    else:
        version = store_anonymised_in_tx(vault, tid, out)
    set_status_in_tx(vault, tid, status or completeness_status(plan))
    return version


def store_steward_change(vault: Vault, tid: str, plan: Plan, action: str, **details: int) -> int:
    """Save a plan the steward changed outside a full review (an approved transcript loses its approval)."""
    with vault.transaction():
        return store_change_in_tx(vault, tid, plan, action, **details)


def store_change_in_tx(vault: Vault, tid: str, plan: Plan, action: str, **details: int) -> int:
    """In the caller's transaction: :func:`store_steward_change`."""
    status = get_transcript_info(vault, tid).status
    version = store_plan_and_apply(vault, tid, plan, status=None if status is TranscriptStatus.APPROVED else status)
    vault.audit(action, tid, version=version, **details)
    return version
