"""``intake verify``, ``status`` and ``audit show|verify``: catalog integrity, audit chain, every blob.

They also report on a catalog opened for diagnostics although it is older than the key area records
(``Vault.rollback``): then they append no audit row of their own (nothing is written to such a catalog).

The vault is the bottom layer, yet checking blobs needs the ``recordings`` table (owned by
:mod:`intake.ingest.recordings`) and ``status`` counts rows of tables owned above it. Those reads are the
only ones the vault layer makes of tables it does not own; they are read-only, with fixed SQL, and named in
``tests/architecture/test_seams.py``.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from typing import Any

from crypto.errors import DecryptError
from intake.errors import AuditBroken, BlobsDamaged, CatalogRolledBack, DamagedError, IntakeError
from intake.fs import fsync_dir, shred_file
from intake.vault import audit
from intake.vault.blobs import BLOB_SUFFIX, verify_blob
from intake.vault.catalog import schema_version
from intake.vault.identity import retired_recipients
from intake.vault.open import Vault
from intake.vault.stewards import count_stewards

EXTRA_HINT = ("an EXTRA file is one no recording in this catalog names: after 'intake audit accept-rollback' "
              "they are the recordings added after the restored backup, which this catalog holds no key for; "
              "'intake verify --remove-extra' removes them (asks first; audited)")


@dataclass
class VerifyReport:
    blobs_ok: int = 0
    missing: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    catalog_problems: list[str] = field(default_factory=list)
    audit_problem: str | None = None
    audit_rows: int = 0
    rolled_back: bool = False

    @property
    def ok(self) -> bool:
        return not (self.missing or self.damaged or self.extra or self.catalog_problems or self.audit_problem)

    def lines(self) -> list[str]:
        out = [f"blobs verified: {self.blobs_ok}"]
        out += [f"MISSING blob of recording {r}" for r in self.missing]
        out += [f"DAMAGED blob of recording {r}" for r in self.damaged]
        out += [f"EXTRA file in blobs/ not in the catalog: {n}" for n in self.extra]
        out += [f"CATALOG integrity: {p}" for p in self.catalog_problems]
        out.append(f"audit log: {self.audit_problem or 'intact'} ({self.audit_rows} rows)")
        return out

    def raise_for_problems(self) -> None:
        if self.ok:
            return
        if self.catalog_problems:
            raise DamagedError("the catalog failed its integrity check")
        if self.audit_problem:
            hint = CatalogRolledBack.default_hint if self.rolled_back else None
            raise AuditBroken(f"the audit log is broken: {self.audit_problem}", hint=hint)
        only_extra = not (self.missing or self.damaged)
        raise BlobsDamaged(f"{len(self.missing)} missing, {len(self.damaged)} damaged, "
                           f"{len(self.extra)} unexpected blob(s)",
                           hint=EXTRA_HINT if only_extra else f"{BlobsDamaged.default_hint}; {EXTRA_HINT}")


def verify_vault(vault: Vault) -> VerifyReport:
    report = VerifyReport()
    _check_catalog(vault, report)
    _check_blobs(vault, report)
    result = vault.verify_audit()
    report.audit_rows = result.rows
    if not result.ok:
        report.audit_problem = f"{result.problem}" + (f" (row {result.bad_seq})" if result.bad_seq else "")
    report.rolled_back = vault.rollback is not None
    if not report.rolled_back:
        vault.audit("vault.verify", ok=report.ok, blobs=report.blobs_ok)
    return report


def _check_catalog(vault: Vault, report: VerifyReport) -> None:
    for (problem,) in vault.conn.execute("PRAGMA cipher_integrity_check").fetchall():
        report.catalog_problems.append(str(problem))
    rows = vault.conn.execute("PRAGMA integrity_check").fetchall()
    if rows != [("ok",)]:
        report.catalog_problems.extend(str(r[0]) for r in rows)


_LIVE = "SELECT id, blob, identity, sha256 FROM recordings WHERE audio_deleted IS NULL"


def _check_blobs(vault: Vault, report: VerifyReport) -> None:
    known: set[str] = set()
    for rec_id, blob, identity, sha in vault.conn.execute(_LIVE):
        known.add(blob)
        path = vault.blobs / blob
        if not path.is_file():
            report.missing.append(rec_id)
            continue
        try:
            verify_blob(path, identity, sha)
            report.blobs_ok += 1
        except (IntakeError, DecryptError):
            report.damaged.append(rec_id)
    report.extra.extend(_unknown(vault, known))


def _unknown(vault: Vault, known: set[str]) -> list[str]:
    return [entry.name for entry in sorted(vault.blobs.iterdir())
            if entry.name not in known and (entry.name.endswith(BLOB_SUFFIX) or entry.is_file())]


def extra_blobs(vault: Vault) -> list[str]:
    """Names of the entries in blobs/ that no live recording of the catalog names (no blob is decrypted)."""
    return _unknown(vault, {row[1] for row in vault.conn.execute(_LIVE)})


def remove_extra(vault: Vault, names: list[str]) -> list[str]:
    """Overwrite and delete those of ``names`` that are still extra regular files in blobs/; audited first
    (``vault.extra_removed``, the count). Refused on a rolled-back catalog: a newer one names those blobs.
    A kill midway leaves the rest, still reported by 'intake verify'. Returns the names removed."""
    if vault.rollback is not None:
        raise CatalogRolledBack(vault.rollback.describe())
    still = set(extra_blobs(vault))
    todo = [n for n in names if n in still and stat.S_ISREG(os.lstat(vault.blobs / n).st_mode)]
    if not todo:
        return []
    vault.audit("vault.extra_removed", count=len(todo))
    for name in todo:
        shred_file(vault.blobs / name)
    fsync_dir(vault.blobs)
    return todo


_COUNTS = {
    "interviews": "SELECT count(*) FROM interviews",
    "recordings": "SELECT count(*) FROM recordings",
    "transcripts": "SELECT count(*) FROM transcripts",
}


def _counts(vault: Vault) -> dict[str, int]:
    found = {table: int(vault.conn.execute(sql).fetchone()[0]) for table, sql in _COUNTS.items()}
    return {"stewards": count_stewards(vault.conn), **found, "audit": audit.row_count(vault.conn)}


def audit_rows(vault: Vault, *, limit: int | None = None, action: str | None = None) -> list[audit.AuditRow]:
    """The audit log's rows (the last ``limit``, or only those of ``action`` or its sub-actions)."""
    return audit.rows(vault.conn, limit=limit, action=action)


