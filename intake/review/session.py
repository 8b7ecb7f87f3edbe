"""A review session: one transcript's plan, decided item by item, saved after every decision, with undo.

The terminal review (``intake review``) and the browser workspace drive the same object, so every rule
lives here:

1. Each act (accept, reject, apply to every occurrence, keep, relabel, merge, add missed text) changes the
   plan and **saves it at once** (:func:`save_progress`): an interrupted session loses nothing.
2. The transcript is "reviewed" only when every item has a decision; until then it stays a draft and shows
   "12 of 23 decided" (:func:`intake.pseudonymise.decisions.progress`).
3. :meth:`ReviewSession.undo` takes back the last act, merges and kept occurrences included, and saves.
4. The items to visit are the undecided ones and every rejected occurrence of a registered name that is
   not kept (the leak gate refuses those until they are masked or kept with a reason).
5. Merges and relabels choose from what exists (:mod:`intake.review.merging`, :mod:`intake.pseudonymise.vocabulary`).

Audit rows carry counts and ids only.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake.errors import InputError
from intake.ingest.codes import registered_keys
from intake.pseudonymise.decisions import Progress, decide_every, pending, progress
from intake.pseudonymise.plan import Plan, PlanItem, cover, decide, occurrences, relabel
from intake.pseudonymise.releases import Release
from intake.pseudonymise.vocabulary import parse_label
from intake.review.merging import MergeTarget, merge_candidates, merge_everywhere_in_tx
from intake.review.planning import store_change_in_tx, store_plan_and_apply, transcript_planner
from intake.review.releases import delete_keep_in_tx, load_keeps, save_keep_in_tx
from intake.review.store import CatalogStore, all_plans, require_plan
from intake.transcripts.store import TranscriptStatus, list_transcripts, segment_texts
from intake.vault.open import Vault


def save_progress(vault: Vault, tid: str, plan: Plan, action: str = "review.decide") -> int:
    """Store ``plan`` now (status by completeness; a new anonymised version only when the text changed)."""
    with vault.transaction():
        return save_progress_in_tx(vault, tid, plan, action)


def save_progress_in_tx(vault: Vault, tid: str, plan: Plan, action: str = "review.decide") -> int:
    """In the caller's transaction: :func:`save_progress`."""
    version = store_plan_and_apply(vault, tid, plan, status=None, only_if_changed=True)
    done = progress(plan)
    vault.audit(action, tid, decided=done.decided, items=done.total, version=version)
    return version


@dataclass(frozen=True)
class _Step:
    """What :meth:`ReviewSession.undo` restores."""

    plan: Plan
    keep_id: str | None = None
    linked: str | None = None  # the source key a merge linked
    others: tuple[tuple[str, Plan], ...] = ()  # other transcripts' plans before a merge


