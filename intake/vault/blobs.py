"""Blob storage: age files written through ``tmp/`` and moved into ``blobs/`` (docs/format.md §6).

Protocol for one blob, so that a kill at any moment leaves nothing or a complete, verified blob:
1. write ``tmp/<name>.part`` while holding an exclusive ``flock`` on it; fsync;
2. read it back, decrypt, compare the SHA-256 with the one computed while encrypting;
3. rename to ``tmp/<name>`` (still locked), commit the catalog row that references ``<name>``;
4. rename ``tmp/<name>`` to ``blobs/<name>``.
:func:`recover` (run at every unlock) rolls leftovers forward (referenced) or back (not referenced), but
only those whose lock it can take, so it never disturbs another process's blob in progress.
"""

from __future__ import annotations

import contextlib
import fcntl
import hmac
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from crypto import agefile
from crypto.errors import DecryptError
from intake.errors import DamagedError
from intake.fs import fsync_dir, open_regular, random_name

BLOB_SUFFIX = ".age"


@dataclass
class PendingBlob:
    """A verified blob in ``tmp/``, locked by this process until :meth:`publish` or :meth:`discard`."""

    name: str
    tmp_path: Path
    blobs_dir: Path
    sha256: str
    size: int
    _fd: int

    def publish(self) -> None:
        os.replace(self.tmp_path, self.blobs_dir / self.name)
        fsync_dir(self.blobs_dir)
        fsync_dir(self.tmp_path.parent)
        self._unlock()

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.tmp_path.unlink()
        self._unlock()

    def _unlock(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def new_blob_name() -> str:
    return random_name(BLOB_SUFFIX)


def stage_blob(
    vault_dir: Path, fill: Callable[[BinaryIO], None], check: Callable[[Path], tuple[str, int]]
) -> PendingBlob:
    """Write a blob into a locked ``tmp/`` file with ``fill``, fsync, ``check`` it (returns SHA-256 and size
    of the plaintext, or raises), and return it pending. The caller commits, then publishes."""
    name = new_blob_name()
    tmp = vault_dir / "tmp"
    part = tmp / (name + ".part")
    fd = os.open(part, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        with os.fdopen(os.dup(fd), "wb") as out:
            fill(out)
            out.flush()
            os.fsync(out.fileno())
        sha, size = check(part)
        final = tmp / name
        os.replace(part, final)
        fsync_dir(tmp)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        os.close(fd)
        raise
    return PendingBlob(name=name, tmp_path=final, blobs_dir=vault_dir / "blobs", sha256=sha, size=size, _fd=fd)


def write_blob(vault_dir: Path, src: BinaryIO, recipient: str, identity: str,
               progress: Callable[[int], None] | None = None) -> PendingBlob:
    """Encrypt ``src`` into a locked ``tmp/`` file, read it back and compare checksums."""
    written: list[tuple[str, int]] = []

    def fill(out: BinaryIO) -> None:
        written.append(agefile.encrypt_stream(src, out, [recipient], progress))

    def check(part: Path) -> tuple[str, int]:
        _verify_file(part, identity, written[0][0])
        return written[0]

    return stage_blob(vault_dir, fill, check)


def open_blob(path: Path) -> BinaryIO:
    """A blob (or a staged part) opened for reading, only as a regular file: a FIFO put in its place would
    hang a plain open, a link could point anywhere."""
    try:
        fd = open_regular(path, os.O_RDONLY)
    except OSError as exc:
        raise DamagedError(f"blob {path.name}: cannot read ({exc.strerror})",
                           hint="run 'intake verify'; restore the blob from a backup") from exc
    return os.fdopen(fd, "rb")


def _verify_file(path: Path, identity: str, expected_sha: str) -> None:
    with open_blob(path) as fh:
        try:
            sha, _ = agefile.decrypt_digest(fh, identity)
        except DecryptError as exc:
            raise DamagedError("the encrypted copy could not be read back") from exc
    if not hmac.compare_digest(sha, expected_sha):
        raise DamagedError("the encrypted copy does not match the original (read-back check failed)")


def verify_blob(path: Path, identity: str, expected_sha: str) -> None:
    _verify_file(path, identity, expected_sha)


@dataclass(frozen=True)
class Skipped:
    """An entry of ``tmp/`` that is not a regular file: left alone, never followed, opened or removed."""

    name: str
    kind: str  # folder | fifo | symbolic link | socket | device | other


@dataclass(frozen=True)
class Recovery:
    """What :func:`recover` did: blobs rolled forward, leftovers removed, odd entries reported."""

    published: int = 0
    removed: int = 0
    skipped: tuple[Skipped, ...] = ()


_KINDS = ((stat.S_ISDIR, "folder"), (stat.S_ISFIFO, "fifo"), (stat.S_ISLNK, "symbolic link"),
          (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "device"), (stat.S_ISBLK, "device"))


def _odd_kind(mode: int) -> str | None:
    """None for a regular file, else what it is."""
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _KINDS if test(mode)), "other")


@contextlib.contextmanager
def _try_lock(path: Path) -> Iterator[bool]:
    """Lock a regular file without following links or blocking (a FIFO swapped in opens at once)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        yield False
        return
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            yield False
            return
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        yield False
        return
    try:
        yield True
    finally:
        os.close(fd)


def recover(vault_dir: Path, is_referenced: Callable[[str], bool]) -> Recovery:
    """Roll interrupted blobs forward or back; report (never touch) entries that are not regular files."""
    tmp, blobs = vault_dir / "tmp", vault_dir / "blobs"
    published = removed = 0
    skipped: list[Skipped] = []
    for entry in sorted(tmp.iterdir()) if tmp.is_dir() else []:
        try:
            kind = _odd_kind(os.lstat(entry).st_mode)
        except FileNotFoundError:  # another process finished with it meanwhile
            continue
        if kind is not None:
            skipped.append(Skipped(entry.name, kind))
            continue
        with _try_lock(entry) as free:
            if not free:
                continue
            if entry.name.endswith(BLOB_SUFFIX) and is_referenced(entry.name):
                os.replace(entry, blobs / entry.name)
                published += 1
            else:
                entry.unlink()
                removed += 1
    if published:
        fsync_dir(blobs)
    return Recovery(published, removed, tuple(skipped))
