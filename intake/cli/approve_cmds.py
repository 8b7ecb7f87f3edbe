"""``intake approve``: one transcript, several, or every reviewed one, each through every gate."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from intake.cli.printable import printable_lines
from intake.cli.unlocking import open_vault
from intake.errors import PartialFailure, RefusedError, UsageError

if TYPE_CHECKING:
    from collections.abc import Callable

    from intake.pseudonymise.decisions import Progress
    from intake.review.worklist import ApproveOutcome
    from intake.vault.open import Vault


@click.command()
@click.argument("tids", nargs=-1, metavar="TRANSCRIPT_ID...")
@click.option("--all-reviewed", is_flag=True, help="Every transcript whose latest version is reviewed.")
@click.option("--accept-rest", is_flag=True,
              help="Approve the items nobody decided as suggested (masked; they never feed other interviews; "
                   "audited with the count).")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation (undecided items still need --accept-rest).")
@click.pass_context
def approve(ctx: click.Context, tids: tuple[str, ...], all_reviewed: bool, accept_rest: bool, yes: bool) -> None:
    """Approve anonymised transcripts for export, each after its leak and residual-risk checks.

    Refused while any item is undecided (unless --accept-rest, or you confirm at the prompt), while the leak
    check finds anything, and while the residual-risk check has an unresolved hit.

    Only the latest version of a recording can be approved; approving it supersedes an older approved one.
    With several ids (or --all-reviewed) each is approved or reported with why, and the exit code is 7 when
    some failed (6 when none was approved).

    \b
    Examples:
      intake approve 0123456789ab
      intake approve 0123 4567 89ab
      intake approve --all-reviewed
    """
    from intake.review.worklist import approve_one, reviewed_ids

    if bool(tids) == all_reviewed:
        raise UsageError("give transcript ids or --all-reviewed")
    with open_vault(ctx) as vault:
        chosen = list(tids) or reviewed_ids(vault)
        if not chosen:
            click.echo("nothing to approve: no transcript is reviewed and waiting for approval")
            return

        def accept(tid: str, done: Progress) -> bool:
            return _accept_rest(tid, done, accept_rest, yes)

        if len(chosen) == 1 and not all_reviewed:
            _approve_single(vault, chosen[0], accept)
            return
        outcomes = [approve_one(vault, ref, accept) for ref in chosen]
    _report_batch(outcomes)


def _accept_rest(tid: str, done: Progress, accept_rest: bool, yes: bool) -> bool:
    """Whether to approve ``tid``'s undecided items as suggested: --accept-rest, else ask (never with --yes)."""
    if accept_rest:
        return True
    click.echo(f"{tid}: {done}; undecided: {done.labels()}", err=True)
    return not yes and click.confirm(f"approve the {done.undecided} undecided item(s) as suggested (masked)?",
                                     err=True)


def _approve_single(vault: Vault, ref: str, accept: Callable[[str, Progress], bool]) -> None:
    from intake.review.session import review_progress
    from intake.review.workflow import approve as run
    from intake.review.worklist import ApproveOutcome
    from intake.transcripts.store import resolve_transcript_id

    tid = resolve_transcript_id(vault, ref)
    done = review_progress(vault, tid)
    accepted = not done.complete and accept(tid, done)
    result = run(vault, tid, accept_rest=accepted)  # refusals raise, with their hints
    click.echo(_approved_line(ApproveOutcome(tid, True, superseded=result.superseded,
                                             accepted_rest=result.accepted_rest)))


def _approved_line(item: ApproveOutcome) -> str:
    more = f" (supersedes {', '.join(item.superseded)})" if item.superseded else ""
    extra = f" ({item.accepted_rest} undecided item(s) approved as suggested)" if item.accepted_rest else ""
    return f"{item.transcript}: approved for export{more}{extra}"


def _report_batch(outcomes: list[ApproveOutcome]) -> None:
    for item in outcomes:
        if item.ok:
            click.echo(_approved_line(item))
        else:
            click.echo(f"intake: error: {item.transcript}: not approved: {printable_lines(item.message)}", err=True)
    failed = sum(1 for i in outcomes if not i.ok)
    if failed and failed == len(outcomes):
        raise RefusedError(f"none of the {len(outcomes)} transcript(s) was approved", hint=_BATCH_HINT)
    if failed:
        raise PartialFailure(f"{failed} of {len(outcomes)} transcript(s) not approved; the others were",
                             hint=_BATCH_HINT)


_BATCH_HINT = "each is named above with why; fix it and approve it again"
