"""A version-1 key-rotation journal ``tmp/rotate.json`` left by a rotation killed after its rekey.

Format 2 no longer writes one (a rotation is a pending state in the key area). A version-1 vault whose
rotation was interrupted is migrated from the journal's header: its only slot seals the new master key.
The migration then overwrites the journal in place before unlinking it (:mod:`intake.vault.migrate`).
"""

from __future__ import annotations

import fcntl
import os
from dataclasses import dataclass
from pathlib import Path

from crypto.errors import SlotOpenError
from crypto.keyslot import open_passphrase_slot
from intake.errors import DamagedError, LockedError
from intake.vault.header import MAX_HEADER_BYTES, VaultHeader, parse_header

JOURNAL_NAME = "rotate.json"


def journal_path(vault_dir: Path) -> Path:
    return vault_dir / "tmp" / JOURNAL_NAME


@dataclass(frozen=True)
class InterruptedRotation:
    """A version-1 journal whose slot opened with the passphrase: its header and master key."""

    header: VaultHeader
    master: bytes
    slot_id: str

    def __repr__(self) -> str:
        return f"InterruptedRotation(slot_id={self.slot_id!r})"


def interrupted_rotation(vault_dir: Path, passphrase: str, vault_id: bytes) -> InterruptedRotation | None:
    """The journal's header and master key, or None when there is none or the passphrase does not open it."""
    try:
        fd = os.open(journal_path(vault_dir), os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise LockedError("a key rotation is running right now") from exc
        with os.fdopen(os.dup(fd), "rb") as fh:
            raw = fh.read(MAX_HEADER_BYTES + 1)
    finally:
        os.close(fd)
    try:
        header = parse_header(raw)
    except DamagedError as exc:
        raise DamagedError("the key-rotation journal tmp/rotate.json is damaged",
                           hint="restore vault.json and catalog.db from a backup") from exc
    if header.vault_id != vault_id or header.version != 1:
        raise DamagedError("tmp/rotate.json belongs to another vault")
    for slot in header.slots:
        if slot.kind != "passphrase":
            continue
        try:
            return InterruptedRotation(header, open_passphrase_slot(slot, passphrase, vault_id), slot.slot_id)
        except SlotOpenError:
            continue
    return None
