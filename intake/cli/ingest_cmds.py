"""``intake ingest``, ``interviews list|show``, ``recordings list|show|export|identity``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from intake.cli.common import (
    emit_json,
    failed_summary,
    json_option,
    max_duration_option,
    refuse_not_shredded,
    refuse_withdrawn,
    say,
    show_results,
    table,
    warn,
    warn_hidden,
)
from intake.cli.lazy import SuggestingGroup
from intake.cli.unlocking import open_vault
from intake.errors import PartialFailure, UsageError

if TYPE_CHECKING:
    from intake.ingest.batch import IngestResult

LANG_CHOICE = click.Choice(["auto", "ru", "be", "en", "uk", "pl", "lt"])


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--interview", required=True, metavar="CODE", help="Pseudonymous interview code, e.g. P-017.")
@click.option("--language", type=LANG_CHOICE, default="auto", show_default=True, help="Spoken language.")
@click.option("--interviewer", metavar="CODE", help="Pseudonymous code of the interviewer (optional).")
@click.option("--recursive", "-r", is_flag=True, help="Ingest every file inside the given folders.")
@click.option("--keep-name", is_flag=True, help="Store the original file name (names often identify people).")
@click.option("--shred", is_flag=True,
              help="After the encrypted copy is verified, overwrite and delete the original (see the caveat).")
@max_duration_option
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[Path, ...], interview: str, language: str, interviewer: str | None,
           recursive: bool, keep_name: bool, shred: bool, max_hours: float) -> None:
    """Encrypt recordings into the vault (WAV, MP3, M4A/AAC, OGG/Opus, FLAC, MP4/MOV).

    Each file is streamed into its own age file, read back and checked before it is catalogued. A file
    that fails is reported and the batch goes on; the exit code is 7 when any file failed. Files whose
    content is already in the vault are skipped; a recording the vault destroyed (withdrawal, retention) is
    refused by name (exit code 6).

    \b
    Examples:
      intake ingest rec_0412.m4a --interview P-017 --language ru --shred
      intake ingest /media/sdcard/ --interview P-018 --recursive
    """
    from rich.markup import escape

    from intake.cli.printable import printable
    from intake.fs import SHRED_CAVEAT
    from intake.ingest.batch import IngestOptions, check_options
    from intake.ingest.files import ingest_many

    from .progress import byte_progress

    opts = IngestOptions(interview=interview, language=language, interviewer=interviewer, keep_name=keep_name,
                         shred=shred, max_duration=max_hours * 3600)
    check_options(opts)
    if shred:
        warn(f"--shred: {SHRED_CAVEAT}")
    with open_vault(ctx) as vault, byte_progress("ingest") as bar:
        task = bar.add_task("ingest", total=None)

        def on_start(path: Path, size: int) -> None:
            bar.reset(task, total=size, description=escape(printable(path.name[:40])))

        report = ingest_many(vault, list(paths), opts, recursive=recursive, on_start=on_start,
                             progress=lambda n: bar.advance(task, n))
    show_results(report, _ingested_line,
                 f"{report.count('ingested')} ingested, {report.count('duplicate')} duplicate, {report.failed} failed")
    warn_hidden(report, "ingest", "ingested")
    refuse_withdrawn(report)
    if report.failed:
        raise PartialFailure(failed_summary(report.failed, len(report.results), "file(s)", "ingested"),
                             hint="fix or re-copy the failed files and ingest them again")
    refuse_not_shredded(report, "ingested")


def _ingested_line(r: IngestResult) -> str:
    detail = f" ({r.message})" if r.message else ""
    return f"{r.status:<10} {r.source} -> {r.recording_id or '-'}{detail}"


@click.group(cls=SuggestingGroup)
def interviews() -> None:
    """Interviews: the pseudonymous codes that group recordings."""


@interviews.command("list")
@json_option
@click.pass_context
def interviews_list(ctx: click.Context, as_json: bool) -> None:
    """List interviews with their number of recordings and total duration.

    \b
    Examples:
      intake interviews list
    """
    from intake.ingest.recordings import list_interviews

    with open_vault(ctx) as vault:
        items = list_interviews(vault)
    if as_json:
        emit_json(items)
        return
    table(((i["id"], i["language"], i["recordings"], f"{i['duration']:.0f}s", i["created"]) for i in items),
          ["id", "language", "recordings", "duration", "created"])


@interviews.command("show")
@click.argument("code")
@json_option
@click.pass_context
def interviews_show(ctx: click.Context, code: str, as_json: bool) -> None:
    """Show one interview and its recordings.

    \b
    Examples:
      intake interviews show P-017 --json
    """
    from intake.ingest.recordings import get_interview

    with open_vault(ctx) as vault:
        item = get_interview(vault, code)
    if as_json:
        emit_json(item)
        return
    for key in ("id", "language", "created", "recordings", "duration", "recording_ids"):
        say(f"{key:<14}{item[key]}")


@click.group(cls=SuggestingGroup)
def recordings() -> None:
    """Encrypted recordings in the vault."""


@recordings.command("list")
@click.option("--interview", metavar="CODE", help="Only this interview's recordings.")
@json_option
@click.pass_context
def recordings_list(ctx: click.Context, interview: str | None, as_json: bool) -> None:
    """List recordings: id, interview, duration, size, format.

    \b
    Examples:
      intake recordings list --interview P-017
    """
    from intake.ingest.recordings import list_recordings

    with open_vault(ctx) as vault:
        recs = list_recordings(vault, interview)
    if as_json:
        emit_json([r.to_dict() for r in recs])
        return
    table(((r.id, r.interview_id, f"{r.duration or 0:.1f}s", r.size, f"{r.container}/{r.codec}", r.ingested)
           for r in recs), ["id", "interview", "duration", "bytes", "format", "ingested"])


@recordings.command("show")
@click.argument("rec_id", metavar="ID")
@json_option
@click.pass_context
def recordings_show(ctx: click.Context, rec_id: str, as_json: bool) -> None:
    """Show one recording's catalog entry (never its key).

    \b
    Examples:
      intake recordings show 3f2a91 --json
    """
    from intake.ingest.recordings import get_recording, resolve_recording_id

    with open_vault(ctx) as vault:
        rec = get_recording(vault, resolve_recording_id(vault, rec_id))
    if as_json:
        emit_json(rec.to_dict())
        return
    for key, value in rec.to_dict().items():
        say(f"{key:<15}{'' if value is None else value}")


@recordings.command("export")
@click.argument("rec_id", metavar="ID")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the decrypted audio (must not exist).")
@click.pass_context
def recordings_export(ctx: click.Context, rec_id: str, out: Path) -> None:
    """Decrypt one recording to a file, for listening. Audited.

    The decrypted file is plaintext audio on disk: delete it when done and keep it off synced folders.
    Audio that does not match the catalog's checksum (a damaged or replaced blob) is refused with exit 10
    and nothing is left at --out; 'intake verify' lists every such blob.

    \b
    Examples:
      intake recordings export 3f2a91 --out listen.m4a
    """
    from intake.ingest.recordings import export_recording, resolve_recording_id

    if str(out) == "-" or (out.exists() and out.is_char_device()):
        raise UsageError("refusing to write audio to a terminal or device; give a file path")
    with open_vault(ctx) as vault:
        size = export_recording(vault, resolve_recording_id(vault, rec_id), out)
    warn(f"{out} holds decrypted audio ({size} bytes): delete it when you are done")


@recordings.command("identity")
@click.argument("rec_id", metavar="ID")
@click.pass_context
def recordings_identity(ctx: click.Context, rec_id: str) -> None:
    """Print the recording's age secret key (AGE-SECRET-KEY-1…). Audited.

    With it, the standard tool opens the blob without Intake: age -d -i key.txt blobs/NAME.age

    \b
    Examples:
      (umask 077 && intake recordings identity 3f2a91 > key.txt)
    """
    from intake.ingest.recordings import recording_identity, resolve_recording_id

    with open_vault(ctx) as vault:
        key = recording_identity(vault, resolve_recording_id(vault, rec_id))
    if sys.stdout.isatty():
        warn("this key decrypts the recording: do not store it next to the vault")
    click.echo(key)
