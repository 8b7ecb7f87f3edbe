"""Planning and storing plans for the steward workflows: the planner of a run, apply-and-store, steward changes.

Shared by :mod:`intake.review.workflow` and :mod:`intake.review.residual` (kept apart so neither imports the
other).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from intake.review.store import (
    CatalogStore,
    confirmed_entities,
    list_entities,
    load_policy,
    save_plan_in_tx,
    store_anonymised_in_tx,
)
from intake.transcripts.store import (
    StoredSegment,
    TranscriptStatus,
    get_transcript_info,
    load_segments,
    set_status_in_tx,
    transcript_language,
)
from intake.vault.open import Vault

if TYPE_CHECKING:
    from intake.pseudonymise.plan import Plan, Planner


def planner_for(vault: Vault, language: str) -> Planner:
    """The planner for one run: the policy, the registry, and a matcher over every registered entity and every
    name a steward confirmed in any interview (corpus-wide propagation, :func:`confirmed_entities`)."""
    from intake.pseudonymise.matcher import Matcher
    from intake.pseudonymise.plan import Planner

    registered = list_entities(vault)
    return Planner(policy=load_policy(vault), store=CatalogStore(vault), language=language,
                   matcher=Matcher([*registered, *confirmed_entities(vault, registered)]))


def transcript_planner(vault: Vault, tid: str) -> Planner:
    return planner_for(vault, transcript_language(vault, tid))


def store_plan_and_apply(vault: Vault, tid: str, plan: Plan, *, status: TranscriptStatus) -> int:
    """In the caller's transaction: save the plan, apply it, store a new anonymised version, set status."""
    from intake.pseudonymise.apply import apply_to_segments

    raw = load_segments(vault, tid)
    done = apply_to_segments(raw, plan)
    out = [StoredSegment(a.start, a.end, a.text, raw[a.index].speaker) for a in done]
    save_plan_in_tx(vault, tid, plan)
    version = store_anonymised_in_tx(vault, tid, out)
    set_status_in_tx(vault, tid, status)
    return version


def store_steward_change(vault: Vault, tid: str, plan: Plan, action: str, **details: int) -> int:
    """Save a plan the steward changed outside a full review (an approved transcript goes back to reviewed)."""
    status = get_transcript_info(vault, tid).status
    with vault.transaction():
        version = store_plan_and_apply(vault, tid, plan, status=TranscriptStatus.REVIEWED
                                       if status is TranscriptStatus.APPROVED else status)
        vault.audit(action, tid, version=version, **details)
    return version
