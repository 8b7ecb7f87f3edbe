"""F3 (round 22): a signal during ``field ingest --shred`` never leaves a half-overwritten original.

The child runs the real CLI with small shred chunks and sends itself the signal after the first chunk of
random bytes was written over the original. The overwrite, fsync and unlink of that file finish first.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults.killpoints import ROOT

CHILD = """
import os, signal, sys
sys.path.insert(0, {root!r})
import intake.fs as fs
from intake.cli import main

fs.CHUNK = 4096
real = fs._write_chunk
sent = []

def write_chunk(fd, data):
    n = real(fd, data)
    if not sent:
        sent.append(1)
        os.kill(os.getpid(), signal.{sig})
    return n

fs._write_chunk = write_chunk
sys.exit(main.run(sys.argv[1:]))
"""


@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM"])
def test_f3_a_signal_during_the_shred_lets_it_finish(  # type: ignore[no-untyped-def]
        vault_dir: Path, tmp_path: Path, make_media, sig: str) -> None:
    recipient = json.loads((vault_dir / "vault.json").read_text())["recipient"]
    field = tmp_path / "field"
    rec = make_media("wav", seconds=1.0)
    assert rec.stat().st_size > 3 * 4096
    args = [sys.executable, "-c", CHILD.format(root=str(ROOT), sig=sig)]
    subprocess.run([*args, "field", "init", str(field), "--recipient", recipient], check=True, capture_output=True)
    done = subprocess.run([*args, "field", "ingest", str(rec), "--field", str(field), "--interview", "P-017",
                           "--shred"], capture_output=True, text=True, timeout=120)
    packages = list((field / "outbox").iterdir())
    assert not rec.exists(), done.stderr  # shredded whole, not left half overwritten
    assert len(packages) == 1 and packages[0].name.endswith(".intake")
    if sig == "SIGINT":
        assert done.returncode == 130, done.stderr
        assert (f"intake: error: interrupted after {rec} was packaged as {packages[0].name} and its original "
                "shredded") in done.stderr
    else:
        assert done.returncode == -signal.SIGTERM
