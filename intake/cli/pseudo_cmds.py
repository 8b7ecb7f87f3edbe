"""``entities``, ``pseudonymise``, ``review``, ``approve``, ``leakcheck``, ``reidentify``, ``pseudonymise-text``,
``policy``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from intake.cli.common import NAME_ON_COMMAND_LINE, emit_json, json_option, read_lines, table, warn
from intake.cli.lazy import SuggestingGroup
from intake.cli.printable import printable_lines
from intake.cli.unlocking import open_vault
from intake.errors import RefusedError, UsageError
from intake.pseudonymise.spans import LABELS

if TYPE_CHECKING:
    from intake.review.worklist import ApproveOutcome
    from intake.vault.open import Vault

KIND_CHOICE = click.Choice(["person", "place", "city", "org", "prison"])


@click.group(cls=SuggestingGroup)
def entities() -> None:
    """Registered real people, places and organisations (matched in every inflected form)."""


@entities.command("add")
@click.argument("name", required=False)
@click.option("--kind", type=KIND_CHOICE, required=True, help="What the name refers to.")
@click.option("--from-file", "from_file", metavar="FILE|-",
              help="Read the name (first line) and aliases (one per further line) from FILE, '-' for standard input.")
@click.option("--alias", "aliases", multiple=True,
              help="Another name on the command line (visible in shell history: avoid; see --from-file).")
@click.option("--gender", type=click.Choice(["m", "f"]), help="For people (guessed from the name if omitted).")
@click.pass_context
def entities_add(ctx: click.Context, name: str | None, kind: str, from_file: str | None, aliases: tuple[str, ...],
                 gender: str | None) -> None:
    """Register a real entity so every mention, in any case or spelling, gets one pseudonym.

    The name is asked at a hidden prompt (or read with --from-file), so it stays out of shell history.

    \b
    Examples:
      intake entities add --kind person        # asks for the name at a hidden prompt
      intake entities add --kind prison --from-file names/zhodino.txt
    """
    from intake.review.store import add_entity

    if name and from_file:
        raise UsageError("give the name with --from-file or at the prompt, not both")
    if name or aliases:
        warn(NAME_ON_COMMAND_LINE)
    with open_vault(ctx) as vault:
        if from_file:
            name, *more = read_lines(from_file, "--from-file") or [""]
            aliases = (*aliases, *more)
        elif not name:
            name, more = _prompt_names()
            aliases = (*aliases, *more)
        if not name:
            raise UsageError("no name was given")
        entity = add_entity(vault, name, kind, list(aliases), gender)
    click.echo(f"registered {entity.label.lower()} with {len(entity.aliases)} alias(es)")


def _prompt_names() -> tuple[str, list[str]]:
    name: str = click.prompt("Name (hidden)", hide_input=True, err=True)
    extra: str = click.prompt("Other names, separated by ';' (hidden; empty for none)", hide_input=True,
                              default="", show_default=False, err=True)
    return name.strip(), [a.strip() for a in extra.split(";") if a.strip()]


@entities.command("list")
@json_option
@click.pass_context
def entities_list(ctx: click.Context, as_json: bool) -> None:
    """List registered entities with their pseudonym codes (identifying: steward only).

    \b
    Examples:
      intake entities list
      intake entities list --json
    """
    from intake.review.store import entity_listing

    with open_vault(ctx) as vault:
        items = entity_listing(vault)
    if as_json:
        emit_json([{"id": e.key, "code": c, **e.to_dict()} for e, c in items])
        return
    table(((c or "-", e.label, e.name, ", ".join(e.aliases)) for e, c in items), ["code", "label", "name", "aliases"])


@click.command()
@click.argument("tid", metavar="TRANSCRIPT_ID")
@click.option("--reopen", is_flag=True, help="Plan an approved transcript again: it becomes a draft and is not "
              "exportable until approved again.")
@click.pass_context
def pseudonymise(ctx: click.Context, tid: str, reopen: bool) -> None:
    """Detect identifying details, plan consistent pseudonyms and store an anonymised draft.

    Earlier review decisions are carried forward; the first run on a new version of a recording takes over
    the decisions of the version before it and lists what it could not. An approved transcript is refused
    unless --reopen. Review the plan with 'intake review', then approve.

    \b
    Examples:
      intake pseudonymise f7931f
      intake pseudonymise f7931f --reopen
    """
    from intake.cli.versions_ui import warn_not_carried
    from intake.review.workflow import pseudonymise as run
    from intake.transcripts.store import resolve_transcript_id

    with open_vault(ctx) as vault:
        tid = resolve_transcript_id(vault, tid)
        summary = run(vault, tid, reopen=reopen)
    labels = ", ".join(f"{n} {label}" for label, n in sorted(summary.by_label.items()))
    click.echo(f"{tid}: {summary.items} item(s) planned ({labels or 'none'}); anonymised draft v"
               f"{summary.anonymised_version}")
    if summary.carry:
        click.echo(f"{tid}: {summary.carry.carried} decision(s) carried from v{summary.carry.source_version} "
                   f"({summary.carry.source_id}), {len(summary.carry.not_carried)} not carried")
        warn_not_carried(tid, summary.carry)


@click.command()
@click.argument("tid", metavar="TRANSCRIPT_ID")
@click.option("--sheet", type=click.Path(dir_okay=False, path_type=Path), help="Write the plan as a TSV sheet.")
@click.option("--apply-sheet", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Read decisions back from an edited sheet.")
@click.option("--add-from", "add_from", metavar="FILE|-",
              help="Mask every occurrence of each text in FILE ('-': standard input), one per line, with --label.")
@click.option("--label", type=click.Choice(list(LABELS)), help="The label of what --add-from masks.")
@click.option("--list", "listing", is_flag=True, help="List the plan: every item, its decision, uncertain ones marked.")
@click.pass_context
def review(ctx: click.Context, tid: str, sheet: Path | None, apply_sheet: Path | None, add_from: str | None,
           label: str | None, listing: bool) -> None:
    """Review a plan: accept / reject / relabel / merge / add missed, in the terminal or a spreadsheet.

    Uncertain suggestions (recall-first candidates) are marked "uncertain": r releases one. The sheet holds
    identifying text: keep it on an encrypted disk and delete it afterwards.

    \b
    Examples:
      intake review 0123456789ab                  # one suggestion at a time
      intake review 0123456789ab --list           # the whole plan, uncertain items marked
      printf 'modulum\\n' | intake review 0123456789ab --add-from - --label LOCATION
    """
    from intake.cli.review_ui import interactive_review, print_plan
    from intake.cli.versions_ui import warn_not_carried
    from intake.review.store import require_plan
    from intake.review.versions import carry_report
    from intake.review.workflow import apply_review_sheet, mask_texts, write_review_sheet
    from intake.transcripts.store import resolve_transcript_id

    if sum(map(bool, (sheet, apply_sheet, add_from, listing))) > 1:
        raise UsageError("use one of --sheet, --apply-sheet, --add-from and --list")
    if bool(add_from) != bool(label):
        raise UsageError("--add-from and --label go together")
    with open_vault(ctx) as vault:
        tid = resolve_transcript_id(vault, tid)
        warn_not_carried(tid, carry_report(vault, tid))
        if listing:
            print_plan(vault, tid)
            return
        if add_from and label:
            count, version = mask_texts(vault, tid, read_lines(add_from, "--add-from"), label)
            click.echo(f"{tid}: {count} occurrence(s) masked; anonymised version {version}")
            return
        if sheet:
            write_review_sheet(vault, tid, sheet)
            warn(f"{sheet} contains identifying text: delete it after review")
            return
        if apply_sheet:
            version = apply_review_sheet(vault, tid, apply_sheet)
            click.echo(f"{tid}: decisions applied from the sheet; anonymised version {version} (status reviewed)")
            return
        interactive_review(vault, tid, require_plan(vault, tid))


@click.command()
@click.argument("tids", nargs=-1, metavar="TRANSCRIPT_ID...")
@click.option("--all-reviewed", is_flag=True, help="Every transcript whose latest version is reviewed.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
def approve(ctx: click.Context, tids: tuple[str, ...], all_reviewed: bool, yes: bool) -> None:
    """Approve anonymised transcripts for export, each after its leak and residual-risk checks.

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
        if len(chosen) == 1 and not all_reviewed:
            _approve_single(vault, chosen[0], yes)
            return
        outcomes = [approve_one(vault, ref, lambda tid: _confirm_draft(tid, yes)) for ref in chosen]
    _report_batch(outcomes)


