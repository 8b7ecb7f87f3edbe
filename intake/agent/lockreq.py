"""Lock requests for holders of an unlocked vault that are not agents (the review workspace).

``intake lock`` and ``intake panic`` replace the file ``lock-request`` in the agent folder (a new file each
time, written atomically). A long-running process that holds an unlocked vault takes a :class:`LockWatch`
when it unlocks and locks itself as soon as :meth:`LockWatch.requested` is true: no pid files, no signals to
processes that may have been replaced, and it works for every such process of the user at once.

The watch trusts only a private folder of this user (:func:`intake.agent.runtime.private_dir`: without
``XDG_RUNTIME_DIR`` it is ``/tmp/intake-UID``, which another user may have made first) and reads the request
without blocking or following a link (:func:`intake.fs.open_regular`): a FIFO there would otherwise hang the
watcher's thread, the workspace's event loop, with the vault unlocked. Once the watch runs, anything
unexpected (the folder no longer private, the request not a regular file) counts as a lock request: it
fails closed.
"""

from __future__ import annotations

import os
from pathlib import Path

from intake.agent.runtime import private_dir
from intake.errors import AgentError
from intake.fs import open_regular

REQUEST_NAME = "lock-request"
Stamp = tuple[int, int, bytes]


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


def _stamp(folder: Path) -> Stamp | None:
    """(inode, mtime, content) of the request, None when there is none; ``OSError`` when it is not a regular
    file (never blocks, never follows a link)."""
    try:
        fd = open_regular(folder / REQUEST_NAME, os.O_RDONLY)
    except FileNotFoundError:
        return None
    try:
        info = os.fstat(fd)
        return info.st_ino, info.st_mtime_ns, os.read(fd, 64)
    finally:
        os.close(fd)


def check_folder(folder: Path) -> bool:
    """Whether ``folder`` exists; :class:`AgentError` when it exists but is not a private folder of this user
    (nothing is created: the folder is made by ``intake unlock`` or ``intake lock`` when they need it)."""
    if not os.path.lexists(folder):
        return False
    private_dir(folder, create=False)
    return True


class LockWatch:
    """Taken at unlock; :meth:`requested` turns true once a lock request newer than that was left, or once the
    folder or the request can no longer be trusted (the folder not private, removed after it existed, the
    request not a regular file). :class:`AgentError` at the start when the folder exists but is not a private
    folder of this user, or its request is not a regular file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._existed = check_folder(folder)
        try:
            self._seen = _stamp(folder) if self._existed else None
        except OSError:
            raise AgentError(f"{folder / REQUEST_NAME} is not a regular file",
                             hint="remove it, then start again ('intake lock' writes a new one)") from None

    def requested(self) -> bool:
        try:
            if not check_folder(self.folder):
                return self._existed
            return _stamp(self.folder) != self._seen
        except (AgentError, OSError):
            return True
