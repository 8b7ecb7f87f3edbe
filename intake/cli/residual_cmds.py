"""``intake residual``: list, mask or release what the independent residual-risk scan finds."""

from __future__ import annotations

import click

from intake.cli.common import emit_json, json_option, table
from intake.cli.unlocking import open_vault
from intake.errors import UsageError
from intake.pseudonymise.spans import LABELS

EXAMPLES = """
\b
Examples:
  intake residual 0123456789ab                         # list the hits with their ids
  intake residual 0123456789ab --mask 3.1 --mask 3.2   # mask two hits (a plan item each), apply again
  intake residual 0123456789ab --mask 5.1 --label LOCATION
  intake residual 0123456789ab --release 4.1 --reason "a song title, not a person"
"""


@click.command(epilog=EXAMPLES)
@click.argument("tid", metavar="TRANSCRIPT_ID")
@click.option("--mask", "masks", multiple=True, metavar="ID", help="Mask this hit (repeatable).")
@click.option("--label", type=click.Choice(list(LABELS)),
              help="The label of what --mask adds (default: by kind: PHONE, EMAIL, ID_NUMBER, PERSON ...).")
@click.option("--release", "releases", multiple=True, metavar="ID",
              help="Let this one hit stay, with --reason (repeatable; audited, counted in the export manifest).")
@click.option("--reason", metavar="WHY", help="Why the released hits identify nobody (kept encrypted in the vault).")
@json_option
@click.pass_context
def residual(ctx: click.Context, tid: str, masks: tuple[str, ...], label: str | None, releases: tuple[str, ...],
             reason: str | None, as_json: bool) -> None:
    """Resolve the residual-risk check: what may still identify someone in the anonymised text.

    An independent scanner (it shares no code with the detectors) reads the anonymised text for digit runs
    (also letters Whisper writes for digits), calling codes, spoken phone and e-mail words, e-mail, handle,
    URL and IBAN shapes, and capitalised words it does not know. 'intake approve' and 'intake export' refuse
    while a hit is unresolved. Without options: list the hits (ID is SEGMENT.N). Each hit is either masked
    (--mask ID) or released one by one with a reason (--release ID --reason WHY). Ids change when the text
    changes: name every hit of one listing in one call, or list again.

    \b
    Examples:
      intake residual f7931f
      intake residual f7931f --mask 3.1 --mask 4.1
      intake residual f7931f --release 5.1 --reason 'a band, not a person'
    """
    from intake.review.residual import mask_findings, release_findings, residual_check
    from intake.transcripts.store import resolve_transcript_id

    if masks and releases:
        raise UsageError("use --mask or --release, not both in one call")
    if releases and not (reason or "").strip():
        raise UsageError("give --reason WHY with --release (it is kept in the vault)")
    if (label or reason) and not (masks or releases):
        raise UsageError("--label goes with --mask, --reason with --release")
    with open_vault(ctx) as vault:
        tid = resolve_transcript_id(vault, tid)
        if masks:
            version = mask_findings(vault, tid, masks, label)
            click.echo(f"{tid}: {len(set(masks))} hit(s) masked; anonymised version {version}")
        elif releases:
            count = release_findings(vault, tid, releases, reason or "")
            click.echo(f"{tid}: {count} hit(s) released (audited)")
        check = residual_check(vault, tid)
    if as_json:
        emit_json({"id": tid, "released": check.released,
                   "hits": [{"id": f.id, "segment": f.segment, "kind": f.kind, "text": f.text, "context": f.context}
                            for f in check.left]})
        return
    click.echo(f"{tid}: {len(check.left)} unresolved residual-risk hit(s), {check.released} released")
    if check.left:
        table(((f.id, f.segment, f.kind, f"…{f.context}…") for f in check.left), ["id", "segment", "kind", "context"])
        click.echo(f"mask: intake residual {tid} --mask ID   release: intake residual {tid} --release ID --reason WHY")
