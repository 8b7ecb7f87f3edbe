"""``intake status``: what a steward may see without any secret."""

from __future__ import annotations

from typing import Any

from intake import audit
from intake.catalog import schema_version
from intake.vault import Vault


def _count(vault: Vault, table: str) -> int:
    return int(vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608 (fixed names)


def status(vault: Vault) -> dict[str, Any]:
    cipher = vault.conn.execute("PRAGMA cipher_version").fetchone()[0]
    slots = [
        {"id": s.slot_id, "kind": s.kind,
         "kdf": None if s.params is None else {"t": s.params.t, "m_kib": s.params.m_kib, "p": s.params.p}}
        for s in vault.header.slots
    ]
    counts = {t: _count(vault, t) for t in ("stewards", "interviews", "recordings", "transcripts", "audit")}
    report = audit.verify(vault.conn, vault.keys.audit)
    return {
        "id": vault.header.vault_id.hex(),
        "path": str(vault.path),
        "format_version": 1,
        "schema_version": schema_version(vault.conn),
        "sqlcipher_version": cipher,
        "recipient": vault.header.recipient,
        "unlocked_with_slot": vault.slot_id,
        "slots": slots,
        "counts": counts,
        "audit_ok": report.ok,
    }
