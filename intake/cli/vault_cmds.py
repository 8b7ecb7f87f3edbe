"""``intake init``, ``status``, ``audit show|verify``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from intake.cli.common import emit_json, json_option, table, vault_settings, warn
from intake.cli.lazy import SuggestingGroup
from intake.cli.unlocking import new_vault_passphrase, open_vault
from intake.errors import AgentError, AuditBroken, CatalogRolledBack, RefusedError

if TYPE_CHECKING:
    from intake.review.worklist import Worklist
    from intake.vault.open import Vault


@click.command()
@click.argument("path", type=click.Path(file_okay=False))
@click.option("--label", default="steward 1", show_default=True,
              help="Label of your key slot (stored encrypted in the catalog, never in vault.json).")
@click.option("--kdf-memory", "kdf_memory", type=click.IntRange(64, 4096), metavar="MIB",
              help="Argon2id memory in MiB (default 256; more makes guessing slower).")
@click.pass_context
def init(ctx: click.Context, path: str, label: str, kdf_memory: int | None) -> None:
    """Create a new vault at PATH, protected by a passphrase you type twice.

    The passphrase is never stored; losing it (and every other steward's, and the recovery shares) means
    losing the vault. Use at least 12 characters; six random words are a good choice.

    \b
    Examples:
      intake init ~/interviews
      intake init ~/interviews --label 'steward A' --kdf-memory 512
    """
    from intake.vault.open import check_new_vault_dir, check_passphrase, create_vault

    settings = vault_settings(ctx)
    check_new_vault_dir(Path(path).expanduser())  # before any prompt: a wrong folder wastes no typing
    passphrase = new_vault_passphrase(ctx, check_passphrase)
    with create_vault(Path(path).expanduser(), passphrase, label=label, kdf_memory_mib=kdf_memory,
                      settings=settings) as vault:
        click.echo(f"created vault {vault.path}")
        click.echo(f"vault recipient (public, safe to share with field laptops): {vault.header.recipient}")
        click.echo(f"recipient fingerprint: {vault.fingerprint()} (compare it by phone with 'intake field init')")


@click.command()
@json_option
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """Show the vault's format, encryption and counts (no secrets), and the worklist: recordings without a
    transcript, drafts, items undecided, reviewed, approved and exported transcripts (ids).

    \b
    Examples:
      intake status
      intake status --json
    """
    from intake.pseudonymise.vocabularies import status_line, vocabulary_status
    from intake.review.worklist import worklist
    from intake.vault.check import status as get_status

    with open_vault(ctx, diagnose=True) as vault:  # reports a rolled-back catalog too
        info = get_status(vault)
        work = worklist(vault)
        agent = _agent_info(ctx, vault.header.vault_id)
    vocabularies = vocabulary_status()
    if as_json:
        emit_json({**info, "worklist": work.to_dict(), "agent": agent, "vocabularies": vocabularies})
        return
    click.echo(f"vault           {info['path']}")
    click.echo(f"vault id        {info['id']}")
    click.echo(f"format          intake-vault v{info['format_version']}, catalog schema {info['schema_version']}")
    click.echo(f"encryption      SQLCipher {info['sqlcipher_version']}; blobs: age v1 (X25519)")
    click.echo(f"recipient       {info['recipient']} (fingerprint {info['recipient_fingerprint']})")
    retired = info["field_identity_retirements"]
    if retired["count"]:
        click.echo(f"field identity  retired {retired['count']} time(s), last {retired['last'][:10]}; older field "
                   "packages are refused")
    for slot in info["slots"]:
        kdf = slot["kdf"]
        cost = f"argon2id t={kdf['t']} m={kdf['m_kib'] // 1024} MiB p={kdf['p']}" if kdf else "recovery secret"
        click.echo(f"slot            {slot['id']} ({slot['kind']}; {cost})")
    counts = ", ".join(f"{v} {k}" for k, v in info["counts"].items())
    click.echo(f"contents        {counts}")
    click.echo(f"audit log       {_audit_line(info)}")
    click.echo(f"unlock agent    {_agent_line(agent)}")
    click.echo(f"vocabularies    {status_line(vocabularies)}")
    _print_worklist(work)


def _audit_line(info: dict[str, object]) -> str:
    if info["catalog_rolled_back"]:
        return "BROKEN: the catalog is older than the key area records: run intake audit verify"
    return "intact" if info["audit_ok"] else "BROKEN: run intake audit verify"


def _agent_info(ctx: click.Context, vault_id: bytes) -> dict[str, object] | None:
    """What the agent holding this vault says about itself (no key), or None."""
    from intake.agent import client
    from intake.cli.unlocking import agent_socket

    try:
        found = client.status(agent_socket(ctx, vault_id))
    except AgentError:
        return None
    if not found or found.get("vault_id") != vault_id.hex():
        return None
    return {k: found[k] for k in ("pid", "slot_id", "idle_s", "idle_left_s", "key_in_locked_memory")}


def _agent_line(agent: dict[str, object] | None) -> str:
    if agent is None:
        return "none: each command asks for the passphrase ('intake unlock' to type it once)"
    from intake.cli.agent_cmds import describe

    return (f"holds this vault (pid {agent['pid']}, slot {agent['slot_id']}); locks after "
            f"{describe(float(str(agent['idle_left_s'])))} without use, or on 'intake lock'")


WORKLIST_LINES = (
    ("untranscribed", "to transcribe", "intake transcribe --all"),
    ("not_pseudonymised", "to pseudonymise", "intake pseudonymise ID"),
    ("undecided", "items undecided", "intake review ID"),
    ("drafts", "drafts", "intake review ID"),
    ("reviewed", "reviewed", "intake approve --all-reviewed"),
    ("superseded_by_draft", "approved, newer draft", "review and approve the newer version"),
    ("approved", "approved", "intake export --all-approved"),
    ("exported", "exported", ""),
)


def _print_worklist(work: Worklist) -> None:
    """``to transcribe     2  3f2a91c0d4e5, 77a0be12cd34   (intake transcribe --all)``, one line per stage."""
    data = work.to_dict()
    click.echo("worklist")
    for key, title, command in WORKLIST_LINES:
        ids = data[key]["ids"]
        listed = ", ".join(f"{t} ({n})" for t, n in ids.items()) if isinstance(ids, dict) else ", ".join(ids)
        todo = f"   ({command})" if ids and command else ""
        click.echo(f"  {title:<22}{data[key]['count']:>4}  {listed}{todo}".rstrip())


@click.group("audit", cls=SuggestingGroup)
def audit_group() -> None:
    """The append-only, hash-chained audit log."""


@audit_group.command("show")
@click.option("--limit", type=click.IntRange(1), help="Only the last N rows.")
@click.option("--action", help="Only rows of this action (e.g. 'recording' or 'recording.export').")
@json_option
@click.pass_context
def audit_show(ctx: click.Context, limit: int | None, action: str | None, as_json: bool) -> None:
    """List audit rows: sequence, time (UTC), key slot, action, object.

    \b
    Examples:
      intake audit show --limit 20
      intake audit show --action export --json
    """
    from intake.vault.check import audit_rows

    with open_vault(ctx, diagnose=True) as vault:  # a rolled-back catalog's rows can be listed
        rows = audit_rows(vault, limit=limit, action=action)
    if as_json:
        emit_json([r.to_dict() for r in rows])
        return
    table(((r.seq, r.ts, r.slot_id, r.action, r.object_id) for r in rows), ["seq", "time", "slot", "action", "object"])


@audit_group.command("verify")
@click.pass_context
def audit_verify(ctx: click.Context) -> None:
    """Check the audit chain: detects a changed, deleted or reordered row and a truncated log.

    \b
    Examples:
      intake audit verify
    """
    from intake.vault.check import verify_audit

    with open_vault(ctx, diagnose=True) as vault:
        report = verify_audit(vault)
        rolled_back = vault.rollback is not None
    if not report.ok:
        where = f" at row {report.bad_seq}" if report.bad_seq else ""
        raise AuditBroken(f"audit log verification failed{where}: {report.problem}",
                          hint=CatalogRolledBack.default_hint if rolled_back
                          else "restore catalog.db from a backup and compare")
    click.echo(f"audit log intact: {report.rows} rows")


@audit_group.command("accept-rollback")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
def audit_accept_rollback(ctx: click.Context, yes: bool) -> None:
    """Accept a catalog.db you restored from an older backup on purpose: audited, then re-anchored.

    Every command refuses a catalog older than the key area records (exit 5). If you restored an old
    backup knowingly, this records the rollback in the audit log (the row numbers, no names) and makes
    that catalog the vault's. Whatever was done after the backup is lost for good. Asks for the
    passphrase (never the unlock agent).

    \b
    Examples:
      intake audit accept-rollback
      intake audit accept-rollback --yes
    """
    from intake.vault.check import extra_blobs
    from intake.vault.rollback import accept_rollback

    with open_vault(ctx, agent=False, diagnose=True) as vault:
        if vault.rollback is None:
            click.echo("nothing to accept: the catalog holds the audit row the key area records")
            return
        if not yes:
            click.echo(f"this catalog is older than the key area records: {vault.rollback.describe()}", err=True)
            if not click.confirm("Make it the vault's catalog (work done after that backup is lost for good)?",
                                 err=True):
                raise RefusedError("not accepted; nothing was changed")
        found = accept_rollback(vault)
        extra = extra_blobs(vault)
    assert found is not None
    click.echo(f"rollback accepted and audited: the key area recorded {found.anchored_seq} audit rows, the "
               f"restored catalog ended at row {found.head_seq}")
    if extra:
        warn(f"{len(extra)} file(s) in blobs/ belong to recordings added after that backup: this catalog holds "
             "no key for them, and 'intake verify' reports them as EXTRA; remove them with 'intake verify "
             "--remove-extra' (it asks first)")


@click.command()
@click.option("--remove-extra", is_flag=True,
              help="Overwrite and delete the EXTRA files in blobs/ (no recording names them), after asking.")
@click.pass_context
def verify(ctx: click.Context, remove_extra: bool) -> None:
    """Check everything: catalog integrity, audit chain, and that every blob decrypts to its checksum.

    An EXTRA file is one in blobs/ that no recording in the catalog names: after 'intake audit
    accept-rollback' these are the recordings added after the restored backup, which the catalog holds no
    key for any more. --remove-extra overwrites and deletes them once you confirm (an audit row records the
    count); it is refused on a catalog older than the key area records.

    \b
    Examples:
      intake verify
      intake verify --remove-extra
    """
    from intake.vault.check import verify_vault

    with open_vault(ctx, diagnose=True) as vault:
        if remove_extra and vault.rollback is not None:
            raise CatalogRolledBack(vault.rollback.describe())
        report = verify_vault(vault)
        for line in report.lines():
            click.echo(line)
        if remove_extra and report.extra:
            _remove_extra(vault, report.extra)
    report.raise_for_problems()


def _remove_extra(vault: Vault, extra: list[str]) -> None:
    from intake.vault.check import remove_extra

    prompt = (f"Overwrite and delete {len(extra)} EXTRA file(s) in blobs/? Nothing in this catalog can open "
              "them; only a newer copy of catalog.db could (keep a copy of them first if one may turn up)")
    if not click.confirm(prompt, err=True):
        raise RefusedError("not removed; nothing was changed")
    removed = remove_extra(vault, list(extra))
    click.echo(f"removed {len(removed)} extra file(s) from blobs/")
    extra[:] = [n for n in extra if n not in removed]
