"""Export time for 100 approved transcripts of ~1,000 words each, all three formats.

Usage: .venv/bin/python bench/export_speed.py [--count 100]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

# bench/transcribe.py would shadow the transcribe package: drop this script's folder from the path.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

SENTENCE = "Мы писали письма каждую неделю, передачи собирали всей улицей, и адвокат приходил раз в месяц."


def build_vault(root: Path, count: int):  # type: ignore[no-untyped-def]
    import wave

    from crypto.kdf import KdfPolicy
    from intake.ingest.batch import IngestOptions
    from intake.ingest.files import ingest_file
    from intake.review.workflow import approve, pseudonymise
    from intake.transcripts.run import transcribe_recording
    from intake.vault.open import create_vault
    from intake.vault.settings import VaultSettings
    from transcribe import FakeEngine, FakeLine, TranscribeOptions

    vault = create_vault(root / "vault", "benchmark passphrase only",
                         settings=VaultSettings(kdf=KdfPolicy(test_cost=True)))  # cheap KDF
    lines = [FakeLine(i * 5.0, i * 5.0 + 4.5, SENTENCE) for i in range(60)]  # ~900 words
    for n in range(count):
        wav = root / f"r{n}.wav"
        with wave.open(str(wav), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(8000)
            w.writeframes(os.urandom(16000))
        rec = ingest_file(vault, wav, IngestOptions(interview=f"B-{n:03d}"))
        tid = transcribe_recording(vault, rec.recording_id, FakeEngine(lines, language="ru"),
                                   TranscribeOptions(language="ru")).id
        pseudonymise(vault, tid)
        approve(vault, tid)
    return vault


def main() -> None:
    from intake.review.release import ExportRequest, export

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        vault = build_vault(root, args.count)
        t1 = time.perf_counter()
        export(vault, ExportRequest(to=root / "out", all_approved=True, codebook="dolowitz-marsh"))
        t2 = time.perf_counter()
    print(f"{'setup: ingest+plan+approve (s)':<40}{t1 - t0:>10.1f}")
    print(f"{f'export of {args.count} transcripts (s)':<40}{t2 - t1:>10.2f}")


if __name__ == "__main__":
    main()
