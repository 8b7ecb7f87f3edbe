"""Switch the catalog to a new epoch secret (withdrawal; docs/format.md §3.3, §4).

Steps, each a commit of the key area or the catalog, so a kill at any point is resolved by the next unlock
(:mod:`intake.vault.resolve`, which rolls a pending withdrawal forward):

1. reserve a free position (dirty), write a fresh epoch secret there, fsync;
2. commit ``pending = withdraw`` (same slots, new epoch);
3. run the caller's change in the catalog (delete, VACUUM) under the old epoch;
4. ``PRAGMA rekey`` to the catalog key of the new epoch;
5. commit the pending state; the old epoch's position is overwritten in place, read back, and released.

After step 5 every page written under the old epoch (freed blocks, the deleted rollback journals of steps
3-4, old backups of ``catalog.db``) needs a secret that exists nowhere any more.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from intake.errors import DamagedError
from intake.vault.areaheader import KeyState, Pending
from intake.vault.catalog import rekey
from intake.vault.keyarea import KeyArea
from intake.vault.keyring import derive_keys, seal_epoch
from intake.vault.open import Vault
from intake.vault.resolve import commit_pending


def rekey_catalog_to(vault: Vault, catalog_key: bytes) -> None:
    """Step 4 (a seam for the kill tests)."""
    rekey(vault.conn, catalog_key)


def switch_epoch(vault: Vault, change: Callable[[], None], op: str = "withdraw") -> None:
    """Run ``change`` in the catalog, then move the catalog to a new epoch and destroy the old one."""
    with KeyArea.open(vault.path, write=True) as area:
        mac_key = vault.keys.area_mac
        if not area.header.mac_ok(mac_key) or area.header.state.epoch != vault.area.state.epoch:
            raise DamagedError("the key area changed while the vault was open", hint="run the command again")
        (pos,) = area.reserve(1, mac_key)
        entry, material, secret = seal_epoch(vault.master_key, vault.area.vault_id, pos)
        area.write_position(pos, material)
        area.sync()
        pending = Pending(op, KeyState(area.header.state.slots, entry))
        dirty = tuple(i for i in area.header.dirty if i != pos)
        area.commit(replace(area.header, pending=pending, dirty=dirty), mac_key)
        change()
        new_keys = derive_keys(vault.master_key, vault.area.vault_id, secret)
        rekey_catalog_to(vault, new_keys.catalog)
        commit_pending(area, mac_key)
        vault.switch_epoch(secret, area.header)
