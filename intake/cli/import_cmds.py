"""``intake transcripts import``: existing transcripts (txt, docx, odt, srt, vtt, noScribe HTML) into the vault."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from intake.cli.common import emit_json, json_option, say, warn
from intake.cli.unlocking import open_vault
from intake.errors import PartialFailure, UsageError

if TYPE_CHECKING:
    from collections.abc import Callable

    from intake.importers import Recognised
    from intake.transcripts.imports import ImportOptions, ImportResult

LAYOUT_CHOICE = click.Choice(["plain", "labelled", "stamped", "label-stamped", "speaker-lines"])
ENCODING_CHOICE = click.Choice(["utf-8", "utf-16", "cp1251"])
NO_AUDIO = ("no audio: speaker detection and playback are not available for this transcript; speakers come from "
            "its labels (name them with 'intake speakers ID')")


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--interview", metavar="CODE", help="Pseudonymous interview code, e.g. P-031 (one file).")
@click.option("--interview-from-name", "from_name", is_flag=True,
              help="Take each file's interview code from its name: P-031.txt -> P-031.")
@click.option("--language", metavar="LANG", help="The transcript's language: ru, be, en, uk, pl or lt "
              "(default: the interview's, when it exists).")
@click.option("--layout", type=LAYOUT_CHOICE, help="Read the text in this layout instead of detecting it.")
@click.option("--encoding", type=ENCODING_CHOICE, help="Decode a text file with this encoding instead of detecting it.")
@click.option("--shred", is_flag=True,
              help="After the import is read back and verified, overwrite and delete the original (see the caveat).")
@json_option
@click.pass_context
def transcripts_import(ctx: click.Context, files: tuple[Path, ...], interview: str | None, from_name: bool,
                       language: str | None, layout: str | None, encoding: str | None, shred: bool,
                       as_json: bool) -> None:
    """Import existing transcripts as new transcript versions with no recording.

    Reads .txt, .docx, .odt, .srt, .vtt and noScribe's .html, shows what it recognised (layout, turns,
    speakers, timestamps) and stores the text in the encrypted catalog only. A file it cannot read exactly
    (unclear layout or encoding, binary, too large) is refused and nothing is stored. The transcripts then
    go through pseudonymise, review, approve and export like any other. docs/import.md lists the layouts.

    \b
    Examples:
      intake transcripts import transcripts/* --interview-from-name --language ru
      intake transcripts import P-031.docx --interview P-031 --layout labelled
    """
    from intake.fs import SHRED_CAVEAT
    from intake.transcripts.imports import import_many

    options_for = _options_for(files, interview, from_name, language, layout, encoding, shred)
    if shred:
        warn(f"--shred: {SHRED_CAVEAT}")
    single = len(files) == 1

    def show(result: ImportResult) -> None:
        if not (as_json or (single and result.status == "failed")):
            _show(result)

    with open_vault(ctx) as vault:
        results = import_many(vault, list(files), options_for, show)
    failed = [r for r in results if r.status == "failed"]
    if single and failed:
        raise failed[0].error or UsageError(failed[0].message)
    if as_json:
        emit_json([_as_dict(r) for r in results])
    else:
        counts = {s: sum(r.status == s for r in results) for s in ("imported", "duplicate", "failed")}
        click.echo(f"{counts['imported']} imported, {counts['duplicate']} duplicate, {counts['failed']} failed")
    if failed:
        raise PartialFailure(f"{len(failed)} of {len(results)} file(s) failed; nothing was stored for them",
                             hint="the message above says why; docs/import.md shows the layouts Intake reads")


def _options_for(files: tuple[Path, ...], interview: str | None, from_name: bool, language: str | None,
                 layout: str | None, encoding: str | None, shred: bool) -> Callable[[Path], ImportOptions]:
    from intake.transcripts.imports import IMPORT_LANGUAGES, ImportOptions, interview_from_name

    if bool(interview) == from_name:
        raise UsageError("give --interview CODE or --interview-from-name (one of them)")
    if language is not None and language not in IMPORT_LANGUAGES:  # before the passphrase is asked for
        raise UsageError(f"unknown language {language!r}; choose one of {', '.join(IMPORT_LANGUAGES)}")
    if interview and len(files) > 1:
        raise UsageError("--interview takes one file; name files by their codes and use --interview-from-name",
                         hint="each imported file becomes a new version of its interview's transcript")

    def options_for(path: Path) -> ImportOptions:
        code = interview or interview_from_name(path)
        return ImportOptions(code, language, layout, encoding, shred)

    return options_for


def _show(r: ImportResult) -> None:
    if r.status == "failed":
        say(f"FAILED     {r.message}")
        if r.hint:
            say(f"           hint: {r.hint}")
        return
    where = f"transcript {r.transcript_id}" + (f" v{r.version}" if r.version else "")
    say(f"{r.status:<10} {r.source.name} -> {r.interview} {where}{', original shredded' if r.shredded else ''}")
    if r.recognised is not None:
        for line in recognised_lines(r.recognised, r.speakers):
            say(f"           {line}")
    for note in r.notes:
        say(f"           note: {note}")
    if r.message and r.status == "imported":
        say(f"           warning: {r.message}")
    if r.status == "imported":
        say(f"           {NO_AUDIO}")


def recognised_lines(rec: Recognised, speakers: list[str]) -> list[str]:
    """The summary of what was recognised: never any text of the interview, nor an unknown label."""
    tool = f", written by {rec.tool}" if rec.tool else ""
    encoding = f", {rec.encoding}" if rec.encoding else ""
    stamps = "with timestamps" if rec.timestamps else "no timestamps"
    lines = [f"recognised: {rec.format}{encoding}{tool}; layout {rec.layout}; {rec.turns} turn(s); {stamps}"]
    lines.append(f"speakers: {', '.join(speakers)}" if speakers else "speakers: none labelled")
    if rec.unlabelled:
        lines.append(f"{rec.unlabelled} turn(s) have no speaker label (kept, with no speaker)")
    if rec.skipped:
        lines.append(f"left out: {rec.skipped} line(s) of metadata (a tool's header or notes, which can name "
                     "the audio file)")
    return lines


def _as_dict(r: ImportResult) -> dict[str, Any]:
    rec = r.recognised
    return {"id": r.transcript_id, "file": r.source.name, "status": r.status, "interview": r.interview,
            "version": r.version, "message": r.message, "shredded": r.shredded, "speakers": r.speakers,
            "notes": list(r.notes), "recognised": None if rec is None else {
                "format": rec.format, "layout": rec.layout, "encoding": rec.encoding, "tool": rec.tool,
                "turns": rec.turns, "timestamps": rec.timestamps, "skipped": rec.skipped,
                "unlabelled": rec.unlabelled, "speakers": len(rec.labels)}}
