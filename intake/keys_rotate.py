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
:func:`resume_rotation` (called by :func:`intake.vault.unlock`) opens the journal's slot with the same
passphrase and finishes steps 3-4.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from crypto.errors import SlotOpenError
from crypto.keyslot import KeySlot, open_passphrase_slot, seal_passphrase_slot
from intake import audit
from intake.catalog import CATALOG_NAME, Connection, connect, transaction
from intake.errors import AuthError, DamagedError, IntakeError, LockedError, RefusedError, UsageError
from intake.fsutil import fsync_dir, random_name
from intake.header import MAX_HEADER_BYTES, VaultHeader, parse_header, read_header, write_header
from intake.keys import keep_or_default_params
from intake.vault import Keys, Vault, derive_keys, open_with_master

JOURNAL_NAME = "rotate.json"
# Components that store values keyed by a derived key (e.g. HMACs under intake/v1/pseudonym) register a
# callable here; it runs inside the rotation's transaction with (conn, old keys, new keys).
REKEY_HOOKS: list[Callable[[Connection, Keys, Keys], None]] = []


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
    new_slot = seal_passphrase_slot(new_master, passphrase, header.vault_id, keep_or_default_params(own.params),
                                    slot_id=own.slot_id)
    new_header = header.with_slots([new_slot])
    removed = [s for s in header.slots if s.slot_id != own.slot_id]
    new_keys = derive_keys(new_master, header.vault_id)
    fd = write_journal(vault.path, new_header)
    try:
        try:
            rows = rekey_catalog(vault, new_keys, removed)
        except BaseException:
            if _opens_with(vault.path, vault.keys.catalog):  # not rekeyed: roll back
                drop_journal(vault.path)
            raise
        write_header(vault.path, new_header)
        drop_journal(vault.path)
    finally:
        os.close(fd)
        vault.close()
    fresh = open_with_master(vault.path, new_header, new_master, own.slot_id)
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
    if master != vault.master_key:
        raise AuthError()
    return own


def rekey_catalog(vault: Vault, new_keys: Keys, removed: list[KeySlot]) -> int:
    """Step 2: one commit re-MACs the audit log, drops removed labels, logs the rotation and rekeys."""
    conn = vault.conn
    with transaction(conn):
        rows = audit.remac(conn, new_keys.audit)
        conn.executemany("DELETE FROM stewards WHERE slot_id=?", [(s.slot_id,) for s in removed])
        for hook in REKEY_HOOKS:
            hook(conn, vault.keys, new_keys)
        audit.append(conn, new_keys.audit, vault.slot_id, "keys.rotate", "",
                     {"removed_slots": len(removed), "remac_rows": rows})
        # SQLCipher rewrites every page and commits the open transaction as one atomic commit.
        conn.execute(f"PRAGMA rekey = \"x'{new_keys.catalog.hex()}'\"")
    return rows


def _opens_with(vault_dir: Path, catalog_key: bytes) -> bool:
    try:
        connect(vault_dir / CATALOG_NAME, catalog_key).close()
    except IntakeError:
        return False
    return True


def journal_path(vault_dir: Path) -> Path:
    return vault_dir / "tmp" / JOURNAL_NAME


def write_journal(vault_dir: Path, header: VaultHeader) -> int:
    """Step 1: write ``tmp/rotate.json`` durably; returns the fd holding its lock (leftover cleanup skips it)."""
    final = journal_path(vault_dir)
    if final.exists():
        raise RefusedError("another key rotation is in progress",
                           hint="wait for it to finish; if none runs, unlock the vault once and try again")
    part = vault_dir / "tmp" / random_name(".part")
    fd = os.open(part, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.write(fd, header.to_json())
        os.fsync(fd)
        os.replace(part, final)
        fsync_dir(final.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        os.close(fd)
        raise
    return fd


def drop_journal(vault_dir: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        journal_path(vault_dir).unlink()
    fsync_dir(vault_dir / "tmp")


def resume_rotation(vault_dir: Path, passphrase: str) -> Vault | None:
    """Finish a rotation killed after the catalog was rekeyed; None when there is no journal."""
    path = journal_path(vault_dir)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise LockedError("a key rotation is running right now") from exc
        header = _read_journal(fd, vault_dir)
        vault = _open_journal(vault_dir, header, passphrase)
        if vault is None:
            raise AuthError("a key rotation was interrupted; the vault now opens only with the passphrase of "
                            "the steward who started it",
                            hint="that steward unlocks once (any command) to finish the rotation")
        write_header(vault_dir, header)  # the lock keeps leftover cleanup away from the journal until here
        vault.audit("keys.rotate.finish")
        drop_journal(vault_dir)
        return vault
    finally:
        os.close(fd)


def _read_journal(fd: int, vault_dir: Path) -> VaultHeader:
    with os.fdopen(os.dup(fd), "rb") as fh:
        raw = fh.read(MAX_HEADER_BYTES + 1)
    try:
        header = parse_header(raw)
    except DamagedError as exc:
        raise DamagedError("the key-rotation journal tmp/rotate.json is damaged",
                           hint="restore vault.json and catalog.db from a backup") from exc
    if header.vault_id != read_header(vault_dir).vault_id:
        raise DamagedError("tmp/rotate.json belongs to another vault")
    return header


def _open_journal(vault_dir: Path, header: VaultHeader, passphrase: str) -> Vault | None:
    for slot in header.slots:
        if slot.kind != "passphrase":
            continue
        try:
            master = open_passphrase_slot(slot, passphrase, header.vault_id)
        except SlotOpenError:
            continue
        return open_with_master(vault_dir, header, master, slot.slot_id)
    return None
