"""``intake panic``: destroy this device's key material now, without a passphrase and without a KDF.

Format 2 (docs/format.md §3.5): every position of ``keyslots.bin`` except the recovery slot's and the epoch
secrets' is overwritten in place with random bytes, fsynced and read back; both header copies are rewritten
in place holding only the recovery slot (or overwritten with noise when there is none). The recovery slot
is useless without k of the SLIP-39 shares kept elsewhere, so "panic followed by recovery" gives the data
back. A version-1 ``vault.json`` (still holding slots) is overwritten in place byte for byte whatever its
layout. Any failure to overwrite or to read back raises :class:`PanicIncomplete`: never a false success.
What this cannot do is in docs/keys.md ("Panic").
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import time
from dataclasses import dataclass, replace
from pathlib import Path

from intake.errors import DamagedError, IntakeError
from intake.fs import NOT_REGULAR, open_regular, shred_file
from intake.keys.panic_target import NothingDestroyed, panic_target, unusable
from intake.vault.areaheader import POSITIONS, AreaHeader, KeyState, Pending
from intake.vault.header import HEADER_NAME, parse_header
from intake.vault.keyarea import AREA_NAME, COPY_SIZE, WipeFailed, encode_copy, overwrite_positions, read_headers

__all__ = ["NothingDestroyed", "PanicIncomplete", "PanicReport", "panic"]

# Files in tmp/ up to this size are overwritten before unlinking (scratch headers, old rotation journals);
# bigger ones are blob ciphertext under per-recording keys that live in the catalog, and are only unlinked.
SHRED_TMP_MAX = 1 << 20


class PanicIncomplete(DamagedError):
    """panic could not overwrite and verify all key material: treat it as NOT destroyed"""

    default_hint = "destroy the storage device itself if you can; see docs/keys.md, 'Panic'"


@dataclass(frozen=True)
class PanicReport:
    destroyed_slots: int
    recovery_kept: bool
    tmp_files: int
    positions_overwritten: int = 0


def panic(vault_dir: Path) -> PanicReport:
    """Make the vault unopenable by passphrase here. Keeps the recovery slot (if any).

    :class:`NothingDestroyed` (before anything is touched) when there is no key material to destroy here.
    """
    target = panic_target(vault_dir)
    destroyed, kept, overwritten = 0, False, 0
    if target.area:
        destroyed, kept, overwritten = _panic_area(vault_dir / AREA_NAME)
    v1_destroyed, v1_kept = _panic_v1_header(vault_dir / HEADER_NAME)
    if not overwritten and not target.v1_header:  # never a success that destroyed nothing
        raise unusable(f"no key-area position of {AREA_NAME} was overwritten")
    cleaned = _clean_tmp(vault_dir / "tmp")
    return PanicReport(destroyed_slots=destroyed + v1_destroyed, recovery_kept=kept or v1_kept, tmp_files=cleaned,
                       positions_overwritten=overwritten)


def _lock_briefly(fd: int, seconds: float = 2.0) -> None:
    """Take the writers' lock if it comes quickly; panic never waits long for another process."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError:
            time.sleep(0.05)


def _panic_area(path: Path) -> tuple[int, bool, int]:
    try:
        fd = open_regular(path, os.O_RDWR)  # a FIFO put in its place must neither hang panic nor count
    except OSError as exc:
        raise unusable(f"cannot open {AREA_NAME} to overwrite it ({exc.strerror})") from exc
    try:
        _lock_briefly(fd)
        try:
            header: AreaHeader | None = read_headers(fd)[0]
        except IntakeError:
            header = None  # unreadable: overwrite everything
        kept = _kept(header)
        keep_positions = kept.used() if kept else set()
        doomed = [i for i in range(POSITIONS) if i not in keep_positions]
        overwrite_positions(fd, doomed)
        _rewrite_copies(fd, kept)
    except (OSError, WipeFailed) as exc:
        raise PanicIncomplete() from exc
    finally:
        os.close(fd)
    destroyed = 0 if header is None else _count_passphrase(header)
    return destroyed, kept is not None, len(doomed)


def _count_passphrase(header: AreaHeader) -> int:
    ids = {s.id for s in header.state.slots if s.kind == "passphrase"}
    if header.pending:
        ids |= {s.id for s in header.pending.state.slots if s.kind == "passphrase"}
    return len(ids)


def _kept(header: AreaHeader | None) -> AreaHeader | None:
    """The header panic leaves: only the recovery slot and the epoch(s) it needs; None when nothing is kept."""
    if header is None:
        return None
    recovery = tuple(s for s in header.state.slots if s.kind == "recovery")
    if not recovery:
        return None
    pending = None
    if header.pending is not None and header.pending.op in ("withdraw", "migrate", "retire"):
        pending = Pending(header.pending.op, KeyState(recovery, header.pending.state.epoch), header.pending.recipient)
    return replace(header, state=KeyState(recovery, header.state.epoch), pending=pending, dirty=(),
                   panicked=True).signed(None, header.seq + 1)


def _rewrite_copies(fd: int, kept: AreaHeader | None) -> None:
    copies = [encode_copy(kept) if kept else os.urandom(COPY_SIZE) for _ in (0, 1)]
    for index, data in enumerate(copies):
        os.pwrite(fd, data, index * COPY_SIZE)
    os.fsync(fd)
    for index, data in enumerate(copies):
        if os.pread(fd, COPY_SIZE, index * COPY_SIZE) != data:
            raise WipeFailed()


def _panic_v1_header(path: Path) -> tuple[int, bool]:
    """A version-1 ``vault.json`` holds slots: overwrite all its bytes in place, then keep the recovery slot."""
    try:
        fd = open_regular(path, os.O_RDWR)
    except FileNotFoundError:
        return 0, False
    except OSError as exc:
        if exc.strerror == NOT_REGULAR:
            return 0, False  # a FIFO or a link holds no key material
        raise PanicIncomplete(f"cannot open vault.json ({exc.strerror})") from exc
    try:
        raw = os.pread(fd, os.fstat(fd).st_size, 0)
        try:
            header = parse_header(raw)
        except IntakeError:
            header = None
        if header is not None and header.version != 1:
            return 0, False  # a version-2 vault.json holds no key material
        _overwrite(fd, os.urandom(len(raw)))
        recovery = [s for s in header.slots if s.kind == "recovery"] if header else []
        if header is not None:
            doc = {"format": "intake-vault", "version": 1, "vault_id": header.vault_id.hex(),
                   "recipient": header.recipient, "slots": [s.to_dict() for s in recovery]}
            text = json.dumps(doc, separators=(",", ":")).encode()
            _overwrite(fd, text + b" " * max(0, len(raw) - len(text)))
        destroyed = 0 if header is None else sum(s.kind == "passphrase" for s in header.slots)
    except OSError as exc:
        raise PanicIncomplete() from exc
    finally:
        os.close(fd)
    return destroyed, bool(recovery)


def _overwrite(fd: int, data: bytes) -> None:
    os.pwrite(fd, data, 0)
    os.fsync(fd)
    if os.pread(fd, len(data), 0) != data:
        raise PanicIncomplete()


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
