"""Lock requests for holders of an unlocked vault that are not agents (the review workspace).

``intake lock`` and ``intake panic`` replace the file ``lock-request`` in the agent folder (a new file each
time, written atomically). A long-running process that holds an unlocked vault takes a :class:`LockWatch`
when it unlocks and locks itself as soon as :meth:`LockWatch.requested` is true: no pid files, no signals to
processes that may have been replaced, and it works for every such process of the user at once.
"""

from __future__ import annotations

import os
from pathlib import Path

REQUEST_NAME = "lock-request"


def request_lock(folder: Path) -> None:
    """Leave a new lock request in ``folder`` (an existing private folder)."""
    target = folder / REQUEST_NAME
    tmp = folder / f".{REQUEST_NAME}.{os.getpid()}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    try:
        os.write(fd, os.urandom(8).hex().encode())
    finally:
        os.close(fd)
    os.replace(tmp, target)


def _stamp(folder: Path) -> tuple[int, int, bytes] | None:
    try:
        info = os.lstat(folder / REQUEST_NAME)
        with open(folder / REQUEST_NAME, "rb") as fh:
            return info.st_ino, info.st_mtime_ns, fh.read(64)
    except OSError:
        return None


class LockWatch:
    """Taken at unlock; :meth:`requested` turns true once a lock request newer than that was left."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._seen = _stamp(folder)

    def requested(self) -> bool:
        return _stamp(self.folder) != self._seen
