"""``keys rotate``: a new master key, the catalog re-encrypted, crash-safe (design in docs/keys.md, "Rotation").

Steps, in this order, so that a kill at any point leaves a vault that opens with the old or the new master key:

1. write the journal ``tmp/rotate.json`` (the new header: one slot sealing the NEW master key under the
   rotating steward's passphrase), fsync, and hold an exclusive ``flock`` on it;
2. in ONE SQLCipher commit: re-MAC the audit chain under the new audit key, drop the labels of the removed
   slots, append the ``keys.rotate`` row, ``PRAGMA rekey`` (it commits the open transaction atomically);
3. replace ``vault.json`` with the journal's header (atomic rename);
4. delete the journal.

Killed before step 2 commits: the catalog still opens with the old key; the next unlock deletes the journal
as a leftover in ``tmp/``. Killed after: the old header's master key no longer opens the catalog, so
:func:`intake.vault.journal.interrupted_rotation` (used by :func:`intake.vault.open.unlock`) opens the
journal's slot with the same passphrase, and the unlock finishes steps 3-4.
"""

from __future__ import annotations

import hmac
import os
from dataclasses import dataclass

from crypto.errors import SlotOpenError
from crypto.keyslot import KeySlot, open_passphrase_slot, seal_passphrase_slot
from intake.errors import AuthError, IntakeError, RefusedError, UsageError
from intake.keys.slots import keep_or_default_params
from intake.vault import audit
from intake.vault.catalog import CATALOG_NAME, connect, transaction
from intake.vault.header import VaultHeader, read_header, write_header
from intake.vault.journal import drop_journal, write_journal
from intake.vault.keyring import Keys, derive_keys
from intake.vault.open import Vault, open_with_master
from intake.vault.stewards import remove_stewards


@dataclass
class RotationResult:
    vault: Vault  # the vault reopened under the new master key; the old object is closed
    removed: list[KeySlot]
    remac_rows: int


def rotate(vault: Vault, passphrase: str) -> RotationResult:
    """Replace the master key. Only the rotating steward's slot survives; every other slot is removed.

    Once the journal is written ``vault`` is closed whatever happens; on success use ``result.vault``,
    opened under the new key. Refusals before that (wrong passphrase, broken audit log) leave it open.
    """
    header = read_header(vault.path)
    own = _own_slot(vault, header, passphrase)
    check = audit.verify(vault.conn, vault.keys.audit)
    if not check.ok:
        raise RefusedError(f"refusing to rotate: the audit log is broken ({check.problem})",
                           hint="'intake audit verify' shows where; rotation would re-sign a tampered log")
    new_master = os.urandom(32)
    policy = vault.settings.kdf
    new_slot = seal_passphrase_slot(new_master, passphrase, header.vault_id,
                                    keep_or_default_params(own.params, policy), slot_id=own.slot_id, policy=policy)
    new_header = header.with_slots([new_slot])
    removed = [s for s in header.slots if s.slot_id != own.slot_id]
    new_keys = derive_keys(new_master, header.vault_id)
    fd = write_journal(vault.path, new_header)
    try:
        try:
            rows = rekey_catalog(vault, new_keys, removed)
        except BaseException:
            if _opens_with(vault, vault.keys.catalog):  # not rekeyed: roll back
                drop_journal(vault.path)
            raise
        write_header(vault.path, new_header)
        drop_journal(vault.path)
    finally:
        os.close(fd)
        vault.close()
    fresh = open_with_master(vault.path, new_header, new_master, own.slot_id, vault.settings)
    return RotationResult(vault=fresh, removed=removed, remac_rows=rows)


def _own_slot(vault: Vault, header: VaultHeader, passphrase: str) -> KeySlot:
    own = next((s for s in header.slots if s.slot_id == vault.slot_id), None)
    if own is None or own.kind != "passphrase":
        raise UsageError("rotation needs the vault unlocked with a passphrase slot",
                         hint="after a recovery, set a passphrase first ('intake keys recovery unlock' does)")
    try:
        master = open_passphrase_slot(own, passphrase, header.vault_id)
    except SlotOpenError as exc:
        raise AuthError() from exc
    if not hmac.compare_digest(master, vault.master_key):
        raise AuthError()
    return own


def rekey_catalog(vault: Vault, new_keys: Keys, removed: list[KeySlot]) -> int:
    """Step 2: one commit re-MACs the audit log, drops removed labels, logs the rotation and rekeys."""
    conn = vault.conn
    with transaction(conn):
        rows = audit.remac(conn, new_keys.audit)
        remove_stewards(conn, [s.slot_id for s in removed])
        audit.append(conn, new_keys.audit, vault.slot_id, "keys.rotate", "",
                     {"removed_slots": len(removed), "remac_rows": rows})
        # SQLCipher rewrites every page and commits the open transaction as one atomic commit.
        conn.execute(f"PRAGMA rekey = \"x'{new_keys.catalog.hex()}'\"")
    return rows


def _opens_with(vault: Vault, catalog_key: bytes) -> bool:
    try:
        connect(vault.path / CATALOG_NAME, catalog_key, busy_timeout_ms=vault.settings.busy_timeout_ms).close()
    except IntakeError:
        return False
    return True


