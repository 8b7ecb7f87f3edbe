"""Keys of a vault (docs/format.md §4): the slots and epoch boxes of the key area, and the working keys
derived from the master key (and, for the catalog, the epoch secret), each under its own purpose label."""

from __future__ import annotations

import os
from dataclasses import dataclass

from crypto.hkdf import derive_epoch_key, derive_key
from crypto.kdf import SECURE, Argon2Params, KdfPolicy
from crypto.keyslot import (
    epoch_aad,
    new_slot_id,
    open_split,
    passphrase_kek,
    recovery_kek,
    seal_split,
    slot_aad,
)
from intake.vault.areaheader import EpochEntry, SlotEntry

LABEL_CATALOG = "intake/v2/catalog"
LABEL_CATALOG_V1 = "intake/v1/catalog"
LABEL_AUDIT = "intake/v1/audit"
LABEL_PSEUDONYM = "intake/v1/pseudonym"
LABEL_AREA_MAC = "intake/v2/keyarea"
LABEL_EPOCH_WRAP = "intake/v2/epoch-wrap"


@dataclass(frozen=True)
class Keys:
    """Working keys derived from the master key; never printed."""

    catalog: bytes
    audit: bytes
    pseudonym: bytes
    area_mac: bytes

    def __repr__(self) -> str:
        return "Keys(<hidden>)"


def derive_keys(master: bytes, vault_id: bytes, epoch: bytes) -> Keys:
    return Keys(
        catalog=derive_epoch_key(master, epoch, vault_id, LABEL_CATALOG),
        audit=derive_key(master, vault_id, LABEL_AUDIT),
        pseudonym=derive_key(master, vault_id, LABEL_PSEUDONYM),
        area_mac=area_mac_key(master, vault_id),
    )


def area_mac_key(master: bytes, vault_id: bytes) -> bytes:
    return derive_key(master, vault_id, LABEL_AREA_MAC)


def v1_catalog_key(master: bytes, vault_id: bytes) -> bytes:
    """The catalog key of a version-1 vault (before its migration)."""
    return derive_key(master, vault_id, LABEL_CATALOG_V1)


def _aad(entry: SlotEntry, vault_id: bytes) -> bytes:
    return slot_aad(vault_id, entry.id, entry.kind, entry.kdf_json(), entry.aad)


def open_passphrase_entry(entry: SlotEntry, material: bytes, passphrase: str, vault_id: bytes) -> bytes:
    """Run the slot's KDF and open its box; the opaque SlotOpenError on any failure."""
    from crypto.errors import SlotOpenError

    if entry.kind != "passphrase" or entry.params is None or entry.salt is None:
        raise SlotOpenError()
    kek = passphrase_kek(passphrase, entry.salt, entry.params)
    return open_split(material, kek, entry.nonce, _aad(entry, vault_id))


def open_recovery_entry(entry: SlotEntry, material: bytes, secret: bytes, vault_id: bytes) -> bytes:
    return open_split(material, recovery_kek(secret, vault_id), entry.nonce, _aad(entry, vault_id))


def seal_passphrase_entry(master: bytes, passphrase: str, vault_id: bytes, params: Argon2Params, pos: int,
                          *, slot_id: str | None = None, policy: KdfPolicy = SECURE) -> tuple[SlotEntry, bytes]:
    """A new passphrase slot at ``pos`` (fresh salt and nonce): the entry and the material to write there;
    ``params`` must meet ``policy`` (the caller's :class:`~intake.vault.settings.VaultSettings`)."""
    policy.check_creatable(params)
    salt = os.urandom(16)
    entry = SlotEntry(id=slot_id or new_slot_id(), kind="passphrase", pos=pos, nonce=b"\x00" * 12,
                      params=params, salt=salt)
    nonce, material = seal_split(master, passphrase_kek(passphrase, salt, params), _aad(entry, vault_id))
    return SlotEntry(entry.id, entry.kind, pos, nonce, params, salt), material


def seal_recovery_entry(master: bytes, secret: bytes, vault_id: bytes, pos: int) -> tuple[SlotEntry, bytes]:
    entry = SlotEntry(id=new_slot_id(), kind="recovery", pos=pos, nonce=b"\x00" * 12)
    nonce, material = seal_split(master, recovery_kek(secret, vault_id), _aad(entry, vault_id))
    return SlotEntry(entry.id, "recovery", pos, nonce), material


def epoch_wrap_key(master: bytes, vault_id: bytes) -> bytes:
    return derive_key(master, vault_id, LABEL_EPOCH_WRAP)


def seal_epoch(master: bytes, vault_id: bytes, pos: int) -> tuple[EpochEntry, bytes, bytes]:
    """A fresh epoch secret at ``pos``: (entry, material, secret)."""
    secret, epoch_id = os.urandom(32), new_slot_id()
    nonce, material = seal_split(secret, epoch_wrap_key(master, vault_id), epoch_aad(vault_id, epoch_id))
    return EpochEntry(epoch_id, pos, nonce), material, secret


def open_epoch(entry: EpochEntry, material: bytes, master: bytes, vault_id: bytes) -> bytes:
    return open_split(material, epoch_wrap_key(master, vault_id), entry.nonce, epoch_aad(vault_id, entry.id))


LABEL_EXPORT_GUID = "intake/v1/export-guid"


def export_guid_key(master: bytes, vault_id: bytes) -> bytes:
    """The HMAC key of the REFI-QDA GUIDs of exported interviews (docs/export-formats.md, section 5).

    Derived on demand rather than held in :class:`Keys`: only an export needs it. A new master key
    (``keys rotate``) gives new GUIDs.
    """
    return derive_key(master, vault_id, LABEL_EXPORT_GUID)
