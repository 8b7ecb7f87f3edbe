"""Working keys derived from the vault master key, each under its own purpose label (docs/format.md §4)."""

from __future__ import annotations

from dataclasses import dataclass

from crypto.hkdf import derive_key

LABEL_CATALOG = "intake/v1/catalog"


LABEL_AUDIT = "intake/v1/audit"


LABEL_PSEUDONYM = "intake/v1/pseudonym"


@dataclass(frozen=True)
class Keys:
    """Working keys derived from the master key; never printed."""

    catalog: bytes
    audit: bytes
    pseudonym: bytes

    def __repr__(self) -> str:
        return "Keys(<hidden>)"


def derive_keys(master: bytes, vault_id: bytes) -> Keys:
    return Keys(
        catalog=derive_key(master, vault_id, LABEL_CATALOG),
        audit=derive_key(master, vault_id, LABEL_AUDIT),
        pseudonym=derive_key(master, vault_id, LABEL_PSEUDONYM),
    )


LABEL_EXPORT_GUID = "intake/v1/export-guid"


def export_guid_key(master: bytes, vault_id: bytes) -> bytes:
    """The HMAC key of the REFI-QDA GUIDs of exported interviews (docs/export-formats.md, section 5).

    Derived on demand rather than held in :class:`Keys`: only an export needs it. A new master key
    (``keys rotate``) gives new GUIDs.
    """
    return derive_key(master, vault_id, LABEL_EXPORT_GUID)
