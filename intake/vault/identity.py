"""The vault's age identity (the private half of its public recipient) and the identities it retired.

Field packages seal each recording's own identity to the vault's recipient (docs/keys.md, "Field devices"),
so whoever holds the vault's identity opens every package ever made for it, withdrawn interviews included.
Retiring replaces the identity (docs/format.md §5, "Retired recipients"): the old one is dropped in the same
SQLCipher commit that moves the catalog to a new epoch (:mod:`intake.vault.epoch`), and its public
recipient is listed in ``meta(retired_recipients)`` so that a package made for it is refused by name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from crypto import agefile
from crypto.agefile import Keypair
from intake.clock import now_utc
from intake.errors import DamagedError
from intake.vault import audit
from intake.vault.catalog import Connection, meta_get, meta_set, rekey, transaction
from intake.vault.strictjson import StrictJSONError, loads

RETIRED_KEY = "retired_recipients"
RETIRED_VERSION = 1


@dataclass(frozen=True)
class RetiredRecipient:
    """A public recipient the vault no longer holds the identity of (public values only)."""

    recipient: str
    retired: str  # UTC time, ISO 8601

    @property
    def fingerprint(self) -> str:
        return agefile.recipient_fingerprint(self.recipient)

    @property
    def day(self) -> str:
        return self.retired[:10]


def retired_recipients(conn: Connection) -> list[RetiredRecipient]:
    """Every retired recipient, oldest first (none in a vault that never retired one)."""
    raw = meta_get(conn, RETIRED_KEY)
    if raw is None:
        return []
    try:
        doc = loads(raw.encode("utf-8"))
    except StrictJSONError as exc:
        raise DamagedError("the catalog's list of retired field identities is malformed") from exc
    if not isinstance(doc, dict) or set(doc) != {"v", "retired"} or type(doc["v"]) is not int \
            or doc["v"] != RETIRED_VERSION or not isinstance(doc["retired"], list):
        raise DamagedError("the catalog's list of retired field identities has an unknown version",
                           hint="upgrade Intake")
    return [_entry(item) for item in doc["retired"]]


def _entry(item: object) -> RetiredRecipient:
    if not isinstance(item, dict) or set(item) != {"recipient", "retired"} \
            or not all(isinstance(v, str) for v in item.values()):
        raise DamagedError("the catalog's list of retired field identities is malformed")
    return RetiredRecipient(item["recipient"], item["retired"])  # the fingerprint is derived, never stored


def _store(conn: Connection, entries: list[RetiredRecipient]) -> None:
    items = [{"recipient": e.recipient, "retired": e.retired} for e in entries]
    meta_set(conn, RETIRED_KEY, json.dumps({"v": RETIRED_VERSION, "retired": items}, sort_keys=True,
                                           separators=(",", ":")))


@dataclass(frozen=True)
class Swap:
    """What :func:`swap_identity_and_rekey` needs: the new keypair, the slot that acts, the audit key."""

    keypair: Keypair
    slot_id: str
    audit_key: bytes


def swap_identity_and_rekey(conn: Connection, swap: Swap, catalog_key: bytes) -> RetiredRecipient:
    """ONE SQLCipher commit: the new identity, the old recipient listed as retired, the audit row (public
    fingerprints only), and ``PRAGMA rekey`` to the new epoch's key. Returns the retired entry."""
    with transaction(conn):
        old = meta_get(conn, "age_identity")
        if not old:
            raise DamagedError("the catalog has no vault identity")
        entry = RetiredRecipient(agefile.recipient_of(old), now_utc())
        _store(conn, [*retired_recipients(conn), entry])
        meta_set(conn, "age_identity", swap.keypair.identity)
        audit.append(conn, swap.audit_key, swap.slot_id, "field_identity.retire", "",
                     {"retired": entry.fingerprint, "current": agefile.recipient_fingerprint(swap.keypair.recipient)})
        rekey(conn, catalog_key)  # SQLCipher commits the transaction with the rekey: both or neither
    return entry
