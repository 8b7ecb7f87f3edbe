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
from intake.cli.unlocking import open_vault
from intake.cli.vocab import KIND, LABEL
from intake.errors import RefusedError, UsageError

if TYPE_CHECKING:

    from intake.vault.open import Vault


@click.group(cls=SuggestingGroup)
def entities() -> None:
    """Registered real people, places and organisations (matched in every inflected form)."""


@entities.command("add")
@click.argument("name", required=False)
@click.option("--kind", type=KIND, required=True,
              help="What the name refers to: person, place, org or prison (any case; aliases in docs/cli.md).")
@click.option("--from-file", "from_file", metavar="FILE|-",
              help="Read the name (first line) and aliases (one per further line) from FILE, '-' for standard input.")
@click.option("--alias", "aliases", multiple=True,
              help="Another name on the command line (visible in shell history: avoid; see --from-file).")
@click.option("--gender", type=click.Choice(["m", "f"]), help="For people (guessed from the name if omitted).")
@click.pass_context
def entities_add(ctx: click.Context, name: str | None, kind: str, from_file: str | None, aliases: tuple[str, ...],
                 gender: str | None) -> None:
    """Register a real entity so every mention, in any case or spelling, gets one pseudonym.

    \b
    Examples:
      intake entities add --kind person        # asks for the name at a hidden prompt
      intake entities add --kind PRISON --from-file names.txt

    The name is asked at a hidden prompt (or read with --from-file), so it stays out of shell history.

    \b
    Examples:
      intake entities add --kind person        # asks for the name at a hidden prompt
      intake entities add --kind prison --from-file names/zhodino.txt
    """
    from intake.pseudonymise.vocabulary import KIND_OF
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
        entity = add_entity(vault, name, KIND_OF[kind], list(aliases), gender)
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
    for message in summary.warnings:
        warn(message)


@click.command()
@click.argument("tid", metavar="[TRANSCRIPT_ID]", required=False)
@click.option("--next", "next_one", is_flag=True,
              help="Open the next transcript that needs a decision (drafts with undecided items, oldest first).")
@click.option("--sheet", type=click.Path(dir_okay=False, path_type=Path), help="Write the plan as a TSV sheet.")
@click.option("--apply-sheet", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Read decisions back from an edited sheet.")
@click.option("--add-from", "add_from", metavar="FILE|-",
              help="Mask every occurrence of each text in FILE ('-': standard input), one per line, with --label.")
@click.option("--label", type=LABEL, help="The label of what --add-from masks (any case; person, place, prison ...).")
@click.option("--list", "listing", is_flag=True, help="List the plan: every item, its decision, uncertain ones marked.")
@click.pass_context
def review(ctx: click.Context, tid: str | None, next_one: bool, sheet: Path | None, apply_sheet: Path | None,
           add_from: str | None, label: str | None, listing: bool) -> None:
    """Review a plan: accept / reject / keep / relabel / merge / add missed, in the terminal or a spreadsheet.

    One key per item ("item 3 of 23"); A or R decides every occurrence of that entity, u undoes, q quits.
    Every decision is saved at once: quitting or Ctrl-C loses nothing. The transcript is "reviewed" when
    every item has a decision. Uncertain suggestions are marked "uncertain": r releases one. The sheet holds
    identifying text: keep it on an encrypted disk and delete it afterwards.

    \b
    Examples:
      intake review 0123456789ab                  # one suggestion at a time
      intake review --next                        # the next transcript that needs a decision
      intake review 0123456789ab --list           # the whole plan, uncertain items marked
      printf 'modulum\\n' | intake review 0123456789ab --add-from - --label place
    """
    from intake.cli.review_ui import interactive_review, print_plan
    from intake.cli.versions_ui import warn_not_carried
    from intake.review.versions import carry_report
    from intake.review.workflow import mask_texts, write_review_sheet
    from intake.transcripts.store import resolve_transcript_id

    if sum(map(bool, (sheet, apply_sheet, add_from, listing, next_one))) > 1:
        raise UsageError("use one of --next, --sheet, --apply-sheet, --add-from and --list")
    if bool(add_from) != bool(label):
        raise UsageError("--add-from and --label go together")
    if bool(tid) == next_one:
        raise UsageError("give a transcript id or --next", hint="intake review --next opens the next one to decide")
    with open_vault(ctx) as vault:
        if next_one:
            tid = _next_transcript(vault)
            if tid is None:
                return
        if tid is None:  # checked above; keeps the type checker and a reader sure
            raise UsageError("give a transcript id or --next")
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
            _apply_sheet(vault, tid, apply_sheet)
            return
        interactive_review(vault, tid)


def _next_transcript(vault: Vault) -> str | None:
    from intake.review.session import next_to_review

    tid = next_to_review(vault)
    click.echo(f"next: {tid}" if tid else "no transcript needs a decision", err=True)
    return tid


def _apply_sheet(vault: Vault, tid: str, path: Path) -> None:
    from intake.review.session import review_progress
    from intake.review.workflow import apply_review_sheet

    version = apply_review_sheet(vault, tid, path)
    done = review_progress(vault, tid)
    status = "reviewed" if done.complete else "draft"
    click.echo(f"{tid}: decisions applied from the sheet; {done}; anonymised version {version} (status {status})")


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
    from intake.review.leaks import describe_hits, known_matcher, leakcheck_transcripts
    from intake.transcripts.store import resolve_transcript_id

    with open_vault(ctx) as vault:
        found = leakcheck_transcripts(vault, [resolve_transcript_id(vault, t) for t in tids])
        known = known_matcher(vault)
        reports = {tid: describe_hits(vault, tid, hits, known) for tid, hits in found.items()}
    if as_json:
        emit_json([{"id": tid, "hits": [{**r.hit.__dict__, "code": r.code, "origin": r.origin, "fix": r.fix}
                                         for r in rs]} for tid, rs in reports.items()])
    else:
        for tid, rs in reports.items():
            click.echo(f"{tid}: {len(rs)} hit(s)")
            for r in rs:
                click.echo(f"  {r.line()}")
    fixes = sorted({r.fix for rs in reports.values() for r in rs})
    if fixes:
        raise RefusedError("the leak check found identifying text", hint="run " + "; ".join(f"'{f}'" for f in fixes))


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
    from intake.pseudonymise.vocabularies import missing_vocabularies

    text = sys.stdin.read()
    spans = detect(text, language)
    for message in missing_vocabularies(language):
        warn(message)  # standard error: standard output stays the masked text or the JSON
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
