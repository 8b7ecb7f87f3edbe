"""The outbox lock of ``field ingest`` with its leftover ``.part`` files (the shred of an original that
finishes once begun is :func:`intake.ingest.shred.shred_whole`, shared with ``intake ingest``).

A ``.part`` file is a package being written (docs/keys.md §5.2). One left behind by a run killed with
SIGKILL (or a power cut) is encrypted, never complete, and never renamed: the next run removes it, but only
when no other run holds the outbox (an exclusive ``flock`` on the outbox folder, then shared for the run).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from intake.errors import DamagedError

PART = ".part"


@contextlib.contextmanager
def hold_outbox(outbox: Path) -> Iterator[int]:
    """Hold ``outbox`` for one run; yields how many stale ``.part`` files were removed first."""
    try:
        fd = os.open(outbox, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError as exc:
        raise DamagedError(f"{outbox}: cannot open the outbox ({exc.strerror})",
                           hint="the field directory is damaged: make a new one with 'intake field init'") from exc
    try:
        removed = 0
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pass  # another run is writing: its .part files are not stale
        else:
            removed = _remove_parts(outbox)
        fcntl.flock(fd, fcntl.LOCK_SH)
        yield removed
    finally:
        os.close(fd)


def _remove_parts(outbox: Path) -> int:
    removed = 0
    for path in outbox.iterdir():
        if path.name.endswith(PART) and not path.is_symlink() and path.is_file():
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed += 1
    return removed
