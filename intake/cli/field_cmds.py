"""``intake field init|ingest`` (interviewer's laptop, public key only) and ``intake import`` (steward)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from intake.cli.common import (
    failed_summary,
    max_duration_option,
    refuse_not_shredded,
    refuse_withdrawn,
    say,
    show_results,
    warn,
    warn_hidden,
)
from intake.cli.lazy import SuggestingGroup
from intake.cli.unlocking import open_vault
from intake.errors import FieldIdentityRetired, NotFoundError, PartialFailure, UsageError

if TYPE_CHECKING:
    from intake.ingest.batch import BatchReport

LANG_CHOICE = click.Choice(["auto", "ru", "be", "en", "uk", "pl", "lt"])


@click.group(cls=SuggestingGroup)
def field() -> None:
    """Field devices: package recordings for a vault knowing only its public recipient."""


@field.command("init")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--recipient", required=True, metavar="AGE1…", help="The vault's public recipient.")
@click.option("--vault-id", metavar="HEX", help="The vault id (from 'intake keys recipient --json'); optional.")
@click.option("--replace-recipient", is_flag=True,
              help="DIRECTORY is a field directory for another recipient: switch it to this one (packages "
                   "already in its outbox stay, for the old one, and are named).")
def field_init(directory: Path, recipient: str, vault_id: str | None, replace_recipient: bool) -> None:
    """Make DIRECTORY a field directory: the vault's public recipient and an empty outbox, nothing secret.

    'intake field ingest' uses ~/field unless given --field DIR (or INTAKE_FIELD=DIR). A folder made for
    another recipient (e.g. after 'intake keys retire-field-identity') is refused unless --replace-recipient.

    \b
    Examples:
      intake field init ~/field --recipient age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq
      intake field init ~/field --recipient age1… --replace-recipient
    """
    from crypto.agefile import recipient_fingerprint
    from intake.field.device import CONFIG_NAME, init_field

    path = directory.expanduser()
    if replace_recipient and (path / CONFIG_NAME).exists():
        _replace(path, recipient, vault_id)
        return
    cfg = init_field(path, recipient, vault_id)
    say(f"field directory {cfg.path}; packages go to {cfg.outbox}")
    say(f"vault recipient fingerprint: {recipient_fingerprint(recipient)}")
    say("compare it by phone with the steward's 'intake keys recipient' before recording anything")


def _replace(path: Path, recipient: str, vault_id: str | None) -> None:
    from crypto.agefile import recipient_fingerprint
    from intake.field.device import replace_recipient

    done = replace_recipient(path, recipient, vault_id)
    say(f"field directory {path} switched to the new recipient; packages go to {done.config.outbox}")
    say(f"old recipient fingerprint: {recipient_fingerprint(done.previous)}")
    say(f"vault recipient fingerprint: {recipient_fingerprint(recipient)}")
    say("compare it by phone with the steward's 'intake keys recipient' before recording anything")
    if done.stale:
        warn(f"{len(done.stale)} package(s) in the outbox were made for the old recipient and stay there: "
             f"{', '.join(done.stale)}; hand them to the steward of the old recipient's vault, or delete them "
             "once you know they were imported")


@field.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--field", "field_dir", envvar="INTAKE_FIELD", default="~/field", show_default=True,
              type=click.Path(file_okay=False), help="The field directory (or set INTAKE_FIELD).")
@click.option("--interview", required=True, metavar="CODE", help="Pseudonymous interview code, e.g. P-021.")
@click.option("--language", type=LANG_CHOICE, default="auto", show_default=True, help="Spoken language.")
@click.option("--interviewer", metavar="CODE", help="Pseudonymous code of the interviewer (optional).")
@click.option("--recursive", "-r", is_flag=True, help="Package every file inside the given folders.")
@click.option("--keep-name", is_flag=True, help="Seal the original file name into the package (names identify).")
@click.option("--shred", is_flag=True,
              help="After the package is written and checked, overwrite and delete the original.")
@max_duration_option
def field_ingest(paths: tuple[Path, ...], field_dir: str, interview: str, language: str, interviewer: str | None,
                 recursive: bool, keep_name: bool, shred: bool, max_hours: float) -> None:
    """Seal recordings into packages in the outbox; this laptop cannot decrypt them afterwards.

    Each file becomes one OUTBOX/<random>.intake package, read back and checked before the original is
    shredded (with --shred; once begun, a shred finishes before Ctrl-C takes effect). The exit code is 7 when
    any file failed or --shred could not remove an original. Hidden files are skipped by --recursive and
    named. Prefer a folder to file names: names typed here stay in the shell history.

    \b
    Examples:
      intake field ingest rec_0412.m4a --interview P-017 --language ru --shred
      intake field ingest /media/sdcard/ --interview P-018 --recursive --field ~/field
    """
    from intake.field.device import field_ingest_many, load_field
    from intake.fs import SHRED_CAVEAT
    from intake.ingest.batch import IngestOptions, check_options

    opts = IngestOptions(interview=interview, language=language, interviewer=interviewer, keep_name=keep_name,
                         shred=shred, max_duration=max_hours * 3600)
    check_options(opts)
    cfg = load_field(Path(field_dir).expanduser())
    if shred:
        warn(f"--shred: {SHRED_CAVEAT}")
    report = field_ingest_many(cfg, list(paths), opts, recursive=recursive)
    if report.stale_parts:
        warn(f"removed {report.stale_parts} unfinished package(s) (.part) left by an interrupted run; they were "
             "encrypted, and their originals were not shredded")
    show_results(report, lambda r: f"packaged   {r.source} -> {cfg.outbox / (r.recording_id or '')}",
                 f"{report.count('packaged')} packaged, {report.failed} failed")
    warn_hidden(report, "package", "packaged")
    _field_outcome(report, shred)


def _field_outcome(report: BatchReport, shred: bool) -> None:
    packaged = report.count("packaged")
    if not shred and packaged:
        warn(f"{packaged} original(s) left in place, still readable: shred them or use --shred")
    if report.failed:
        raise PartialFailure(failed_summary(report.failed, len(report.results), "file(s)", "packaged"))
    refuse_not_shredded(report, "packaged")


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@max_duration_option
@click.option("--remove-package", is_flag=True,
              help="Overwrite and delete each package once its recording is in the vault and checked "
                   "(see the caveat).")
@click.pass_context
def import_cmd(ctx: click.Context, paths: tuple[Path, ...], max_hours: float, remove_package: bool) -> None:
    """Import field packages (.intake files, or folders holding them) into the vault.

    Each recording is checked against the SHA-256 sealed in its package. A package already imported is
    skipped; a damaged or forged one, one made for another vault, or one declaring a recording longer than
    --max-duration is named and the batch goes on (exit code 7). A package made for a field identity this
    vault retired cannot be opened any more and is refused by name (exit code 6), and so is a recording the
    vault destroyed (a withdrawn interview, audio deleted under retention). With --remove-package a
    package is overwritten and deleted once the vault holds its recording, checked: a leftover package stays
    decryptable with the vault's key until the field identity is retired.

    \b
    Examples:
      intake import ~/field/outbox/
      intake import a1b2.intake c3d4.intake
      intake import /media/usb/outbox/ --remove-package
    """
    from intake.field.importer import import_packages
    from intake.fs import SHRED_CAVEAT
    from intake.ingest.batch import check_max_duration

    max_duration = check_max_duration(max_hours * 3600)
    files = [file for path in paths for file in _packages_in(path)]  # every path checked before the passphrase
    if not files:
        raise UsageError("no .intake packages found in the given folders",
                         hint="a field laptop's packages are in the outbox folder of its field directory")
    if remove_package:
        warn(f"--remove-package: {SHRED_CAVEAT}")
    with open_vault(ctx) as vault:
        report = import_packages(vault, files, max_duration=max_duration, remove_package=remove_package)
    _show_imports(report)
    _import_outcome(report)


MEDIA_SUFFIXES = (".wav", ".mp3", ".m4a", ".ogg", ".opus", ".flac", ".mp4", ".mov", ".aac", ".amr", ".wma", ".webm")


def _packages_in(path: Path) -> list[Path]:
    """The packages a path names, or a refusal that says what the path is instead (no passphrase asked yet)."""
    from intake.field.device import CONFIG_NAME
    from intake.field.package import is_package

    if not path.exists():
        raise NotFoundError(f"{path}: no such file or folder",
                            hint="check the path; a field laptop's packages are in the outbox of its field directory")
    if not path.is_dir():
        if path.suffix.lower() in MEDIA_SUFFIXES:
            raise UsageError(f"{path.name} is a recording, not a field package (.intake)",
                             hint="put a recording into the vault with 'intake ingest FILE --interview CODE'")
        return [path]
    found = sorted(p for p in path.iterdir() if is_package(p))
    if not found and (path / CONFIG_NAME).is_file():
        raise UsageError(f"{path} is a field directory; its packages are in its outbox",
                         hint=f"run 'intake import {path / 'outbox'}'")
    return found


def _show_imports(report: BatchReport) -> None:
    for r in report.results:
        if r.status == "failed":
            say(f"FAILED     {r.message}")
        else:
            detail = f" ({r.message})" if r.message else ""
            removed = ", package removed" if r.shredded else ""
            say(f"{r.status:<10} {r.source.name} -> {r.recording_id or '-'}{detail}{removed}")
    click.echo(f"{report.count('imported')} imported, {report.count('duplicate')} duplicate, {report.failed} failed")


def _import_outcome(report: BatchReport) -> None:
    refuse_withdrawn(report)
    retired = [r for r in report.results if isinstance(r.error, FieldIdentityRetired)]
    if retired:
        others = report.failed - len(retired)
        rest = "the rest were imported" if report.failed < len(report.results) else "nothing was imported"
        raise FieldIdentityRetired(f"{len(retired)} of {len(report.results)} package(s) were made for a retired "
                                   f"field identity and cannot be opened; {others} other(s) failed; {rest}")
    if report.failed:
        raise PartialFailure(failed_summary(report.failed, len(report.results), "package(s)", "imported"),
                             hint="a damaged package can be sent again from the field outbox if it was kept")