def verify_audit(vault: Vault) -> audit.AuditReport:
    """Walk the audit chain; the check itself is audited (after the walk, so it does not check itself), except
    on a rolled-back catalog, which gets no row."""
    report = vault.verify_audit()  # the chain, and the head anchored in the key area
    if vault.rollback is None:
        vault.audit("audit.verify", ok=report.ok, rows=report.rows)
    return report


def status(vault: Vault) -> dict[str, Any]:
    cipher = vault.conn.execute("PRAGMA cipher_version").fetchone()[0]
    slots = [
        {"id": s.id, "kind": s.kind,
         "kdf": None if s.params is None else {"t": s.params.t, "m_kib": s.params.m_kib, "p": s.params.p}}
        for s in vault.area.state.slots
    ]
    counts = _counts(vault)
    report = vault.verify_audit()
    return {
        "id": vault.header.vault_id.hex(),
        "path": str(vault.path),
        "format_version": 2,
        "schema_version": schema_version(vault.conn),
        "sqlcipher_version": cipher,
        "recipient": vault.header.recipient,
        "recipient_fingerprint": vault.fingerprint(),
        "unlocked_with_slot": vault.slot_id,
        "slots": slots,
        "counts": counts,
        "audit_ok": report.ok,
        "catalog_rolled_back": vault.rollback is not None,
        "field_identity_retirements": _retirements(vault),
    }


def _retirements(vault: Vault) -> dict[str, Any]:
    retired = retired_recipients(vault.conn)
    return {"count": len(retired), "last": retired[-1].retired if retired else None}
