"""The interactive terminal review loop (prompts live in the CLI layer, never in the library)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from intake.pseudonymise.spans import LABELS

if TYPE_CHECKING:
    from intake.pseudonymise.plan import Plan, PlanItem
    from intake.vault.open import Vault

CHOICES = ("[a]ccept  [r]eject  [k]eep this occurrence (reason)  re[l]abel  [m]erge into another key  [s]kip  "
           "[q]uit and save")
REGISTERED_REJECT = ("a registered name stays a leak when rejected: approval and export stay refused until it "
                     "is masked or this occurrence is kept with [k] and a reason")


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    return f"…{text[max(0, start - width):start]}[[{text[start:end]}]]{text[end:end + width]}…"


def _heading(item: PlanItem) -> str:
    """``PERSON -> [PERSON-03]   (by names)``; a recall-first candidate is marked and says how to release it."""
    head = f"{item.label} -> {item.replacement or item.action}   (by {item.source})"
    if item.uncertain:
        return f"uncertain: {head}; masked unless you press r (not identifying)"
    return head


def print_plan(vault: Vault, tid: str) -> None:
    """The whole plan as a table on the steward's terminal (identifying: the listing is audited)."""
    from intake.review.workflow import plan_listing

    plan, texts = plan_listing(vault, tid)
    click.echo(f"{tid}: {len(plan.items)} item(s), {sum(i.uncertain for i in plan.items)} uncertain")
    for item in plan.items:
        mark = "uncertain" if item.uncertain else ""
        click.echo(f"{item.id:<20} {item.segment:>4}  {item.label:<15} {item.decision:<10} {mark:<9}  "
                   f"{item.replacement or item.action:<14} {_context(texts[item.segment], item.start, item.end, 25)}")


def interactive_review(vault: Vault, tid: str, plan: Plan) -> None:
    from intake.pseudonymise.plan import cover, decide, merge_entities, occurrences, relabel
    from intake.pseudonymise.releases import Release
    from intake.review.planning import transcript_planner
    from intake.review.store import list_entities
    from intake.review.workflow import save_reviewed
    from intake.transcripts.store import segment_texts

    texts = segment_texts(vault, tid)
    planner = transcript_planner(vault, tid)
    registered = {e.key for e in list_entities(vault)}  # a name confirmed elsewhere is a match, not registered
    keeps: list[Release] = []
    for item in [i for i in plan.items if i.decision == "suggested"]:
        click.echo(f"\n{_heading(item)}")
        click.echo(_context(texts[item.segment], item.start, item.end))
        answer = click.prompt(CHOICES, type=click.Choice(list("arklmsq")), show_choices=False, err=True)
        if answer == "q":
            break
        if answer == "a":
            plan = decide(plan, item.id, "accepted")
        elif answer == "r":
            plan = decide(plan, item.id, "rejected")
            if item.entity_key in registered:
                click.echo(f"intake: warning: {REGISTERED_REJECT}", err=True)
        elif answer == "k":
            reason = click.prompt("why may this occurrence stay (kept in the vault, audited)", err=True)
            keeps.append(Release.keep(tid, item.segment, item.start, item.end, item.original, reason))
            plan = decide(plan, item.id, "rejected")
        elif answer == "l":
            label = click.prompt("new label", type=click.Choice(list(LABELS)), err=True)
            plan = relabel(plan, item.id, label, planner)
        elif answer == "m":
            plan = merge_entities(plan, item.entity_key, click.prompt("merge into key", err=True), planner)
    while True:
        missed = click.prompt("text the detector missed (empty to finish)", default="", show_default=False, err=True)
        if not missed:
            break
        label = click.prompt("label", type=click.Choice(list(LABELS)), err=True)
        hits = [(i, start) for i, t in enumerate(texts) for start in occurrences(t, missed)]
        for index, start in hits:
            plan = cover(plan, index, texts[index], start, start + len(missed), label, planner)
        click.echo(f"added {len(hits)} occurrence(s)", err=True)
    version = save_reviewed(vault, tid, plan, keeps)
    click.echo(f"{tid}: review saved; anonymised version {version} (status reviewed)")