def _confirm_draft(tid: str, yes: bool) -> bool:
    return yes or click.confirm(f"{tid} was not reviewed; approve the detector's suggestions as they are?", err=True)


def _approve_single(vault: Vault, ref: str, yes: bool) -> None:
    from intake.review.workflow import approve as run
    from intake.transcripts.store import TranscriptStatus, get_transcript_info, resolve_transcript_id

    tid = resolve_transcript_id(vault, ref)
    if get_transcript_info(vault, tid).status is TranscriptStatus.DRAFT and not _confirm_draft(tid, yes):
        raise RefusedError("not approved")
    superseded = run(vault, tid)
    click.echo(f"{tid}: approved for export" + (f" (supersedes {', '.join(superseded)})" if superseded else ""))


def _report_batch(outcomes: list[ApproveOutcome]) -> None:
    from intake.errors import PartialFailure

    for item in outcomes:
        if item.ok:
            more = f" (supersedes {', '.join(item.superseded)})" if item.superseded else ""
            click.echo(f"{item.transcript}: approved for export{more}")
        else:
            click.echo(f"intake: error: {item.transcript}: not approved: {printable_lines(item.message)}", err=True)
    failed = sum(1 for i in outcomes if not i.ok)
    if failed and failed == len(outcomes):
        raise RefusedError(f"none of the {len(outcomes)} transcript(s) was approved", hint=_BATCH_HINT)
    if failed:
        raise PartialFailure(f"{failed} of {len(outcomes)} transcript(s) not approved; the others were",
                             hint=_BATCH_HINT)


