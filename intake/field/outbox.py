"""The steps of ``field ingest`` around a package: the outbox lock with its leftover ``.part`` files, and the
shred of an original that finishes once begun.

A ``.part`` file is a package being written (docs/keys.md §5.2). One left behind by a run killed with
SIGKILL (or a power cut) is encrypted, never complete, and never renamed: the next run removes it, but only
when no other run holds the outbox (an exclusive ``flock`` on the outbox folder, then shared for the run).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
from collections.abc import Iterator
from pathlib import Path

from intake.errors import DamagedError, InputError, Interrupted
from intake.fs import shred_file
from intake.ingest.batch import IngestResult

PART = ".part"
_HELD_BACK = {signal.SIGINT, signal.SIGTERM}


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


def shred_whole(result: IngestResult, size: int) -> None:
    """Shred ``result.source`` with SIGINT and SIGTERM held back, so the overwrite, fsync and unlink of the
    file finish once begun; a held-back Ctrl-C then ends the run as :class:`Interrupted` saying what was done.

    Sets ``result.shredded``, or ``result.not_shredded`` to the reason. SIGKILL cannot be held back.
    """
    old = _hold_signals()
    try:
        try:
            shred_file(result.source, expected_size=size, done="packaged")
            result.shredded = True
        except InputError as err:
            result.not_shredded = err.message
        finally:
            _release_signals(old)  # a held-back SIGINT is raised here, a SIGTERM ends the process here
    except KeyboardInterrupt as exc:
        raise Interrupted(interrupted_after(result)) from exc


def interrupted_after(result: IngestResult) -> str:
    done = "its original shredded" if result.shredded else "its original NOT shredded (still readable)"
    return (f"interrupted after {result.source} was packaged as {result.recording_id} and {done}; packages "
            "already written stay, run the command again for the files not packaged yet")


def _hold_signals() -> set[int | signal.Signals] | None:
    if not hasattr(signal, "pthread_sigmask"):  # not on Windows: the shred can then be interrupted midway
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, _HELD_BACK)


def _release_signals(old: set[int | signal.Signals] | None) -> None:
    if old is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
