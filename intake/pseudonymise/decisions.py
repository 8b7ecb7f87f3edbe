"""Review progress and decisions over many items: what "reviewed" means, on plain plans.

A plan is **reviewed** when every item carries a steward decision (anything but ``suggested``). The review
front ends (terminal, browser) show :func:`progress` as "12 of 23 decided" and walk :func:`pending`; the
application stores the plan after every decision, so an interrupted review loses nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, replace

from intake.errors import InputError
from intake.pseudonymise.plan import DECISIONS, Plan, PlanItem

UNDECIDED = "suggested"


@dataclass(frozen=True)
class Progress:
    """How far the review of one plan has come."""

    decided: int
    total: int
    undecided_by_label: tuple[tuple[str, int], ...] = ()

    @property
    def undecided(self) -> int:
        return self.total - self.decided

    @property
    def complete(self) -> bool:
        return self.decided == self.total

    def __str__(self) -> str:
        return f"{self.decided} of {self.total} decided"

    def labels(self) -> str:
        """``PERSON 6, LOCATION 5`` (undecided items per label)."""
        return ", ".join(f"{label} {n}" for label, n in self.undecided_by_label)


def progress(plan: Plan) -> Progress:
    """Decided and total items of ``plan``, with the undecided ones counted per label."""
    open_labels = Counter(i.label for i in plan.items if i.decision == UNDECIDED)
    return Progress(len(plan.items) - sum(open_labels.values()), len(plan.items),
                    tuple(sorted(open_labels.items(), key=lambda kv: (-kv[1], kv[0]))))


def pending(plan: Plan, blocking_keys: Collection[str] = ()) -> list[PlanItem]:
    """Items that need the steward, in transcript order: every undecided item, and every rejected item of a
    registered entity (``blocking_keys``), which the leak gate refuses until it is masked or kept."""
    return [i for i in plan.items
            if i.decision == UNDECIDED or (i.decision == "rejected" and i.entity_key in blocking_keys)]


def position(plan: Plan, item_id: str) -> tuple[int, int]:
    """(n, total): ``item_id`` is item n of total in transcript order ("item 3 of 23")."""
    ids = [i.id for i in plan.items]
    if item_id not in ids:
        raise InputError("no plan item has that id")
    return ids.index(item_id) + 1, len(ids)


def decide_every(plan: Plan, item_id: str, decision: str, *, decided_too: bool = False) -> tuple[Plan, int]:
    """``decision`` for ``item_id`` and every other undecided item of the same entity; (plan, items changed).

    "Apply to every occurrence": the same person is asked about once, not three times. The terminal review,
    walking the items, keeps earlier decisions on single occurrences; ``decided_too`` (the workspace's
    "every occurrence" on an entity, e.g. to put right a mistake) decides those as well.
    """
    if decision not in DECISIONS or decision == UNDECIDED:
        raise InputError(f"unknown decision; use one of: {', '.join(DECISIONS[1:])}")
    items = plan.by_id()
    if item_id not in items:
        raise InputError("no plan item has that id")
    key = items[item_id].entity_key
    chosen = {i.id for i in plan.items
              if i.id == item_id or (i.entity_key == key and (decided_too or i.decision == UNDECIDED))}
    return plan.with_items(replace(i, decision=decision) if i.id in chosen else i for i in plan.items), len(chosen)
