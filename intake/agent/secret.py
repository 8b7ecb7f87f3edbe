"""The master key in the agent's memory: one ``bytearray``, locked into RAM when the system allows, wiped
in place on lock.

Python copies bytes freely, so the key is read straight into this buffer (``os.readv``) and sent straight
from it (``sendmsg`` over a ``memoryview``): no ``bytes`` copy of it is made in the agent. ``mlock`` keeps the
page out of swap where ``RLIMIT_MEMLOCK`` allows (the result is reported by ``intake unlock``/``status``).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os

KEY_SIZE = 32


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return None


class LockedKey:
    """A fixed-size secret buffer: filled from a file descriptor, mlocked, wiped by :meth:`wipe`."""

    def __init__(self, size: int = KEY_SIZE) -> None:
        self.buffer = bytearray(size)
        self._view = (ctypes.c_char * size).from_buffer(self.buffer)
        self.locked_in_ram = self._mlock()
        self.filled = False

    def _mlock(self) -> bool:
        libc = _libc()
        if libc is None or not hasattr(libc, "mlock"):
            return False
        return int(libc.mlock(ctypes.addressof(self._view), ctypes.c_size_t(len(self.buffer)))) == 0

    def fill_from(self, fd: int) -> None:
        """Read exactly the key's size from ``fd`` into the buffer (no intermediate ``bytes``)."""
        view = memoryview(self.buffer)
        got = 0
        while got < len(self.buffer):
            n = os.readv(fd, [view[got:]])
            if n == 0:
                raise EOFError("the key ended early")
            got += n
        self.filled = True

    def wipe(self) -> None:
        """Overwrite the key with zeros in place, then unlock the page."""
        ctypes.memset(ctypes.addressof(self._view), 0, len(self.buffer))
        self.filled = False
        libc = _libc()
        if self.locked_in_ram and libc is not None and hasattr(libc, "munlock"):
            libc.munlock(ctypes.addressof(self._view), ctypes.c_size_t(len(self.buffer)))
            self.locked_in_ram = False
