"""``intake export`` and ``exports list|show``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from intake.cli.common import emit_json, json_option, read_lines, table, warn
from intake.cli.lazy import SuggestingGroup
from intake.cli.unlocking import open_vault
from intake.errors import PartialFailure, UsageError

if TYPE_CHECKING:
    from intake.pseudonymise.releases import Release


@click.command()
@click.option("--to", "to", required=True, type=click.Path(path_type=Path),
              help="A new folder, or with --recipient a new .age file.")
@click.option("--interview", "interviews", multiple=True, metavar="CODE", help="Export this interview (repeatable).")
@click.option("--all-approved", is_flag=True, help="Export every approved transcript; every recording left out is "
              "named (exit 7 when an approved one was superseded by a version not yet approved).")
@click.option("--skip-unapproved", is_flag=True, help="Where a newer version is not approved, export the last "
              "approved version (and say so) instead of leaving the recording out.")
@click.option("--format", "formats", default="txt,docx,qdpx", show_default=True,
              help="Comma-separated: txt (MAXQDA/NVivo), maxqda-txt (MAXQDA's timestamped layout), docx, "
                   "qdpx (REFI-QDA: ATLAS.ti, MAXQDA, NVivo).")
@click.option("--page-size", type=click.Choice(["a4", "letter"]), default="a4", show_default=True,
              help="Paper size of the .docx files.")
@click.option("--codebook", metavar="NAME|FILE",
              help="'dolowitz-marsh', or your own .qdc file; written as .qdc and as codebook.csv (Taguette). "
                   "A .qdc's code names and descriptions pass the leak and residual-risk checks too.")
@click.option("--codebook-reviewed", is_flag=True,
              help="You have read every code of your .qdc: codes whose only residual-risk hits are capitalised "
                   "words (places, organisations, cited authors) are exported. Known names and patterns still "
                   "refuse. Audited.")
@click.option("--recipient", "recipients", multiple=True, metavar="AGE1…", help="Encrypt to this coder (repeatable).")
@click.option("--recipients-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="age recipients, one per line (# comments).")
@click.option("--allow-from", "allow_from", metavar="FILE|-",
              help="Waive leak-check hits listed in FILE ('-': standard input), one per line: the exact text, "
                   "or TRANSCRIPT_ID:SEGMENT:TEXT for every occurrence of TEXT in that segment (a name needs "
                   "its segment). Audited.")
@click.option("--reason", metavar="WHY", help="Why the allowances are safe (required with any allowance).")
@click.option("--allow", "allow", multiple=True, metavar="TEXT",
              help="Like one line of --allow-from, on the command line (visible in shell history: avoid).")
@click.pass_context
def export(ctx: click.Context, to: Path, interviews: tuple[str, ...], all_approved: bool, skip_unapproved: bool,
           formats: str, page_size: str, codebook: str | None, codebook_reviewed: bool, recipients: tuple[str, ...],
           recipients_file: Path | None,
           allow_from: str | None, reason: str | None, allow: tuple[str, ...]) -> None:
    """Export approved anonymised transcripts for coders: no audio, no raw text, no mapping.

    Everything about to be written (transcripts, speaker names, a custom codebook) passes the leak check and
    the residual-risk check first. With --recipient the bundle is one age file
    (coders open it with 'age -d -i key.txt FILE | tar x'); without, a plain folder is written. Either way the
    bundle unpacks into a folder named after the export id (TO/EXPORT_ID without --recipient).

    \b
    Examples:
      intake export --to coders.age --all-approved --recipient age1...
      intake export --to exports --interview P-017 --skip-unapproved
    """
    from intake.export import FORMATS, read_recipients_file
    from intake.review.release import ExportRequest
    from intake.review.release import export as run

    allowances = _allowances(allow, allow_from, reason)
    fmt = frozenset(f.strip() for f in formats.split(",") if f.strip())
    if not fmt <= set(FORMATS):
        raise UsageError("formats are " + ", ".join(FORMATS))
    recips = list(recipients) + (read_recipients_file(recipients_file) if recipients_file else [])
    req = ExportRequest(to=to, interviews=interviews, all_approved=all_approved, formats=fmt, codebook=codebook,
                        recipients=tuple(recips), allow=allowances, page_size=page_size,
                        skip_unapproved=skip_unapproved, codebook_reviewed=codebook_reviewed)
    if not recips:
        warn("no --recipient: the export is written unencrypted; move it to the coders over an encrypted channel")
    with open_vault(ctx) as vault:
        record = run(vault, req)
    click.echo(f"export {record.id}: {len(record.transcripts)} transcript(s) -> {record.destination} "
               f"({record.kind}; manifest sha256 {record.manifest_sha256[:16]}…)")
    for note in record.notes:
        warn(note.line())
    if record.partial:
        left = sum(1 for n in record.notes if n.partial)
        raise PartialFailure(f"{left} approved recording(s) left out: a newer version of each is not approved",
                             hint="approve the newer versions, or export the last approved ones with "
                                  "--skip-unapproved")


def _allowances(args: tuple[str, ...], source: str | None, reason: str | None) -> tuple[Release, ...]:
    from intake.pseudonymise.releases import parse_allowance

    if args:
        warn("--allow puts identifying text on the command line (shell history, process list); "
             "use --allow-from FILE or --allow-from - instead")
    specs = list(args) + (read_lines(source, "--allow-from") if source else [])
    if specs and not (reason or "").strip():
        raise UsageError("give --reason WHY with --allow or --allow-from (it is kept in the vault)")
    return tuple(parse_allowance(spec, reason or "") for spec in specs)


@click.group(cls=SuggestingGroup)
def exports() -> None:
    """What left the vault: every export, with its manifest hash."""


@exports.command("list")
@json_option
@click.pass_context
def exports_list(ctx: click.Context, as_json: bool) -> None:
    """List exports: id, time, kind, number of transcripts and recipients.

    \b
    Examples:
      intake exports list
    """
    from intake.review.release import list_exports

    with open_vault(ctx) as vault:
        items = list_exports(vault)
    if as_json:
        emit_json([i.to_dict() for i in items])
        return
    table(((i.id, i.created, i.kind, len(i.transcripts), i.recipients, i.manifest_sha256[:16]) for i in items),
          ["id", "created", "kind", "transcripts", "recipients", "manifest"])


@exports.command("show")
@click.argument("export_id", metavar="ID")
@json_option
@click.pass_context
def exports_show(ctx: click.Context, export_id: str, as_json: bool) -> None:
    """Show one export: destination, formats, transcripts, manifest hash.

    \b
    Examples:
      intake exports show 3f2a91c0d4e5
      intake exports show 3f2a --json
    """
    from intake.review.release import get_export

    with open_vault(ctx) as vault:  # ID may be a unique prefix, as in git
        record = get_export(vault, export_id)
    if as_json:
        emit_json(record.to_dict())
        return
    for key, value in record.to_dict().items():
        click.echo(f"{key:<16}{value}")
