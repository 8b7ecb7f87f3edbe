"""Process hardening at start-up: no core dumps, no ptrace or /proc snooping by other processes of the user.

A crashed ``intake`` holds the passphrase, the master key, age identities and decoded audio in memory; a core
file would write all of it to disk in plaintext. :func:`harden_process` runs first thing in the CLI:

1. ``RLIMIT_CORE`` soft and hard limits to 0 (POSIX): the kernel writes no core file, and the process
   cannot raise the limit again;
2. on Linux, ``prctl(PR_SET_DUMPABLE, 0)``: no core dump even through a ``core_pattern`` pipe handler
   (systemd-coredump, apport), and ``/proc/PID/mem``, ``environ`` and ``ptrace`` are closed to other
   processes of the same user that lack ``CAP_SYS_PTRACE``.

Either step degrades cleanly where the platform lacks it: the result says what was done. Swap is not
covered: see docs/threat-model.md ("Residual risks") for encrypted swap.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from dataclasses import dataclass

PR_SET_DUMPABLE = 4  # <linux/prctl.h>


@dataclass(frozen=True)
class Hardening:
    """What :func:`harden_process` managed to set."""

    core_limit_zero: bool
    not_dumpable: bool


def harden_process() -> Hardening:
    """Forbid core dumps and (on Linux) make the process non-dumpable; never raises."""
    return Hardening(core_limit_zero=_no_core_files(), not_dumpable=_not_dumpable())


def _no_core_files() -> bool:
    try:
        import resource
    except ImportError:  # not POSIX
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        return False
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def _not_dumpable() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return False
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    prctl.restype = ctypes.c_int
    return int(prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)) == 0
