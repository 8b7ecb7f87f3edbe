"""Low finding "core dumps": a crash must not write the passphrase, keys and audio to a core file.

The CLI entry point sets RLIMIT_CORE to 0 and, on Linux, PR_SET_DUMPABLE to 0 before anything else. Checked
in a fresh interpreter, because both settings are per process and the test process must stay untouched.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, resource, sys
from intake.cli import main
try:
    main.main(["--version"])
except SystemExit:
    pass
status = None  # some kernels (gVisor) have no "Dumpable:" line
try:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("Dumpable:"):
                status = int(line.split()[1])
except OSError:
    pass
got = None
if sys.platform.startswith("linux"):
    import ctypes, ctypes.util
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    got = libc.prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
print(json.dumps({"core": resource.getrlimit(resource.RLIMIT_CORE), "status": status, "prctl": got}))
"""


def _probe() -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True,
                          timeout=60)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_cli_start_sets_core_limit_to_zero() -> None:
    assert _probe()["core"] == [0, 0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_DUMPABLE exists only on Linux")
def test_cli_start_makes_the_process_not_dumpable() -> None:
    """PR_GET_DUMPABLE answers 0; /proc/self/status agrees where the kernel shows a "Dumpable:" line."""
    probe = _probe()
    assert probe["prctl"] == 0
    assert probe["status"] in (0, None)


def test_harden_process_reports_what_it_did() -> None:
    """In a child: the library function itself, and that calling it twice is harmless."""
    code = ("import json; from intake.cli.process import harden_process;"
            "a = harden_process(); b = harden_process(); print(json.dumps([a.core_limit_zero, b.core_limit_zero,"
            " a.not_dumpable, b.not_dumpable]))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True,
                         timeout=60).stdout
    core_a, core_b, dump_a, dump_b = json.loads(out)
    assert core_a and core_b
    assert dump_a == dump_b == sys.platform.startswith("linux")
