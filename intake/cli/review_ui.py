"""The interactive terminal review loop (prompts live in the CLI layer, never in the library)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from intake.pseudonymise.spans import LABELS

if TYPE_CHECKING:
    from intake.pseudonymise.plan import Plan
    from intake.vault.open import Vault

CHOICES = ("[a]ccept  [r]eject  [k]eep this occurrence (reason)  re[l]abel  [m]erge into another key  [s]kip  "
           "[q]uit and save")
REGISTERED_REJECT = ("a registered name stays a leak when rejected: approval and export stay refused until it "
                     "is masked or this occurrence is kept with [k] and a reason")


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    return f"…{text[max(0, start - width):start]}[[{text[start:end]}]]{text[end:end + width]}…"


def interactive_review(vault: Vault, tid: str, plan: Plan) -> None:
    from intake.pseudonymise.plan import add_item, decide, merge_entities, relabel
    from intake.pseudonymise.releases import Release
    from intake.review.workflow import save_reviewed, transcript_planner
    from intake.transcripts.store import segment_texts

    texts = segment_texts(vault, tid)
    planner = transcript_planner(vault, tid)
    keeps: list[Release] = []
    for item in [i for i in plan.items if i.decision == "suggested"]:
        click.echo(f"\n{item.label} -> {item.replacement or item.action}   (by {item.source})")
        click.echo(_context(texts[item.segment], item.start, item.end))
        answer = click.prompt(CHOICES, type=click.Choice(list("arklmsq")), show_choices=False, err=True)
        if answer == "q":
            break
        if answer == "a":
            plan = decide(plan, item.id, "accepted")
        elif answer == "r":
            plan = decide(plan, item.id, "rejected")
            if item.source.startswith("registry"):
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
        hits = [(i, t.find(missed)) for i, t in enumerate(texts) if missed in t]
        for index, start in hits:
            plan = add_item(plan, index, texts[index], start, start + len(missed), label, planner)
        click.echo(f"added {len(hits)} occurrence(s)", err=True)
    version = save_reviewed(vault, tid, plan, keeps)
    click.echo(f"{tid}: review saved; anonymised version {version} (status reviewed)")
