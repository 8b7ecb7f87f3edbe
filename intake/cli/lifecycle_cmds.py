"""``intake withdraw`` and ``intake retention apply``."""

from __future__ import annotations

import click

from intake.cli.lazy import SuggestingGroup
from intake.cli.unlocking import open_vault
from intake.errors import RefusedError


@click.command()
@click.argument("code", metavar="INTERVIEW")
@click.option("--yes", is_flag=True, help="Do not ask for the typed confirmation.")
@click.pass_context
def withdraw(ctx: click.Context, code: str, yes: bool) -> None:
    """Consent withdrawn: delete the interview's recordings, transcripts, plans and keys for good.

    Every copy of its recordings (backups included) becomes undecryptable, because each recording's key
    is destroyed. Registry entries used only by this interview go too. The audit row names no one.
    Exports already sent to coders cannot be recalled.

    \b
    Examples:
      intake withdraw P-017
    """
    from intake.lifecycle import withdraw as run

    with open_vault(ctx) as vault:  # unlock first: a passphrase typed from habit never lands in a visible prompt
        if not yes and click.prompt(f"type the interview code ({code}) to delete it for good", err=True) != code:
            raise RefusedError("not confirmed; nothing was deleted")
        report = run(vault, code)
    click.echo(f"withdrawn: {report.recordings} recording(s), {report.transcripts} transcript(s), "
               f"{report.registry_entries} registry entr(y/ies), {report.blobs_removed} blob file(s) removed")


@click.group(cls=SuggestingGroup)
def retention() -> None:
    """Retention policy: delete audio once its transcript is approved and a period has passed."""


@retention.command("apply")
@click.option("--audio-after", "period", required=True, metavar="PERIOD",
              help="Delete audio of recordings ingested longer ago than this (e.g. 30d, 8w) whose latest "
                   "transcript is approved.")
@click.option("--dry-run", is_flag=True, help="Only list what would be deleted.")
@click.pass_context
def retention_apply(ctx: click.Context, period: str, dry_run: bool) -> None:
    """Delete the audio (key and blob) of approved recordings older than the period. Transcripts stay.

    \b
    Examples:
      intake retention apply --audio-after 30d --dry-run
    """
    from intake.lifecycle import delete_audio, parse_period, retention_candidates

    delta = parse_period(period)
    with open_vault(ctx) as vault:
        ids = retention_candidates(vault, delta)
        if dry_run:
            for rec_id in ids:
                click.echo(f"would delete audio of {rec_id}")
            click.echo(f"{len(ids)} recording(s) due")
            return
        count = delete_audio(vault, ids)
    click.echo(f"audio deleted for {count} recording(s)")
