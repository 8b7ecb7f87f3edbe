"""Kill an ingest with SIGKILL at several points: nothing or a complete, verified recording; never a half state."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import wave
from pathlib import Path

import pytest

from intake.ingest.recordings import list_recordings
from intake.vault.check import verify_vault
from intake.vault.open import unlock

CHILD = """
import sys
from pathlib import Path
from intake.vault.open import unlock
from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
with unlock(Path(sys.argv[1]), sys.argv[2]) as v:
    print("start", flush=True)
    r = ingest_file(v, Path(sys.argv[3]), IngestOptions(interview="P-9", shred=True))
    print(r.status, flush=True)
"""


def _big_wav(path: Path, seconds: int = 240) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(44100)
        w.writeframes(os.urandom(44100 * 2 * seconds))
    return path


@pytest.mark.slow
def test_sigkill_at_many_points(vault_dir: Path, passphrase: str, tmp_path: Path) -> None:
    source = _big_wav(tmp_path / "long.wav")  # ~21 MB: ingest takes long enough to be killed mid-way
    original = source.read_bytes()
    outcomes = []
    for delay in (0.0, 0.05, 0.15, 0.3, 0.5, 0.8, 1.2, 2.0):
        if not source.exists():  # a previous run completed and shredded it: put it back for the next kill
            source.write_bytes(original)
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(vault_dir), passphrase, str(source)],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        child.stdout.readline()  # unlocked; ingest begins
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        with unlock(vault_dir, passphrase) as vault:  # unlocking recovers leftovers in tmp/
            recs = list_recordings(vault)
            report = verify_vault(vault)
            assert report.ok, report.lines()
            assert len(recs) <= 1
            assert not list(vault.tmp.iterdir()), "leftovers in tmp/ after recovery"
            outcomes.append(len(recs))
            if recs and source.exists():
                # recorded and maybe partly shredded: the vault copy is the verified full original
                pass
    assert outcomes == sorted(outcomes), "a recording disappeared after being reported"
    assert outcomes[0] == 0 and outcomes[-1] == 1, f"kills did not span the ingest: {outcomes}"
