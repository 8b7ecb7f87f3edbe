"""``intake withdraw`` and ``intake retention apply``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from intake.cli.common import warn
from intake.cli.lazy import SuggestingGroup
from intake.cli.unlocking import open_vault
from intake.errors import NotFoundError, RefusedError

if TYPE_CHECKING:
    from intake.vault.open import Vault

retire_option = click.option(
    "--retire-field-identity", "retire", is_flag=True,
    help="Also replace the vault's field identity, so leftover field packages of these recordings stop opening "
         "(import outstanding packages first; re-init field devices afterwards).")


def warn_field_packages(count: int) -> None:
    """The library reports field-imported recordings destroyed without retirement; the CLI says what it means."""
    warn(f"{count} of these recording(s) came from field packages: copies of those packages left elsewhere "
         "(a field outbox, a USB stick, a download folder) can still be opened with this vault's key, even by "
         "someone who compels a passphrase, until the field identity is retired")
    click.echo("intake: hint: run 'intake keys retire-field-identity' (after importing outstanding packages), or "
               "pass --retire-field-identity next time", err=True)


def report_retirement(retired: bool, count: int, old: str, recipient: str, fingerprint: str) -> None:
    if retired:
        from intake.cli.keys_cmds import say_retired

        say_retired(old, recipient, fingerprint)
    elif count:
        warn_field_packages(count)


@click.command()
@click.argument("code", metavar="INTERVIEW")
@click.option("--yes", is_flag=True, help="Do not ask for the typed confirmation.")
@retire_option
@click.pass_context
def withdraw(ctx: click.Context, code: str, yes: bool, retire: bool) -> None:
    """Consent withdrawn: delete the interview's recordings, transcripts, plans and keys for good.

    Every copy of its recordings (backups included) becomes undecryptable, because each recording's key
    is destroyed. Registry entries used only by this interview go too. The audit row names no one.
    Exports already sent to coders cannot be recalled. Copies of its FIELD PACKAGES left anywhere stay
    decryptable with the vault's key until the field identity is retired (--retire-field-identity).

    \b
    Examples:
      intake withdraw P-017
      intake withdraw P-017 --retire-field-identity
    """
    from intake.lifecycle import withdraw as run

    with open_vault(ctx) as vault:  # unlock first: a passphrase typed from habit never lands in a visible prompt
        _check_interview(vault, code)  # an unknown code is said before the code is asked for
        if not yes and click.prompt(f"type the interview code ({code}) to delete it for good", err=True) != code:
            raise RefusedError("not confirmed; nothing was deleted")
        old = vault.fingerprint()
        report = run(vault, code, retire_field_identity=retire)
        recipient, fingerprint = vault.header.recipient, vault.fingerprint()
    click.echo(f"withdrawn: {report.recordings} recording(s), {report.transcripts} transcript(s), "
               f"{report.registry_entries} registry entr(y/ies), {report.blobs_removed} blob file(s) removed")
    report_retirement(report.field_identity_retired, report.field_packages, old, recipient, fingerprint)


def _check_interview(vault: Vault, code: str) -> None:
    from intake.ingest.recordings import interview_exists

    if not interview_exists(vault, code):
        raise NotFoundError(f"no interview {code!r}", hint="'intake interviews list' shows the codes")


@click.group(cls=SuggestingGroup)
def retention() -> None:
    """Retention policy: delete audio once its transcript is approved and a period has passed."""


@retention.command("apply")
@click.option("--audio-after", "period", required=True, metavar="PERIOD",
              help="Delete audio of recordings ingested longer ago than this (e.g. 30d, 8w) whose latest "
                   "transcript is approved.")
@click.option("--dry-run", is_flag=True, help="Only list what would be deleted.")
@retire_option
@click.pass_context
def retention_apply(ctx: click.Context, period: str, dry_run: bool, retire: bool) -> None:
    """Delete the audio (key and blob) of approved recordings older than the period. Transcripts stay.

    \b
    Examples:
      intake retention apply --audio-after 30d --dry-run
      intake retention apply --audio-after 30d --retire-field-identity
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
        old = vault.fingerprint()
        report = delete_audio(vault, ids, retire_field_identity=retire)
        recipient, fingerprint = vault.header.recipient, vault.fingerprint()
    click.echo(f"audio deleted for {report.recordings} recording(s)")
    report_retirement(report.field_identity_retired, report.field_packages, old, recipient, fingerprint)
