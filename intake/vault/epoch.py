"""Switch the catalog to a new epoch secret (withdrawal, retirement; docs/format.md §3.3, §4, §5).

Steps, each a commit of the key area, the catalog or ``vault.json``, so a kill at any point is resolved by
the next unlock (:mod:`intake.vault.resolve`, which rolls a pending withdrawal or retirement forward):

1. reserve a free position (dirty), write a fresh epoch secret there, fsync;
2. commit ``pending = withdraw`` (same slots, new epoch), or ``pending = retire`` with the new recipient too;
3. run the caller's change in the catalog (delete, VACUUM) under the old epoch;
4. ``PRAGMA rekey`` to the catalog key of the new epoch; when retiring, in the same SQLCipher commit the
   catalog's age identity is replaced and the old recipient listed as retired (:mod:`intake.vault.identity`);
5. when retiring, replace ``vault.json`` with the new recipient (accepted while ``pending = retire`` names it);
6. commit the pending state (with the recipient whose identity the catalog now holds); the old epoch's
   position is overwritten in place, read back, and released.

After step 6 every page written under the old epoch (freed blocks, the deleted rollback journals of steps
3-4, old backups of ``catalog.db``), and with it the retired identity, needs a secret that exists nowhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from crypto import agefile
from intake.errors import DamagedError
from intake.vault.areaheader import KeyState, Pending
from intake.vault.catalog import rekey
from intake.vault.header import VaultHeader, write_header
from intake.vault.identity import RetiredRecipient, Swap, swap_identity_and_rekey
from intake.vault.keyarea import KeyArea
from intake.vault.keyring import derive_keys, seal_epoch
from intake.vault.open import Vault
from intake.vault.resolve import commit_pending


def rekey_catalog_to(vault: Vault, catalog_key: bytes) -> None:
    """Step 4 (a seam for the kill tests)."""
    rekey(vault.conn, catalog_key)


def retire_and_rekey(vault: Vault, swap: Swap, catalog_key: bytes) -> RetiredRecipient:
    """Step 4 of a retirement (a seam for the kill tests)."""
    return swap_identity_and_rekey(vault.conn, swap, catalog_key)


def write_public(vault: Vault, recipient: str) -> None:
    """Step 5 (a seam for the kill tests)."""
    write_header(vault.path, VaultHeader(vault_id=vault.area.vault_id, recipient=recipient))


def switch_epoch(vault: Vault, change: Callable[[], None], op: str = "withdraw", *,
                 retire: bool = False) -> RetiredRecipient | None:
    """Run ``change`` in the catalog, then move the catalog to a new epoch and destroy the old one.

    ``retire``: replace the vault's age identity in the same switch; returns the retired recipient.
    """
    keypair = agefile.generate_keypair() if retire else None
    with KeyArea.open(vault.path, write=True) as area:
        mac_key = vault.keys.area_mac
        if not area.header.mac_ok(mac_key) or area.header.state.epoch != vault.area.state.epoch:
            raise DamagedError("the key area changed while the vault was open", hint="run the command again")
        (pos,) = area.reserve(1, mac_key)
        entry, material, secret = seal_epoch(vault.master_key, vault.area.vault_id, pos)
        area.write_position(pos, material)
        area.sync()
        state = KeyState(area.header.state.slots, entry)
        pending = Pending("retire", state, keypair.recipient) if keypair else Pending(op, state)
        dirty = tuple(i for i in area.header.dirty if i != pos)
        area.commit(replace(area.header, pending=pending, dirty=dirty), mac_key)
        change()
        new_keys = derive_keys(vault.master_key, vault.area.vault_id, secret)
        retired = None
        if keypair is None:
            rekey_catalog_to(vault, new_keys.catalog)
        else:
            retired = retire_and_rekey(vault, Swap(keypair, vault.slot_id, vault.keys.audit), new_keys.catalog)
            write_public(vault, keypair.recipient)
        commit_pending(area, mac_key)
        vault.switch_epoch(secret, area.header)
    return retired
