"""The key-rotation journal ``tmp/rotate.json`` and the roll-forward of an interrupted rotation.

Finishing a rotation that was killed after the catalog was rekeyed belongs to opening a vault, so it lives
here, below :mod:`intake.keys.rotate` (which writes the journal) and beside :mod:`intake.vault.open` (which
calls the roll-forward when the header's master key no longer opens the catalog).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from crypto.errors import SlotOpenError
from crypto.keyslot import open_passphrase_slot
from intake.errors import AuthError, DamagedError, LockedError, RefusedError
from intake.fs import fsync_dir, random_name
from intake.vault.header import MAX_HEADER_BYTES, VaultHeader, parse_header, read_header

JOURNAL_NAME = "rotate.json"


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


@dataclass(frozen=True)
class InterruptedRotation:
    """A rotation journal whose slot opened with the passphrase: the new header and its master key."""

    header: VaultHeader
    master: bytes
    slot_id: str

    def __repr__(self) -> str:
        return f"InterruptedRotation(slot_id={self.slot_id!r})"


@contextlib.contextmanager
def interrupted_rotation(vault_dir: Path, passphrase: str) -> Iterator[InterruptedRotation | None]:
    """Hold the journal's lock while the caller finishes a rotation killed after the catalog was rekeyed.

    Yields None when there is no journal. The caller opens the catalog with ``master``, writes ``header``
    (steps 3-4 of :mod:`intake.keys.rotate`), and the lock keeps leftover cleanup away from the journal until then.
    """
    try:
        fd = os.open(journal_path(vault_dir), os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        yield None
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise LockedError("a key rotation is running right now") from exc
        header = _read_journal(fd, vault_dir)
        yield _open_journal(header, passphrase)
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


def _open_journal(header: VaultHeader, passphrase: str) -> InterruptedRotation:
    for slot in header.slots:
        if slot.kind != "passphrase":
            continue
        try:
            master = open_passphrase_slot(slot, passphrase, header.vault_id)
        except SlotOpenError:
            continue
        return InterruptedRotation(header, master, slot.slot_id)
    raise AuthError("a key rotation was interrupted; the vault now opens only with the passphrase of "
                    "the steward who started it",
                    hint="that steward unlocks once (any command) to finish the rotation")
