"""The terminal review: prompts live here; every rule lives in :class:`intake.review.session.ReviewSession`.

One key per decision, without Enter when standard input is a terminal; a line per answer otherwise (scripts,
tests). Every decision is saved at once, so ``q`` or Ctrl-C loses nothing. This is the steward's own
terminal: it shows the identifying text under review.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from intake.pseudonymise.spans import LABELS
from intake.pseudonymise.vocabulary import KIND_OF

if TYPE_CHECKING:
    from intake.pseudonymise.plan import PlanItem
    from intake.review.session import ReviewSession
    from intake.vault.open import Vault

KEYS = "aArRklmsuq"
CHOICES = ("[a]ccept  [A]ccept every occurrence  [r]eject  [R]eject every occurrence  [k]eep this occurrence "
           "(reason)  re[l]abel  [m]erge into an existing entity  [s]kip  [u]ndo  [q]uit (saved)")
REGISTERED_REJECT = ("a registered name stays a leak when rejected: approval and export stay refused until it "
                     "is masked or this occurrence is kept with [k] and a reason")
BLOCKING = "rejected, but a registered name: mask it with [a], or keep this occurrence with [k] and a reason"


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    return f"…{text[max(0, start - width):start]}[[{text[start:end]}]]{text[end:end + width]}…"


def _heading(item: PlanItem) -> str:
    """``PERSON -> [PERSON-03]   (by names)``; a recall-first candidate is marked and says how to release it."""
    head = f"{item.label} -> {item.replacement or item.action}   (by {item.source})"
    if item.uncertain:
        return f"uncertain: {head}; masked unless you press r (not identifying)"
    return head


def _is_terminal() -> bool:
    return sys.stdin.isatty()


def read_key(prompt: str, allowed: str = KEYS) -> str:
    """One key: without Enter on a terminal (``click.getchar``), one line otherwise."""
    if not _is_terminal():
        answer: str = click.prompt(prompt, type=click.Choice(list(allowed)), show_choices=False, err=True)
        return answer
    while True:
        click.echo(f"{prompt}: ", nl=False, err=True)
        key = click.getchar()
        click.echo(key, err=True)
        if key in allowed:
            return key
        click.echo(f"press one of: {' '.join(allowed)}", err=True)


def print_plan(vault: Vault, tid: str) -> None:
    """The whole plan as a table on the steward's terminal (identifying: the listing is audited)."""
    from intake.pseudonymise.decisions import progress
    from intake.review.workflow import plan_listing

    plan, texts = plan_listing(vault, tid)
    uncertain = sum(i.uncertain for i in plan.items)
    click.echo(f"{tid}: {len(plan.items)} item(s), {uncertain} uncertain; {progress(plan)}")
    for item in plan.items:
        mark = "uncertain" if item.uncertain else ""
        click.echo(f"{item.id:<20} {item.segment:>4}  {item.label:<15} {item.decision:<10} {mark:<9}  "
                   f"{item.replacement or item.action:<14} {_context(texts[item.segment], item.start, item.end, 25)}")


def interactive_review(vault: Vault, tid: str) -> None:
    """Walk the items that need a decision, then the missed-text step; everything is saved as it happens."""
    from intake.review.session import ReviewSession

    session = ReviewSession(vault, tid)
    click.echo(f"{tid}: {session.progress()}; {len(session.pending())} item(s) to decide", err=True)
    skipped: set[str] = set()
    while queue := [i for i in session.pending() if i.id not in skipped]:
        item = queue[0]
        _show(session, item)
        key = read_key("decision")
        if key == "q":
            _finish(session)
            return
        if key == "s":
            skipped.add(item.id)
        elif key == "u":
            click.echo("undone" if session.undo() else "nothing to undo", err=True)
        else:
            _act(session, item, key)
    _missed_step(session)
    _finish(session)


def _show(session: ReviewSession, item: PlanItem) -> None:
    from intake.pseudonymise.decisions import position

    number, total = position(session.plan, item.id)
    click.echo(f"\nitem {number} of {total} · {session.progress()}")
    click.echo(_heading(item))
    click.echo(_context(session.texts[item.segment], item.start, item.end))
    if item.decision == "rejected":
        click.echo(BLOCKING)
    same = session.occurrences_of(item)
    if same > 1:
        click.echo(f"this entity has {same} undecided occurrences: A accepts all, R rejects all")
    click.echo(CHOICES, err=True)


