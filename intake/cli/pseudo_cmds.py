"""``entities``, ``pseudonymise``, ``review``, ``approve``, ``leakcheck``, ``reidentify``, ``pseudonymise-text``,
``policy``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from intake.cli.common import emit_json, json_option, open_vault, table, warn
from intake.errors import RefusedError, UsageError

if TYPE_CHECKING:
    from intake.pseudonymise.plan import Plan
    from intake.vault.open import Vault

KIND_CHOICE = click.Choice(["person", "place", "city", "org", "prison"])


@click.group()
def entities() -> None:
    """Registered real people, places and organisations (matched in every inflected form)."""


@entities.command("add")
@click.argument("name")
@click.option("--kind", type=KIND_CHOICE, required=True, help="What the name refers to.")
@click.option("--alias", "aliases", multiple=True, help="Another name: diminutive, nickname, transliteration.")
@click.option("--gender", type=click.Choice(["m", "f"]), help="For people (guessed from the name if omitted).")
@click.pass_context
def entities_add(ctx: click.Context, name: str, kind: str, aliases: tuple[str, ...], gender: str | None) -> None:
    """Register a real entity so every mention, in any case or spelling, gets one pseudonym."""
    from intake.review.store import add_entity

    with open_vault(ctx) as vault:
        entity = add_entity(vault, name, kind, list(aliases), gender)
    click.echo(f"registered {entity.label.lower()} with {len(entity.aliases)} alias(es)")


@entities.command("list")
@json_option
@click.pass_context
def entities_list(ctx: click.Context, as_json: bool) -> None:
    """List registered entities with their pseudonym codes (identifying: steward only)."""
    from intake.review.store import CatalogStore, list_entities

    with open_vault(ctx) as vault:
        items = [(e, CatalogStore(vault).code_for(e.key)) for e in list_entities(vault)]
        vault.audit("entity.list", "", count=len(items))
    if as_json:
        emit_json([{"id": e.key, "code": c, **e.to_dict()} for e, c in items])
        return
    table(((c or "-", e.label, e.name, ", ".join(e.aliases)) for e, c in items), ["code", "label", "name", "aliases"])


@click.command()
@click.argument("tid", metavar="TRANSCRIPT_ID")
@click.pass_context
def pseudonymise(ctx: click.Context, tid: str) -> None:
    """Detect identifying details, plan consistent pseudonyms and store an anonymised draft.

    Earlier review decisions are carried forward. Review the plan with 'intake review', then approve.
    """
    from intake.review.workflow import pseudonymise as run

    with open_vault(ctx) as vault:
        summary = run(vault, tid)
    labels = ", ".join(f"{n} {label}" for label, n in sorted(summary.by_label.items()))
    click.echo(f"{tid}: {summary.items} item(s) planned ({labels or 'none'}); anonymised draft v"
               f"{summary.anonymised_version}")


@click.command()
@click.argument("tid", metavar="TRANSCRIPT_ID")
@click.option("--sheet", type=click.Path(dir_okay=False, path_type=Path), help="Write the plan as a TSV sheet.")
@click.option("--apply-sheet", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Read decisions back from an edited sheet.")
@click.pass_context
def review(ctx: click.Context, tid: str, sheet: Path | None, apply_sheet: Path | None) -> None:
    """Review a plan: accept / reject / relabel / merge / add missed, in the terminal or a spreadsheet.

    The sheet holds identifying text: keep it on an encrypted disk and delete it afterwards.
    """
    from intake.cli.review_ui import interactive_review
    from intake.review.store import require_plan

    if sheet and apply_sheet:
        raise UsageError("use --sheet or --apply-sheet, not both")
    with open_vault(ctx) as vault:
        plan = require_plan(vault, tid)
        if sheet:
            _write_sheet(vault, tid, plan, sheet)
            return
        if apply_sheet:
            _read_sheet(vault, tid, plan, apply_sheet)
            return
        interactive_review(vault, tid, plan)


def _write_sheet(vault: Vault, tid: str, plan: Plan, path: Path) -> None:
    from intake.pseudonymise.sheet import to_sheet
    from intake.transcripts.store import segment_texts

    if path.exists():
        raise UsageError(f"{path} exists; refusing to overwrite it")
    path.write_text(to_sheet(plan, segment_texts(vault, tid)), encoding="utf-8")
    path.chmod(0o600)
    vault.audit("plan.sheet_export", tid, items=len(plan.items))
    warn(f"{path} contains identifying text: delete it after review")


def _read_sheet(vault: Vault, tid: str, plan: Plan, path: Path) -> None:
    from intake.pseudonymise.sheet import MAX_SHEET_CHARS, read_sheet
    from intake.review.workflow import save_reviewed, transcript_planner
    from intake.transcripts.store import segment_texts

    if path.stat().st_size > MAX_SHEET_CHARS * 4:
        raise UsageError("the sheet is too large")
    new = read_sheet(path.read_text(encoding="utf-8"), plan, segment_texts(vault, tid),
                     transcript_planner(vault, tid))
    version = save_reviewed(vault, tid, new)
    click.echo(f"{tid}: decisions applied from the sheet; anonymised version {version} (status reviewed)")


@click.command()
@click.argument("tid", metavar="TRANSCRIPT_ID")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
def approve(ctx: click.Context, tid: str, yes: bool) -> None:
    """Approve the anonymised transcript for export (refused while the leak check finds anything)."""
    from intake.review.workflow import approve as run
    from intake.transcripts.store import get_transcript_info

    with open_vault(ctx) as vault:
        status = get_transcript_info(vault, tid).status
        if status == "draft" and not yes and not click.confirm(
                f"{tid} was not reviewed; approve the detector's suggestions as they are?", err=True):
            raise RefusedError("not approved")
        run(vault, tid)
    click.echo(f"{tid}: approved for export")


@click.command()
@click.argument("tids", nargs=-1, metavar="[TRANSCRIPT_ID]...")
@json_option
@click.pass_context
def leakcheck(ctx: click.Context, tids: tuple[str, ...], as_json: bool) -> None:
    """Search anonymised text for every known real name (all inflected forms) and phones, e-mails, handles."""
    from intake.review.leaks import known_matcher, leaks_in
    from intake.transcripts.store import list_transcripts

    with open_vault(ctx) as vault:
        ids = list(tids) or [t.id for t in list_transcripts(vault)
                             if vault.conn.execute("SELECT 1 FROM anonymised WHERE transcript_id=?",
                                                   (t.id,)).fetchone()]
        matcher = known_matcher(vault)
        found = {tid: leaks_in(vault, tid, matcher) for tid in ids}
        vault.audit("leakcheck", "", transcripts=len(ids), hits=sum(len(v) for v in found.values()))
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
    """Show who is behind a pseudonym such as "[PERSON-07]". Steward only; audited."""
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
    """Stateless detection on standard input (no vault): spans as JSON, or the text with labels masked."""
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


@click.group()
def policy() -> None:
    """The vault's pseudonymisation policy: per label pseudonym, generalise, redact or keep."""


@policy.command("show")
@json_option
@click.pass_context
def policy_show(ctx: click.Context, as_json: bool) -> None:
    """Show the policy in force (preset 'strict' unless changed)."""
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
    """Switch to a preset: 'strict' (default) or 'archive'. Applies to the next pseudonymise run."""
    from intake.pseudonymise.policy import preset
    from intake.review.store import save_policy

    with open_vault(ctx) as vault:
        save_policy(vault, preset(preset_name))
    click.echo(f"policy set to {preset_name}")
