"""SIGKILL injection for the child processes of the kill tests (docs/format.md §3.3).

A child script starts with :func:`prelude` (so that it can import this module from any working directory),
then calls :func:`kill_at_keyarea_io` with N: the child dies by SIGKILL just before its Nth write of
``keyslots.bin`` or right after its Nth fsync of it. ``counter.count`` says how many such events a run that
was not killed had, so a test can try every N.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class Counter:
    def __init__(self, n: int) -> None:
        self.n, self.count = n, 0

    def tick(self) -> None:
        self.count += 1
        if self.count == self.n:
            os.kill(os.getpid(), signal.SIGKILL)


def kill_at_keyarea_io(n: int) -> Counter:
    import intake.vault.keyarea as ka

    counter = Counter(n)
    real_pwrite, real_fsync = ka._pwrite, ka._fsync

    def pwrite(fd: int, data: bytes, offset: int) -> None:
        counter.tick()  # killed before this write
        real_pwrite(fd, data, offset)

    def fsync(fd: int) -> None:
        real_fsync(fd)
        counter.tick()  # killed right after this fsync

    ka._pwrite, ka._fsync = pwrite, fsync  # type: ignore[assignment]
    return counter


def prelude() -> str:
    """The first lines of a child script: this checkout on the path, this module imported."""
    return f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom tests.faults.killpoints import kill_at_keyarea_io\n"
