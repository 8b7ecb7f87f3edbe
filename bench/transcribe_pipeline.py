"""Overhead of the whole `intake transcribe` path (decrypt from the vault into memory, decode, transcribe,
store the transcript) against the same engine on the plaintext file. Goal: overhead <= 5%.

Usage: .venv/bin/python bench/transcribe_pipeline.py [--repeat 3]
Runs alternate, model load excluded; the bare faster-whisper engine vs faster_whisper itself is measured
in bench/transcribe.py ("faster-whisper (bare)").
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
SAMPLE = Path(__file__).resolve().parents[1] / "scripts" / "sample" / "sample-interview.ogg"


def main() -> None:
    from crypto.kdf import KdfPolicy
    from intake.ingest.batch import IngestOptions
    from intake.ingest.files import ingest_file
    from intake.transcripts.run import transcribe_recording
    from intake.vault.open import create_vault
    from intake.vault.settings import VaultSettings
    from transcribe import TranscribeOptions, load_engine

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    engine = load_engine(threads=2)
    opts = TranscribeOptions(language="en", word_timestamps=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        src = root / "s.ogg"
        shutil.copy(SAMPLE, src)
        plain = src.read_bytes()
        vault = create_vault(root / "vault", "benchmark passphrase only",
                         settings=VaultSettings(kdf=KdfPolicy(test_cost=True)))  # cheap KDF
        rec = ingest_file(vault, src, IngestOptions(interview="B-1")).recording_id
        bare, ours = [], []
        for _ in range(args.repeat):
            t = time.perf_counter()
            list(engine.transcribe(plain, opts))
            bare.append(time.perf_counter() - t)
            t = time.perf_counter()
            transcribe_recording(vault, rec, engine, opts)
            ours.append(time.perf_counter() - t)
    b, o = min(bare), min(ours)
    print(f"{'engine on the plaintext file (s)':<44}{b:>8.2f}")
    print(f"{'intake: decrypt + transcribe + store (s)':<44}{o:>8.2f}")
    print(f"{'overhead (goal <= 5%)':<44}{100 * (o - b) / b:>7.1f}%")


if __name__ == "__main__":
    main()
