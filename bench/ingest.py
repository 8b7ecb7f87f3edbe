"""Ingest throughput vs the `age` command on the same file, and our peak RSS (issue: encrypted ingest).

Usage: .venv/bin/python bench/ingest.py [--size-mib 1024]
Prints one table; ratios are measured side by side in one run on this machine. Not a test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

CHILD = """
import os, sys, time, resource
from pathlib import Path
from crypto.kdf import KdfPolicy
from intake.vault.open import create_vault
from intake.vault.settings import VaultSettings
from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
v = create_vault(Path(sys.argv[1]), "benchmark passphrase only", settings=VaultSettings(kdf=KdfPolicy(test_cost=True)))
t = time.perf_counter()
r = ingest_file(v, Path(sys.argv[2]), IngestOptions(interview="B-1"))
dt = time.perf_counter() - t
assert r.status == "ingested", r.message
print(dt, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def make_wav(path: Path, size_mib: int) -> None:
    frames = size_mib * 1024 * 1024 // 2
    chunk = os.urandom(1 << 22)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(48000)
        written = 0
        while written < frames * 2:
            w.writeframesraw(chunk[: min(len(chunk), frames * 2 - written)])
            written += len(chunk)


def time_age(src: Path, work: Path) -> float:
    key = work / "key.txt"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    recipient = next(ln.split(": ")[1] for ln in key.read_text().splitlines() if "public key" in ln)
    start = time.perf_counter()
    subprocess.run(["age", "-r", recipient, "-o", str(work / "out.age"), str(src)], check=True)
    elapsed = time.perf_counter() - start
    (work / "out.age").unlink()
    return elapsed


def time_pyrage(src: Path, work: Path) -> float:
    """pyrage's own streaming encryption of the same file: the floor for any ingest built on it."""
    code = (
        "import sys, time, pyrage\n"
        "from pyrage import x25519\n"
        "r = x25519.Identity.generate().to_public()\n"
        "t = time.perf_counter()\n"
        "with open(sys.argv[1], 'rb') as s, open(sys.argv[2], 'wb') as d: pyrage.encrypt_io(s, d, [r])\n"
        "print(time.perf_counter() - t)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(src), str(work / "p.age")], capture_output=True,
                         text=True, check=True).stdout
    (work / "p.age").unlink()
    return float(out)


def time_intake(src: Path, work: Path) -> tuple[float, float]:
    env = {**os.environ, "INTAKE_INSECURE_TEST_KDF": "1"}
    out = subprocess.run([sys.executable, "-c", CHILD, str(work / "vault"), str(src)], env=env,
                         capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), int(out[1]) / 1024  # ru_maxrss is KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size-mib", type=int, default=1024)
    args = parser.parse_args()
    if shutil.which("age") is None:
        sys.exit("the age command is needed (scripts/install-system-deps.sh)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        src = work / "big.wav"
        make_wav(src, args.size_mib)
        size = src.stat().st_size / (1 << 20)
        t_age = time_age(src, work)
        t_pyrage = time_pyrage(src, work)
        t_ours, rss = time_intake(src, work)
    print(f"ingest of a {size:.0f} MiB WAV on {os.cpu_count()} cores")
    print(f"{'measure':<40}{'value':>12}")
    print(f"{'age -r (MiB/s)':<40}{size / t_age:>12.1f}")
    print(f"{'pyrage encrypt_io alone (MiB/s)':<40}{size / t_pyrage:>12.1f}")
    print(f"{'intake ingest, incl. read-back (MiB/s)':<40}{size / t_ours:>12.1f}")
    print(f"{'ratio intake/age (goal >= 0.8)':<40}{t_age / t_ours:>12.2f}")
    print(f"{'intake peak RSS MiB (goal < 100)':<40}{rss:>12.1f}")


if __name__ == "__main__":
    main()