class ReviewSession:
    """One transcript under review (see module docstring). ``plan`` is always what is stored."""

    def __init__(self, vault: Vault, tid: str) -> None:
        self.vault, self.tid = vault, tid
        self.plan = require_plan(vault, tid)
        self.texts = segment_texts(vault, tid)
        self.planner = transcript_planner(vault, tid)
        self.registered = registered_keys(vault)
        self.version = 0
        self._history: list[_Step] = []
        self._rejected_here: set[str] = set()
        vault.audit("review.open", tid, items=len(self.plan.items), decided=self.progress().decided)

    def progress(self) -> Progress:
        return progress(self.plan)

    def pending(self) -> list[PlanItem]:
        """Items that need the steward, in transcript order: undecided ones, and rejected registered names that
        are not kept (once per session: one the steward rejects now is not asked about again)."""
        kept = {(k.segment, k.start, k.end) for k in load_keeps(self.vault, self.tid)}
        return [i for i in pending(self.plan, self.registered) if (i.segment, i.start, i.end) not in kept
                and (i.decision == "suggested" or i.id not in self._rejected_here)]

    def anonymised_texts(self) -> list[str]:
        """Each segment as the plan leaves it (what the missed-text step shows)."""
        from intake.pseudonymise.apply import apply_items

        return [apply_items(text, self.plan.for_segment(i)).text for i, text in enumerate(self.texts)]

    def occurrences_of(self, item: PlanItem) -> int:
        """Undecided items of the same entity as ``item`` (itself included)."""
        return sum(1 for i in self.plan.items if i.entity_key == item.entity_key and i.decision == "suggested")

    def decide(self, item_id: str, decision: str, *, every: bool = False) -> int:
        """Accept or reject one item, or (``every``) every undecided item of its entity; the items changed."""
        if decision not in ("accepted", "rejected"):
            raise InputError("decide accepts or rejects; keep, relabel and merge have their own acts")
        plan, count = decide_every(self.plan, item_id, decision) if every else (
            decide(self.plan, item_id, decision), 1)
        self._commit(_Step(self.plan), plan)
        return count

    def keep(self, item_id: str, reason: str) -> None:
        """Keep this one occurrence unmasked, with a reason (a release, audited); the item is rejected."""
        item = self._item(item_id)
        release = Release.keep(self.tid, item.segment, item.start, item.end, item.original, reason)
        plan = decide(self.plan, item_id, "rejected")
        with self.vault.transaction():
            rid = save_keep_in_tx(self.vault, self.tid, release, self.texts)
            self.version = save_progress_in_tx(self.vault, self.tid, plan, "review.keep")
        self._remember(_Step(self.plan, keep_id=rid), plan)

    def relabel(self, item_id: str, label: str) -> None:
        """Give one item another label (any case, any alias of the vocabulary)."""
        self._commit(_Step(self.plan), relabel(self.plan, item_id, parse_label(label), self.planner))

    def merge_candidates(self, item_id: str, typed: str = "") -> list[MergeTarget]:
        """Existing entities of the item's label that it may be merged into, filtered by what was typed."""
        item = self._item(item_id)
        return merge_candidates(self.vault, item.label, typed, exclude=item.entity_key)

    def merge(self, item_id: str, target: MergeTarget) -> list[str]:
        """Merge the item's entity into ``target`` (one of :meth:`merge_candidates`), in every interview.

        Returns the other transcripts whose text changed (an approved one must be approved again).
        """
        item = self._item(item_id)
        if target not in self.merge_candidates(item_id):
            raise InputError("choose the merge target from the list of entities")
        with self.vault.transaction():
            plan, others = merge_everywhere_in_tx(self.vault, self.tid, self.plan, item.entity_key, target.key,
                                                  self.planner)
            plan = decide(plan, item_id, "accepted") if item.decision == "suggested" else plan
            self.version = save_progress_in_tx(self.vault, self.tid, plan, "review.merge")
        self._remember(_Step(self.plan, linked=item.entity_key, others=tuple(others)), plan)
        return [t for t, _ in others]

    def add_missed(self, text: str, label: str) -> int:
        """Mask every occurrence (any case) of ``text`` in every segment as ``label``; the occurrences."""
        chosen, plan, count = parse_label(label), self.plan, 0
        for index, segment in enumerate(self.texts):
            for start in occurrences(segment, text.strip()) if text.strip() else []:
                plan = cover(plan, index, segment, start, start + len(text.strip()), chosen, self.planner)
                count += 1
        if count:
            self._commit(_Step(self.plan), plan)
        return count

    def undo(self) -> bool:
        """Take back the last act and save; False when there is nothing to undo."""
        if not self._history:
            return False
        step = self._history.pop()
        with self.vault.transaction():
            if step.keep_id:
                delete_keep_in_tx(self.vault, self.tid, step.keep_id)
            if step.linked:
                CatalogStore(self.vault).unlink(step.linked)
            for other, plan in step.others:
                store_change_in_tx(self.vault, other, plan, "plan.merge_undone")
            self.version = save_progress_in_tx(self.vault, self.tid, step.plan, "review.undo")
        self.plan = step.plan
        return True

    def _item(self, item_id: str) -> PlanItem:
        item = self.plan.by_id().get(item_id)
        if item is None:
            raise InputError("no plan item has that id")
        return item

    def _commit(self, step: _Step, plan: Plan) -> None:
        self.version = save_progress(self.vault, self.tid, plan)
        self._remember(step, plan)

    def _remember(self, step: _Step, plan: Plan) -> None:
        self._history.append(step)
        self._rejected_here |= {i.id for i in plan.items if i.decision == "rejected"}
        self.plan = plan


def review_progress(vault: Vault, tid: str) -> Progress:
    """"12 of 23 decided" for a stored plan."""
    return progress(require_plan(vault, tid))


def next_to_review(vault: Vault) -> str | None:
    """The next transcript that needs a decision: drafts with undecided items first, then any other
    transcript with undecided items that is not approved; oldest first (ties: by interview, recording and
    version). Only the latest version of each recording (or imported interview) counts: an older one is
    superseded by it. None when there is none."""
    plans = dict(all_plans(vault))
    infos = list_transcripts(vault)
    latest = {info.lineage: info.id for info in infos}  # ascending versions: the last one wins
    waiting = []
    for order, info in enumerate(infos):
        plan = plans.get(info.id)
        if latest[info.lineage] != info.id or plan is None or info.status.is_exportable() or progress(plan).complete:
            continue
        waiting.append((info.status is not TranscriptStatus.DRAFT, info.created, order, info.id))
    return min(waiting)[3] if waiting else None