_BATCH_HINT = "each is named above with why; fix it and approve it again"


@click.command()
@click.argument("tids", nargs=-1, metavar="[TRANSCRIPT_ID]...")
@json_option
@click.pass_context
def leakcheck(ctx: click.Context, tids: tuple[str, ...], as_json: bool) -> None:
    """Search anonymised text for every known real name (all inflected forms) and phones, e-mails, handles.

    \b
    Examples:
      intake leakcheck
      intake leakcheck f7931f --json
    """
    from intake.review.leaks import leakcheck_transcripts
    from intake.transcripts.store import resolve_transcript_id

    with open_vault(ctx) as vault:
        found = leakcheck_transcripts(vault, [resolve_transcript_id(vault, t) for t in tids])
    if as_json:
        emit_json([{"id": tid, "hits": [h.__dict__ for h in hits]} for tid, hits in found.items()])
    else:
        for tid, hits in found.items():
            click.echo(f"{tid}: {len(hits)} hit(s)")
            for h in hits:
                click.echo(f"  {h.kind:<24} …{h.context}…")
    if any(found.values()):
        raise RefusedError("the leak check found identifying text", hint="review the transcripts named above")


@click.command()
@click.argument("code")
@json_option
@click.pass_context
def reidentify(ctx: click.Context, code: str, as_json: bool) -> None:
    """Show who is behind a pseudonym such as "[PERSON-07]". Steward only; audited.

    \b
    Examples:
      intake reidentify '[PERSON-07]'
    """
    from intake.review.workflow import reidentify as run

    with open_vault(ctx) as vault:
        info = run(vault, code)
    if as_json:
        emit_json(info)
        return
    click.echo(f"{code}: keys {', '.join(info['keys'])}")
    if info["registered_names"]:
        click.echo(f"registered as: {', '.join(info['registered_names'])}")
    for tid, originals in info["mentions"].items():
        click.echo(f"  {tid}: {', '.join(sorted(set(originals)))}")


@click.command("pseudonymise-text")
@click.option("--language", type=click.Choice(["ru", "be", "en"]), required=True, help="Language of the text.")
@click.option("--json", "as_json", is_flag=True, help="Print the detected spans as JSON.")
def pseudonymise_text(language: str, as_json: bool) -> None:
    """Stateless detection on standard input (no vault): spans as JSON, or the text with labels masked.

    \b
    Examples:
      intake pseudonymise-text --language ru < text.txt
      intake pseudonymise-text --language en --json < text.txt
    """
    from intake.pseudonymise import detect

    text = sys.stdin.read()
    spans = detect(text, language)
    if as_json:
        click.echo(json.dumps([{"start": s.start, "end": s.end, "label": s.label, "text": s.text,
                                "score": s.score, "source": s.source} for s in spans], ensure_ascii=False))
        return
    out, pos = [], 0
    for s in spans:
        out += [text[pos:s.start], f"[{s.label}]"]
        pos = s.end
    click.echo("".join([*out, text[pos:]]), nl=False)


@click.group(cls=SuggestingGroup)
def policy() -> None:
    """The vault's pseudonymisation policy: per label pseudonym, generalise, redact or keep."""


@policy.command("show")
@json_option
@click.pass_context
def policy_show(ctx: click.Context, as_json: bool) -> None:
    """Show the policy in force (preset 'strict' unless changed).

    \b
    Examples:
      intake policy show
    """
    from intake.review.store import load_policy

    with open_vault(ctx) as vault:
        pol = load_policy(vault)
    if as_json:
        emit_json({"id": pol.name, **pol.to_dict()})
        return
    click.echo(f"policy: {pol.name}")
    table(((label, pol.action_for(label)) for label in sorted(pol.to_dict().get("actions", {}))), ["label", "action"])


@policy.command("use")
@click.argument("preset_name", type=click.Choice(["strict", "archive"]))
@click.pass_context
def policy_use(ctx: click.Context, preset_name: str) -> None:
    """Switch to a preset: 'strict' (default) or 'archive'. Applies to the next pseudonymise run.

    \b
    Examples:
      intake policy use archive
    """
    from intake.pseudonymise.policy import preset
    from intake.review.store import save_policy

    with open_vault(ctx) as vault:
        save_policy(vault, preset(preset_name))
    click.echo(f"policy set to {preset_name}")
