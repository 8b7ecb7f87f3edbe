"""Merge chooses from what exists: candidates, the merge itself across every interview, and the code invariant.

Invariant (checked by :func:`code_conflicts`, kept by :func:`merge_everywhere` and by the registry's
``bind``): **one entity, one code; one code, one entity.** Every pseudonym item in every stored plan shows the
code its key resolves to, and no two entities that were not merged share a code. A merge target is always
an existing entity of the same label (registered, or holding a code): never typed text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from intake.pseudonymise.plan import Plan, Planner, merge_entities
from intake.pseudonymise.registry import CODE_PREFIX, PseudonymStore
from intake.pseudonymise.textkeys import exact_key, tokens
from intake.review.planning import store_change_in_tx
from intake.review.store import CatalogStore, all_plans, list_entities
from intake.vault.open import Vault

MAX_NAMES = 3


@dataclass(frozen=True)
class MergeTarget:
    """An entity an item may be merged into. ``names`` are identifying: the steward's own terminal only."""

    key: str
    code: str  # "" for a registered entity without a code yet
    label: str
    names: tuple[str, ...]
    registered: bool


def _matches(target: MergeTarget, typed: str) -> bool:
    want = typed.strip().lower().strip("[]")
    if not want:
        return True
    if target.code.lower().strip("[]").startswith(want):
        return True
    words = [exact_key(t.surface) for name in target.names for t in tokens(name)]
    return any(w.startswith(exact_key(want)) for w in words) or any(
        exact_key(n).startswith(exact_key(want)) for n in target.names)


def merge_candidates(vault: Vault, label: str, typed: str = "", exclude: str = "") -> list[MergeTarget]:
    """Every existing entity of ``label`` whose code or a name starts with ``typed``, by code.

    ``exclude``: the key being merged (it and everything already merged into it are left out).
    """
    store = CatalogStore(vault)
    skip = store.root(exclude) if exclude else ""
    seen: dict[str, list[str]] = {}
    for _tid, plan in all_plans(vault):
        for item in plan.items:
            if item.label == label and item.decision != "rejected":
                seen.setdefault(store.root(item.entity_key), []).append(item.original)
    out: dict[str, MergeTarget] = {}
    for entity in (e for e in list_entities(vault) if e.label == label):
        root = store.root(entity.key)
        out[root] = MergeTarget(root, store.code_for(root) or "", label, entity.names()[:MAX_NAMES], True)
    for key, code in store.roots_with_prefix(CODE_PREFIX[label]):
        if key not in out:
            names = tuple(dict.fromkeys(seen.get(key, [])))[:MAX_NAMES]
            out[key] = MergeTarget(key, code, label, names, False)
    chosen = [t for k, t in out.items() if k != skip and _matches(t, typed)]
    return sorted(chosen, key=lambda t: (t.code == "", len(t.code), t.code, t.names))


def refresh_codes(plan: Plan, store: PseudonymStore) -> Plan:
    """``plan`` with every pseudonym item showing the code its key resolves to now."""
    items = []
    for item in plan.items:
        code = store.code_for(item.entity_key) if item.action == "pseudonym" else None
        items.append(replace(item, replacement=code) if code and code != item.replacement else item)
    return plan.with_items(items)


def merge_everywhere_in_tx(vault: Vault, tid: str, plan: Plan, source_key: str, target_key: str,
                           planner: Planner) -> tuple[Plan, list[tuple[str, Plan]]]:
    """In the caller's transaction: merge in ``tid``'s plan (returned, not stored) and in every other stored
    plan that names the entity (stored).

    Returns the new plan and, for each other transcript changed, its plan *before* the change (for undo).
    Each changed transcript gets a new anonymised version; an approved one loses its approval.
    """
    merged = refresh_codes(merge_entities(plan, source_key, target_key, planner), planner.store)
    store = CatalogStore(vault)
    before = []
    for other, old in all_plans(vault):
        if other == tid:
            continue
        new = refresh_codes(old, store)
        if new != old:
            before.append((other, old))
            store_change_in_tx(vault, other, new, "plan.merge", items=sum(
                a != b for a, b in zip(old.items, new.items, strict=True)))
    return merged, before


def code_conflicts(vault: Vault) -> list[str]:
    """Violations of the invariant (transcript and item ids only, never text); empty when it holds."""
    store = CatalogStore(vault)
    problems: list[str] = []
    owners: dict[str, str] = {}
    for tid, plan in all_plans(vault):
        for item in (i for i in plan.items if i.action == "pseudonym" and i.active):
            root, code = store.root(item.entity_key), store.code_for(item.entity_key)
            if code != item.replacement:
                problems.append(f"{tid} {item.id}: shows {item.replacement}, its entity has {code}")
            if owners.setdefault(item.replacement, root) != root:
                problems.append(f"{tid} {item.id}: {item.replacement} is shared by two entities")
    return problems
