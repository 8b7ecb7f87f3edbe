"""``keyslots.bin``: the fixed-layout key area, only ever overwritten in place (docs/format.md §3).

Update protocol (§3.3), each commit being one header write over the copy that does NOT hold the current
header, so a kill mid-write leaves the previous header valid:

1. reserve: commit a header listing the free positions about to be written in ``dirty``;
2. write the material at those positions, fsync;
3. commit the header that uses them (listing the positions it stops using in ``dirty``);
4. wipe: overwrite the ``dirty`` positions with random bytes, fsync, read back and compare, commit ``dirty=[]``.

Key material is thus never left at a position no header references, never copied, never renamed.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
from dataclasses import replace
from pathlib import Path

from crypto.keyslot import MATERIAL_LEN
from intake.errors import DamagedError, IntakeError, LockedError
from intake.fs import NOT_REGULAR, open_regular
from intake.vault.areaheader import POSITIONS, AreaHeader, parse_area_header

AREA_NAME = "keyslots.bin"
COPY_MAGIC = b"INTAKE-KEYAREA\x00\x02"
COPY_SIZE = 16384
POS_SIZE = 8192
AREA_OFFSET = 2 * COPY_SIZE
AREA_SIZE = AREA_OFFSET + POSITIONS * POS_SIZE
_FIXED = len(COPY_MAGIC) + 8 + 4
_SUM = 32


class WipeFailed(IntakeError):
    """the key area could not be overwritten and verified; treat the key material as NOT destroyed"""


def _pwrite(fd: int, data: bytes, offset: int) -> None:  # one seam for the kill tests
    view = memoryview(data)
    while view:
        view = view[os.pwrite(fd, view, offset + len(data) - len(view)):]


def _fsync(fd: int) -> None:
    os.fsync(fd)


def encode_copy(header: AreaHeader) -> bytes:
    body = header.to_json()
    if _FIXED + len(body) > COPY_SIZE - _SUM:
        raise DamagedError("the key-area header would not fit its fixed size")
    raw = COPY_MAGIC + header.seq.to_bytes(8, "big") + len(body).to_bytes(4, "big") + body
    raw += os.urandom(COPY_SIZE - _SUM - len(raw))  # unused bytes are random, like free positions
    return raw + hashlib.sha256(raw).digest()


def decode_copy(raw: bytes) -> AreaHeader | None:
    """The header of one copy, or None when it is torn or blank (bad magic or checksum)."""
    if len(raw) != COPY_SIZE or not raw.startswith(COPY_MAGIC):
        return None
    if hashlib.sha256(raw[:-_SUM]).digest() != raw[-_SUM:]:
        return None
    seq = int.from_bytes(raw[16:24], "big")
    length = int.from_bytes(raw[24:28], "big")
    if length > COPY_SIZE - _SUM - _FIXED:
        return None
    return parse_area_header(raw[_FIXED:_FIXED + length], seq)


def _offset(pos: int) -> int:
    if not 0 <= pos < POSITIONS:
        raise ValueError("position out of range")
    return AREA_OFFSET + pos * POS_SIZE


class KeyArea:
    """An open key area; writers hold an exclusive lock on the file until :meth:`close`."""

    def __init__(self, path: Path, fd: int, header: AreaHeader, copy: int) -> None:
        self.path, self.fd, self.header, self._copy = path, fd, header, copy

    @classmethod
    def open(cls, vault_dir: Path, *, write: bool = False, wait: bool = True) -> KeyArea:
        """Open for reading, or for writing under the exclusive lock (``wait=False``: LockedError if busy)."""
        path = vault_dir / AREA_NAME
        fd = open_area(path, os.O_RDWR if write else os.O_RDONLY)
        try:
            if write:
                _lock(fd, wait)
            header, copy = read_headers(fd)
        except BaseException:
            os.close(fd)
            raise
        return cls(path, fd, header, copy)

    def __enter__(self) -> KeyArea:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)

    def read_position(self, pos: int) -> bytes:
        return os.pread(self.fd, MATERIAL_LEN, _offset(pos))

    def write_position(self, pos: int, material: bytes) -> None:
        if len(material) != MATERIAL_LEN:
            raise ValueError("material has the wrong length")
        _pwrite(self.fd, material + os.urandom(POS_SIZE - MATERIAL_LEN), _offset(pos))

    def sync(self) -> None:
        _fsync(self.fd)

    def commit(self, header: AreaHeader, mac_key: bytes | None) -> AreaHeader:
        """Write ``header`` (seq + 1, MAC) over the other copy and fsync: the commit point."""
        new = header.signed(mac_key, self.header.seq + 1)
        target = 1 - self._copy
        _pwrite(self.fd, encode_copy(new), target * COPY_SIZE)
        _fsync(self.fd)
        self.header, self._copy = new, target
        return new

    def reserve(self, count: int, mac_key: bytes) -> list[int]:
        """Step 1: mark ``count`` free positions dirty, so a kill after writing them leaves them wiped later."""
        free = self.header.free()
        if len(free) < count:
            raise DamagedError("the key area has no free position left", hint="remove a slot first")
        chosen = free[:count]
        self.commit(replace(self.header, dirty=(*self.header.dirty, *chosen)), mac_key)
        return chosen

    def wipe_dirty(self, mac_key: bytes | None) -> int:
        """Step 4: overwrite every dirty position, verify, and commit a header with none."""
        dirty = list(self.header.dirty)
        if dirty:
            overwrite_positions(self.fd, dirty)
            self.commit(replace(self.header, dirty=()), mac_key)
        return len(dirty)


def open_area(path: Path, flags: int) -> int:
    """Open ``keyslots.bin`` without blocking (a FIFO in its place would hang a plain open) and only as a
    regular file: :class:`DamagedError` otherwise, naming why."""
    try:
        return open_regular(path, flags)
    except OSError as exc:
        if exc.strerror == NOT_REGULAR:
            raise DamagedError(f"{AREA_NAME} is {NOT_REGULAR}", hint="restore it from a backup") from exc
        raise DamagedError(f"cannot open {AREA_NAME} ({exc.strerror})") from exc


def _lock(fd: int, wait: bool) -> None:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError as exc:
        raise LockedError("another intake process is changing the key area") from exc


def read_headers(fd: int) -> tuple[AreaHeader, int]:
    """The valid copy with the higher seq, and which copy (0 or 1) holds it."""
    if os.fstat(fd).st_size != AREA_SIZE:
        raise DamagedError(f"{AREA_NAME} has the wrong size", hint="restore it from a backup")
    found = [(h, i) for i in (0, 1) if (h := decode_copy(os.pread(fd, COPY_SIZE, i * COPY_SIZE))) is not None]
    if not found:
        raise DamagedError(f"{AREA_NAME} has no valid header", hint="restore it from a backup")
    return max(found, key=lambda pair: pair[0].seq)


def overwrite_positions(fd: int, positions: list[int]) -> None:
    """Random bytes over each position, fsync, read back; :class:`WipeFailed` when the bytes did not stick."""
    written = {}
    for pos in positions:
        noise = os.urandom(POS_SIZE)
        _pwrite(fd, noise, _offset(pos))
        written[pos] = noise
    _fsync(fd)
    for pos, noise in written.items():
        if os.pread(fd, POS_SIZE, _offset(pos)) != noise:
            raise WipeFailed()


def create_area(vault_dir: Path, header: AreaHeader, materials: dict[int, bytes], mac_key: bytes) -> None:
    """A new area (or a leftover of a killed creation, overwritten in place): random, materials, then header A."""
    path = vault_dir / AREA_NAME
    fd = open_regular(path, os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.fchmod(fd, 0o600)
        if os.fstat(fd).st_size not in (0, AREA_SIZE):
            raise DamagedError(f"{AREA_NAME} has the wrong size", hint="restore it from a backup")
        _pwrite(fd, os.urandom(AREA_SIZE), 0)
        for pos, material in materials.items():
            _pwrite(fd, material + os.urandom(POS_SIZE - MATERIAL_LEN), _offset(pos))
        _fsync(fd)
        _pwrite(fd, encode_copy(header.signed(mac_key, 1)), 0)
        _fsync(fd)
    finally:
        os.close(fd)


def slot_present(vault_dir: Path, slot_id: str) -> bool:
    """Whether key slot ``slot_id`` still exists in the key area (``intake panic`` and ``keys remove`` take it
    away); False as well when the key area cannot be read or was panicked."""
    try:
        with KeyArea.open(vault_dir) as area:
            header = area.header
    except (IntakeError, OSError):
        return False
    return not header.panicked and header.state.slot(slot_id) is not None
