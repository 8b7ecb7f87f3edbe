"""``intake init``, ``status``, ``audit show|verify``."""

from __future__ import annotations

from pathlib import Path

import click

from intake.cli.common import emit_json, json_option, open_vault, read_passphrase, table, warn
from intake.errors import DamagedError


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
    """
    from intake.vault.open import create_vault, weak_kdf_warning

    if (w := weak_kdf_warning()) is not None:
        warn(w)
    passphrase = read_passphrase(ctx, confirm=True, prompt="New passphrase")
    with create_vault(Path(path).expanduser(), passphrase, label=label, kdf_memory_mib=kdf_memory) as vault:
        click.echo(f"created vault {vault.path}")
        click.echo(f"vault recipient (public, safe to share with field laptops): {vault.header.recipient}")
        click.echo(f"recipient fingerprint: {vault.fingerprint()} (compare it by phone with 'intake field init')")


@click.command()
@json_option
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """Show the vault's format, encryption and counts (no secrets)."""
    from intake.vault.check import status as get_status

    with open_vault(ctx) as vault:
        info = get_status(vault)
    if as_json:
        emit_json(info)
        return
    click.echo(f"vault           {info['path']}")
    click.echo(f"vault id        {info['id']}")
    click.echo(f"format          intake-vault v{info['format_version']}, catalog schema {info['schema_version']}")
    click.echo(f"encryption      SQLCipher {info['sqlcipher_version']}; blobs: age v1 (X25519)")
    click.echo(f"recipient       {info['recipient']} (fingerprint {info['recipient_fingerprint']})")
    for slot in info["slots"]:
        kdf = slot["kdf"]
        cost = f"argon2id t={kdf['t']} m={kdf['m_kib'] // 1024} MiB p={kdf['p']}" if kdf else "recovery secret"
        click.echo(f"slot            {slot['id']} ({slot['kind']}; {cost})")
    counts = ", ".join(f"{v} {k}" for k, v in info["counts"].items())
    click.echo(f"contents        {counts}")
    click.echo(f"audit log       {'intact' if info['audit_ok'] else 'BROKEN: run intake audit verify'}")


@click.group("audit")
def audit_group() -> None:
    """The append-only, hash-chained audit log."""


@audit_group.command("show")
@click.option("--limit", type=click.IntRange(1), help="Only the last N rows.")
@click.option("--action", help="Only rows of this action (e.g. 'recording' or 'recording.export').")
@json_option
@click.pass_context
def audit_show(ctx: click.Context, limit: int | None, action: str | None, as_json: bool) -> None:
    """List audit rows: sequence, time (UTC), key slot, action, object."""
    from intake.vault import audit

    with open_vault(ctx) as vault:
        rows = audit.rows(vault.conn, limit=limit, action=action)
    if as_json:
        emit_json([r.to_dict() for r in rows])
        return
    table(((r.seq, r.ts, r.slot_id, r.action, r.object_id) for r in rows), ["seq", "time", "slot", "action", "object"])


@audit_group.command("verify")
@click.pass_context
def audit_verify(ctx: click.Context) -> None:
    """Check the audit chain: detects a changed, deleted or reordered row and a truncated log."""

    with open_vault(ctx) as vault:
        report = vault.verify_audit()
        vault.audit("audit.verify", ok=report.ok, rows=report.rows)
    if not report.ok:
        where = f" at row {report.bad_seq}" if report.bad_seq else ""
        raise DamagedError(f"audit log verification failed{where}: {report.problem}",
                           hint="restore catalog.db from a backup and compare")
    click.echo(f"audit log intact: {report.rows} rows")


@click.command()
@click.pass_context
def verify(ctx: click.Context) -> None:
    """Check everything: catalog integrity, audit chain, and that every blob decrypts to its checksum."""
    from intake.vault.check import verify_vault

    with open_vault(ctx) as vault:
        report = verify_vault(vault)
    for line in report.lines():
        click.echo(line)
    report.raise_for_problems()
