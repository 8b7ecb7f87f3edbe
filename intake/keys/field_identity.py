"""``keys retire-field-identity``: replace the vault's age identity, so that leftover field packages made for
the old one can no longer be opened, not even by whoever compels a passphrase (docs/keys.md, "Retiring the
field identity").

Blobs need no re-encryption: each recording's blob is sealed to its own identity in the catalog, never to the
vault's (docs/format.md §6); the vault's identity opens only field packages (their sealed recording identity
and metadata). The switch is :func:`intake.vault.epoch.switch_epoch` with ``retire=True``.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake.vault.epoch import switch_epoch
from intake.vault.identity import RetiredRecipient, retired_recipients
from intake.vault.open import Vault


@dataclass(frozen=True)
class RetireReport:
    retired: RetiredRecipient
    recipient: str  # the new public recipient, for 'intake field init'
    fingerprint: str


def retire_field_identity(vault: Vault) -> RetireReport:
    """Replace the identity now; packages made for the old recipient are refused from then on."""
    retired = switch_epoch(vault, lambda: None, retire=True)
    assert retired is not None
    return RetireReport(retired, vault.header.recipient, vault.fingerprint())


def retirements(vault: Vault) -> list[RetiredRecipient]:
    """The recipients this vault retired, oldest first (public values)."""
    return retired_recipients(vault.conn)