def _act(session: ReviewSession, item: PlanItem, key: str) -> None:
    if key in "aArR":
        decision = "accepted" if key in "aA" else "rejected"
        count = session.decide(item.id, decision, every=key.isupper())
        click.echo(f"{decision}: {count} item(s) · {session.progress()}", err=True)
        if decision == "rejected" and item.entity_key in session.registered:
            click.echo(f"intake: warning: {REGISTERED_REJECT}", err=True)
    elif key == "k":
        reason = click.prompt("why may this occurrence stay (kept in the vault, audited)", err=True)
        session.keep(item.id, reason)
    elif key == "l":
        label = choose_label(f"new label (was {item.label})")
        if label:
            session.relabel(item.id, label)
    elif key == "m":
        _merge(session, item)


def choose_label(prompt: str) -> str | None:
    """A numbered list of labels; a number, a label or an alias (any case) chooses, empty cancels."""
    from intake.errors import UsageError
    from intake.pseudonymise.vocabulary import parse_label

    click.echo("  ".join(f"{n}) {lab} ({KIND_OF.get(lab, lab.lower())})" for n, lab in enumerate(LABELS, 1)),
               err=True)
    while True:
        answer = click.prompt(f"{prompt}: number or name, empty to cancel", default="", show_default=False,
                              err=True).strip()
        if not answer:
            return None
        if answer.isdigit() and 1 <= int(answer) <= len(LABELS):
            return LABELS[int(answer) - 1]
        try:
            return parse_label(answer)
        except UsageError as err:
            click.echo(f"{err.message}; {err.hint}", err=True)


def _merge(session: ReviewSession, item: PlanItem) -> None:
    typed = click.prompt(f"merge into which {item.label}? type the start of a code or name (empty: all)",
                         default="", show_default=False, err=True)
    targets = session.merge_candidates(item.id, typed)
    if not targets:
        click.echo(f"no existing {item.label} matches; nothing merged (register it with 'intake entities add', "
                   "or relabel the item)", err=True)
        return
    for n, target in enumerate(targets, 1):
        how = "registered" if target.registered else "in transcripts"
        click.echo(f"  {n}) {target.code or '(no code yet)'}  {', '.join(target.names)}  ({how})", err=True)
    while True:
        answer = click.prompt("merge into number (empty to cancel)", default="", show_default=False, err=True)
        if not answer.strip():
            return
        if answer.strip().isdigit() and 1 <= int(answer) <= len(targets):
            break
        click.echo(f"choose a number from 1 to {len(targets)}", err=True)
    others = session.merge(item.id, targets[int(answer) - 1])
    click.echo(f"merged: {targets[int(answer) - 1].code or 'code on first use'} · {session.progress()}", err=True)
    if others:
        click.echo(f"also changed in {len(others)} other transcript(s): {', '.join(others)} "
                   "(an approved one must be approved again)", err=True)


def _missed_step(session: ReviewSession) -> None:
    """Show the transcript (segment numbers and text), then mask any text the detector missed."""
    click.echo("\nthe transcript as it will read ([segment] text): is anything identifying left?")
    for index, text in enumerate(session.anonymised_texts()):
        click.echo(f"  [{index}] {text}")
    while True:
        missed = click.prompt("text the detector missed (empty to finish)", default="", show_default=False,
                              err=True)
        if not missed.strip():
            return
        label = choose_label("label")
        if label is None:
            continue
        count = session.add_missed(missed, label)
        click.echo(f"added {count} occurrence(s)" if count else "not found in the transcript", err=True)


def _finish(session: ReviewSession) -> None:
    done = session.progress()
    status = "reviewed" if done.complete else "draft"
    click.echo(f"{session.tid}: {done}; saved (status {status}); anonymised version {session.version or 'unchanged'}")
    if not done.complete:
        click.echo(f"continue with 'intake review {session.tid}', or approve the rest as suggested with "
                   f"'intake approve {session.tid} --accept-rest'", err=True)
