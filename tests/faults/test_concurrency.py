"""Two ingests at once into one vault, and an ingest while another command writes: both finish, nothing lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PASS = "correct horse battery staple"
INTAKE = [sys.executable, "-c", "from intake.cli.main import main; main()"]


def test_two_ingests_at_once(vault_dir: Path, make_media) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "INTAKE_VAULT": str(vault_dir), "INTAKE_PASSPHRASE": PASS}
    files = [[make_media("flac", seconds=20.0, freq=200 + 10 * i + 100 * k) for i in range(3)] for k in range(2)]
    procs = [subprocess.Popen([*INTAKE, "ingest", *map(str, batch), "--interview", f"P-{k}"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for k, batch in enumerate(files)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    listing = subprocess.run([*INTAKE, "recordings", "list", "--json"], env=env, capture_output=True, text=True,
                             check=True).stdout
    assert listing.count('"sha256"') == 6
    verify = subprocess.run([*INTAKE, "verify"], env=env, capture_output=True, text=True)
    assert verify.returncode == 0, verify.stdout + verify.stderr
