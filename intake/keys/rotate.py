"""``keys rotate``: a new master key AND a new epoch, the catalog re-encrypted, crash-safe (docs/keys.md §2).

Steps, each a commit of the key area (docs/format.md §3.3) or of the catalog:

1. reserve two free positions; write the rotating steward's slot sealing the NEW master key (same slot id,
   new salt and nonce) and a new epoch secret wrapped under the new master key; fsync;
2. commit ``pending = rotate`` (that slot and that epoch), MACed under the old master key;
3. in ONE SQLCipher commit: re-MAC the audit chain under the new audit key, drop the labels of the removed
   slots, append the ``keys.rotate`` row, ``PRAGMA rekey`` to the new catalog key;
4. commit the pending state (MACed under the new master key); every old position (all other slots, the
   old epoch) is overwritten in place, read back and released.

Killed before step 3 commits: the catalog opens with the old keys and the next unlock rolls the rotation
back (the pending positions are wiped). Killed after: only the rotating steward's passphrase opens the
pending slot; their next unlock rolls forward (:mod:`intake.vault.resolve`). Nothing is ever written to
``tmp/``: there is no journal file to shred.
"""

from __future__ import annotations

import hmac
import os
from dataclasses import dataclass, replace

from crypto.errors import SlotOpenError
from intake.errors import AuthError, DamagedError, RefusedError, UsageError
from intake.keys.slots import keep_or_default_params
from intake.vault import audit
from intake.vault.areaheader import KeyState, Pending, SlotEntry
from intake.vault.catalog import rekey, transaction
from intake.vault.header import VaultHeader
from intake.vault.keyarea import KeyArea
from intake.vault.keyring import (
    Keys,
    area_mac_key,
    derive_keys,
    open_passphrase_entry,
    seal_epoch,
    seal_passphrase_entry,
)
from intake.vault.open import Vault, open_unlocked
from intake.vault.resolve import commit_pending
from intake.vault.stewards import remove_stewards


@dataclass
class RotationResult:
    vault: Vault  # the vault reopened under the new master key; the old object is closed
    removed: list[SlotEntry]
    remac_rows: int


def rotate(vault: Vault, passphrase: str) -> RotationResult:
    """Replace the master key and the epoch. Only the rotating steward's slot survives.

    Once the pending state is committed ``vault`` is closed whatever happens; on success use ``result.vault``,
    opened under the new key. Refusals before that (wrong passphrase, broken audit log) leave it open.
    """
    own = _own_slot(vault, passphrase)
    check = vault.verify_audit()
    if not check.ok:
        raise RefusedError(f"refusing to rotate: the audit log is broken ({check.problem})",
                           hint="'intake audit verify' shows where; rotation would re-sign a tampered log")
    removed = [s for s in vault.area.state.slots if s.id != own.id]
    new_master = os.urandom(32)
    with KeyArea.open(vault.path, write=True) as area:
        if not area.header.mac_ok(vault.keys.area_mac) or area.header.pending is not None:
            raise DamagedError("the key area changed while the vault was open", hint="run the command again")
        secret = _write_pending(area, vault, own, passphrase, new_master)
        try:
            new_keys = derive_keys(new_master, vault.area.vault_id, secret)
            rows = rekey_catalog(vault, new_keys, removed)
            commit_pending(area, area_mac_key(new_master, vault.area.vault_id))
        finally:
            vault.drop()  # the lock is ours: no anchor update, which a closing vault would wait for
    public = VaultHeader(vault_id=vault.area.vault_id, recipient=vault.area.recipient)
    fresh = open_unlocked(vault.path, public, new_master, own.id, passphrase, vault.settings)
    return RotationResult(vault=fresh, removed=removed, remac_rows=rows)


def _write_pending(area: KeyArea, vault: Vault, own: SlotEntry, passphrase: str, new_master: bytes) -> bytes:
    """Steps 1-2; returns the new epoch secret."""
    mac_key, vid = vault.keys.area_mac, vault.area.vault_id
    slot_pos, epoch_pos = area.reserve(2, mac_key)
    policy = vault.settings.kdf
    slot, slot_material = seal_passphrase_entry(new_master, passphrase, vid, keep_or_default_params(own.params, policy),
                                                slot_pos, slot_id=own.id, policy=policy)
    epoch, epoch_material, secret = seal_epoch(new_master, vid, epoch_pos)
    area.write_position(slot_pos, slot_material)
    area.write_position(epoch_pos, epoch_material)
    area.sync()
    dirty = tuple(i for i in area.header.dirty if i not in (slot_pos, epoch_pos))
    pending = Pending("rotate", KeyState((slot,), epoch))
    area.commit(replace(area.header, pending=pending, dirty=dirty), mac_key)
    return secret


def _own_slot(vault: Vault, passphrase: str) -> SlotEntry:
    own = vault.area.state.slot(vault.slot_id)
    if own is None or own.kind != "passphrase":
        raise UsageError("rotation needs the vault unlocked with a passphrase slot",
                         hint="after a recovery, set a passphrase first ('intake keys recovery unlock' does)")
    with KeyArea.open(vault.path) as area:
        material = area.read_position(own.pos)
    try:
        master = open_passphrase_entry(own, material, passphrase, vault.area.vault_id)
    except SlotOpenError as exc:
        raise AuthError() from exc
    if not hmac.compare_digest(master, vault.master_key):
        raise AuthError()
    return own


def rekey_catalog(vault: Vault, new_keys: Keys, removed: list[SlotEntry]) -> int:
    """Step 3: one commit re-MACs the audit log, drops removed labels, logs the rotation and rekeys."""
    conn = vault.conn
    with transaction(conn):
        rows = audit.remac(conn, new_keys.audit)
        remove_stewards(conn, [s.id for s in removed])
        audit.append(conn, new_keys.audit, vault.slot_id, "keys.rotate", "",
                     {"removed_slots": len(removed), "remac_rows": rows})
        rekey(conn, new_keys.catalog)  # SQLCipher rewrites every page and commits the transaction with it
    return rows
