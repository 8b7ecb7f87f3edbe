"""``intake panic``: destroy this device's key material now, without a passphrase and without a KDF.

The passphrase slots in ``vault.json`` are first overwritten in place (same length, random bytes, fsync),
so the blocks that held them on a simple file system are overwritten, then the header is replaced by one
holding only the recovery slot, which is useless without k of the SLIP-39 shares kept elsewhere: "panic
followed by recovery" gives the data back. What this cannot do is in docs/keys.md ("Panic").
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, replace
from pathlib import Path

from intake.errors import IntakeError
from intake.fs import shred_file
from intake.vault.header import HEADER_NAME, VaultHeader, read_header, write_header

# Files in tmp/ up to this size are overwritten before unlinking (headers, rotation journals); bigger ones
# are blob ciphertext under per-recording keys that live in the catalog, and are only unlinked.
SHRED_TMP_MAX = 1 << 20


@dataclass(frozen=True)
class PanicReport:
    destroyed_slots: int
    recovery_kept: bool
    tmp_files: int


def panic(vault_dir: Path) -> PanicReport:
    """Make the vault unopenable by passphrase here. Keeps the recovery slot (if any)."""
    header = read_header(vault_dir)
    doomed = [s for s in header.slots if s.kind == "passphrase"]
    _overwrite_in_place(vault_dir / HEADER_NAME, header)
    kept = header.with_slots([s for s in header.slots if s.kind != "passphrase"])
    write_header(vault_dir, kept)
    cleaned = _clean_tmp(vault_dir / "tmp")
    return PanicReport(destroyed_slots=len(doomed), recovery_kept=bool(kept.slots), tmp_files=cleaned)


def _garbled(header: VaultHeader) -> bytes:
    """The header with every passphrase slot's salt, nonce and sealed key replaced by random bytes."""
    slots = [
        replace(s, salt=os.urandom(len(s.salt)) if s.salt else s.salt, nonce=os.urandom(len(s.nonce)),
                sealed=os.urandom(len(s.sealed)))
        if s.kind == "passphrase" else s
        for s in header.slots
    ]
    return header.with_slots(slots).to_json()


def _overwrite_in_place(path: Path, header: VaultHeader) -> None:
    """Rewrite the existing file's bytes (same inode); skipped when its layout differs from ours."""
    new = _garbled(header)
    with open(path, "r+b") as fh:
        if len(fh.read()) != len(new):
            return  # hand-formatted header: the atomic replace below still removes the slots
        fh.seek(0)
        fh.write(new)
        fh.flush()
        os.fsync(fh.fileno())


def _clean_tmp(tmp: Path) -> int:
    count = 0
    for entry in sorted(tmp.iterdir()) if tmp.is_dir() else []:
        if entry.is_symlink() or not entry.is_file():
            continue
        with contextlib.suppress(OSError, IntakeError):
            if entry.stat().st_size <= SHRED_TMP_MAX:
                shred_file(entry)
            else:
                entry.unlink()
            count += 1
    return count
