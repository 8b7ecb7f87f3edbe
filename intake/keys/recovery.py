"""Recovery shares: a random secret split with SLIP-39 seals the master key in a recovery slot (format.md §7).

``shamir-mnemonic`` is the SLIP-39 reference implementation; it is not hardened against timing or cache
side channels, which is acceptable on an offline steward machine where no attacker runs code or measures
time while shares are combined (docs/keys.md, "Recovery"). The SLIP-39 passphrase is empty: the shares
alone, k of them, are the secret.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import shamir_mnemonic
from shamir_mnemonic.share import Share

from crypto.errors import SlotOpenError
from intake.errors import AuthError, InputError, UsageError
from intake.keys.slots import add_slot, update_slots
from intake.vault import migrate
from intake.vault.areaheader import SlotEntry
from intake.vault.catalog import Connection
from intake.vault.header import read_header
from intake.vault.keyarea import KeyArea
from intake.vault.keyring import open_recovery_entry, seal_recovery_entry
from intake.vault.open import Vault, check_passphrase, open_unlocked
from intake.vault.settings import DEFAULT_SETTINGS, VaultSettings
from intake.vault.stewards import add_steward, remove_stewards, steward_labels

SECRET_LEN = 32
MAX_SHARES = 16


@dataclass(frozen=True)
class RecoverySet:
    """Freshly made shares: shown once, never stored."""

    slot_id: str
    threshold: int
    shares: list[str]

    def __repr__(self) -> str:  # never print the words
        return f"RecoverySet(slot_id={self.slot_id!r}, threshold={self.threshold}, shares=<{len(self.shares)} hidden>)"


def check_split(shares: int, threshold: int) -> None:
    if not 2 <= threshold <= shares <= MAX_SHARES:
        raise UsageError(f"choose 2 <= threshold <= shares <= {MAX_SHARES} (e.g. --shares 5 --threshold 3)",
                         hint="a threshold of 1 would make every single share a full key")


def create_recovery(vault: Vault, shares: int, threshold: int) -> RecoverySet:
    """Make a new recovery slot (replacing any previous one, whose shares stop working) and its shares."""
    check_split(shares, threshold)
    secret = os.urandom(SECRET_LEN)
    groups = shamir_mnemonic.generate_mnemonics(1, [(threshold, shares)], secret, b"", extendable=True)
    old = [s.id for s in vault.area.state.slots if s.kind == "recovery"]
    made: list[str] = []

    def make(positions: list[int]) -> list[tuple[SlotEntry, bytes]]:
        entry, material = seal_recovery_entry(vault.master_key, secret, vault.area.vault_id, positions[0])
        made.append(entry.id)
        return [(entry, material)]

    def record(conn: Connection) -> None:
        remove_stewards(conn, old)
        add_steward(conn, made[0], f"recovery {threshold} of {shares}", "recovery")
        vault.audit("keys.recovery.create", made[0], shares=shares, threshold=threshold, replaced=len(old))

    update_slots(vault, 1, make, set(old), record)
    return RecoverySet(slot_id=made[0], threshold=threshold, shares=list(groups[0]))


def share_threshold(share: str) -> int:
    """How many shares the set of this share needs (not secret); :class:`InputError` for a malformed share."""
    try:
        return int(Share.from_mnemonic(normalise_share(share)).member_threshold)
    except (shamir_mnemonic.MnemonicError, ValueError, KeyError) as exc:
        raise InputError("a recovery share is mistyped or incomplete (its checksum does not match)",
                         hint="check the words against the paper copy; every share has 20 or 33 words") from exc


def normalise_share(share: str) -> str:
    return " ".join(share.lower().split())


def combine_shares(shares: Iterable[str]) -> bytes:
    """The recovery secret from k shares. Errors never echo a word of any share."""
    words = [normalise_share(s) for s in shares if s.strip()]
    if not words:
        raise InputError("no recovery shares were given")
    needed = share_threshold(words[0])
    for share in words[1:]:
        share_threshold(share)
    if len(set(words)) < needed:
        raise InputError(f"{needed} different shares are needed, {len(set(words))} were given")
    try:
        secret = shamir_mnemonic.combine_mnemonics(sorted(set(words)), b"")
    except (shamir_mnemonic.MnemonicError, ValueError) as exc:
        raise InputError("the shares do not combine (they belong to different sets or one is mistyped)") from exc
    if len(secret) != SECRET_LEN:
        raise InputError("the shares do not hold an Intake recovery secret")
    return bytes(secret)


def unlock_with_shares(vault_dir: Path, shares: Iterable[str], *,
                       settings: VaultSettings = DEFAULT_SETTINGS) -> Vault:
    """Open the vault through its recovery slot; :class:`AuthError` when the shares open no slot here."""
    public = read_header(vault_dir)
    secret = combine_shares(shares)
    if public.version == 1 and not migrate.area_ready(vault_dir):
        found = migrate.open_v1_recovery(public, secret)
        if found is None:
            raise _wrong_shares()
        migrate.migrate_v1(vault_dir, public, found[0], busy_timeout_ms=settings.busy_timeout_ms)
        return open_unlocked(vault_dir, public, found[0], found[1], None, settings)
    with KeyArea.open(vault_dir) as area:
        for entry in (s for s in area.header.state.slots if s.kind == "recovery"):
            try:
                master = open_recovery_entry(entry, area.read_position(entry.pos), secret, area.header.vault_id)
            except SlotOpenError:
                continue
            break
        else:
            raise _wrong_shares()
    return open_unlocked(vault_dir, public, master, entry.id, None, settings)


def _wrong_shares() -> AuthError:
    return AuthError("these recovery shares do not open this vault",
                     hint="they may belong to an older recovery set or to another vault")


def recover_access(vault_dir: Path, shares: Iterable[str], new_passphrase: str, label: str, *,
                   settings: VaultSettings = DEFAULT_SETTINGS) -> Vault:
    """Shares -> a new passphrase slot. The returned vault is unlocked as that new slot."""
    check_passphrase(new_passphrase)
    vault = unlock_with_shares(vault_dir, shares, settings=settings)
    try:
        finish_recovery(vault, new_passphrase, label)
    except BaseException:
        vault.close()
        raise
    return vault


def finish_recovery(vault: Vault, new_passphrase: str, label: str) -> str:
    """On a vault opened by :func:`unlock_with_shares`: add the new passphrase slot and switch to it."""
    check_passphrase(new_passphrase)
    vault.audit("keys.recovery.unlock", vault.slot_id)
    new_id = add_slot(vault, new_passphrase, label)
    _forget_missing_labels(vault)
    vault.slot_id = new_id
    return new_id


def _forget_missing_labels(vault: Vault) -> None:
    """After a panic the catalog still lists stewards whose slots are gone; drop those labels."""
    present = {s.id for s in vault.area.state.slots}
    stale = [sid for sid in steward_labels(vault.conn) if sid not in present]
    if stale:
        with vault.transaction() as conn:
            remove_stewards(conn, stale)
            vault.audit("keys.forget", "", labels=len(stale))
