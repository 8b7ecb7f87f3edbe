"""Small file-system helpers: atomic writes, fsync, random names, private new files (the review sheet)."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import secrets
import signal
import stat
from collections.abc import Iterator
from pathlib import Path

from intake.errors import InputError, IntakeError, RefusedError


def write_new_private(path: Path, data: bytes) -> None:
    """Create ``path`` for the owner only (0600 from the start, whatever the umask) and write ``data``.

    ``O_EXCL|O_NOFOLLOW``: an existing file or a symlink at ``path`` (even a dangling one) is refused,
    never followed or truncated.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError as exc:
        raise RefusedError(f"{path} exists (or is a link); refusing to write over it",
                           hint="choose a new file name") from exc
    with os.fdopen(fd, "wb") as fh:
        if os.name == "posix":
            os.fchmod(fh.fileno(), 0o600)  # a umask can only remove bits; this makes 0600 exact
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def fsync_dir(path: Path) -> None:
    """fsync a directory so a rename inside it is durable (no-op where unsupported)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def random_name(suffix: str = "") -> str:
    return secrets.token_hex(16) + suffix


def atomic_write_bytes(target: Path, data: bytes, tmp_dir: Path) -> None:
    """Write ``data`` to ``tmp_dir``, fsync, rename over ``target``, fsync the directory."""
    tmp = tmp_dir / random_name(".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)  # so leftover cleanup never takes a file still being written
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_dir(target.parent)


CHUNK = 1 << 20


SHRED_CAVEAT = (
    "overwriting cannot reach old copies on SSDs (wear levelling), journaling or copy-on-write file systems, "
    "cloud-synced folders, snapshots or backups; see docs/threat-model.md"
)


def _write_chunk(fd: int, data: bytes) -> int:
    """One write of the overwrite (a seam for the interrupt tests of tests/faults)."""
    return os.write(fd, data)


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM held back for the block (a shred that must finish once begun); one that arrived
    takes effect when the block ends. SIGKILL cannot be held back; nor can anything where the platform has no
    ``pthread_sigmask``."""
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM}) \
        if hasattr(signal, "pthread_sigmask") else None
    try:
        yield
    finally:
        if old is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)


def shred_file(path: Path, *, expected_size: int | None = None, done: str = "ingested") -> None:
    """Overwrite the file's bytes in place with random data, fsync, then unlink it.

    ``done`` names what already happened to the file, for the messages ("ingested", "packaged").
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NOFOLLOW)
    except OSError as exc:
        raise InputError(f"{path}: cannot shred ({exc.strerror}); the file was {done} but not removed") from exc
    try:
        size = os.fstat(fd).st_size
        if expected_size is not None and size != expected_size:
            raise InputError(f"{path}: changed while it was {done}; not shredded")
        written = 0
        while written < size:
            n = min(CHUNK, size - written)
            written += _write_chunk(fd, os.urandom(n))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.unlink(path)


def regular_file(path: Path, error: type[IntakeError], action: str) -> os.stat_result:
    """``lstat`` of ``path`` when it is a regular file (never following a symbolic link), else ``error``.

    ``action`` completes the hint for a link: "ingest" -> "... ingest the file it points to instead".
    """
    try:
        lst = os.lstat(path)
    except OSError as exc:
        raise error(f"{path}: cannot read ({exc.strerror})") from exc
    if stat.S_ISLNK(lst.st_mode):
        raise error(f"{path}: is a symbolic link; {action} the file it points to instead")
    if not stat.S_ISREG(lst.st_mode):
        raise error(f"{path}: not a regular file")
    return lst


NOT_REGULAR = "not a regular file"


def open_regular(path: Path, flags: int, mode: int = 0o600) -> int:
    """``os.open`` for a file that MUST be a regular file: never blocks, never follows a final symbolic link.

    ``O_NONBLOCK`` keeps a FIFO (or a device) swapped in for the file from hanging the open; ``fstat`` of the
    opened descriptor (not of the name, which could change in between) then refuses anything but a regular
    file with an ``OSError`` whose ``strerror`` is "not a regular file". Blocking mode is restored before the
    descriptor is returned.
    """
    try:
        fd = os.open(path, flags | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC, mode)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EISDIR, errno.ENXIO):  # a link, a folder, a FIFO without reader
            raise OSError(exc.errno, NOT_REGULAR, str(path)) from exc
        raise
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, NOT_REGULAR, str(path))
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def process_exists(pid: int) -> bool:
    """Whether a process with this id exists (another user's counts: signal 0 is refused, not unknown)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
