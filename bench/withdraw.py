"""Cost of one consent withdrawal (delete, VACUUM, rekey to a new epoch, old epoch overwritten in place) on a
catalog of N transcripts of ~7,000 words each (about one hour of speech).

Usage: .venv/bin/python bench/withdraw.py [--count 200]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
os.environ.setdefault("INTAKE_INSECURE_TEST_KDF", "1")

SENTENCE = "Мы писали письма каждую неделю, передачи собирали всей улицей, и адвокат приходил раз в месяц."
NOW = "2026-01-01T00:00:00Z"


def build(path: Path, count: int) -> None:
    from crypto import agefile
    from crypto.kdf import KdfPolicy
    from intake.vault.open import create_vault
    from intake.vault.settings import VaultSettings

    segments = json.dumps({"v": 1, "segments": [{"start": i * 5.0, "end": i * 5.0 + 4.5, "text": SENTENCE}
                                                for i in range(500)]}, ensure_ascii=False)
    with create_vault(path, "benchmark passphrase", settings=VaultSettings(kdf=KdfPolicy(test_cost=True))) as vault, \
            vault.transaction() as conn:  # cheap KDF: the benchmark measures the withdrawal, not the unlock
        for i in range(count):
            code, rec = f"P-{i:03d}", f"{i:032x}"
            conn.execute("INSERT INTO interviews(id, language, created) VALUES (?, 'ru', ?)", (code, NOW))
            conn.execute("INSERT INTO recordings(id, interview_id, blob, identity, sha256, size, ingested)"
                         " VALUES (?,?,?,?,?,?,?)", (rec, code, rec + ".age", agefile.generate_keypair().identity,
                                                     f"{i:064x}", 1, NOW))
            conn.execute("INSERT INTO transcripts(id, recording_id, version, engine, model_sha256, fingerprint,"
                         " options, segments, created) VALUES (?,?,1,'fake','0','0','{}',?,?)",
                         (f"t{i}", rec, segments, NOW))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args()
    from intake.lifecycle import withdraw
    from intake.vault.open import unlock

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "vault"
        build(path, args.count)
        size = (path / "catalog.db").stat().st_size
        with unlock(path, "benchmark passphrase") as vault:
            start = time.perf_counter()
            withdraw(vault, "P-100" if args.count > 100 else "P-000")
            took = time.perf_counter() - start
    print(f"withdraw on a catalog of {args.count} transcripts ({size / 2**20:.1f} MiB): {took:.2f} s")


if __name__ == "__main__":
    main()
