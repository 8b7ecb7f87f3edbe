"""`make bench`: run every benchmark script in bench/ and print their measurements as one table.

Each script measures its ratios side by side in one run. Set BENCH_QUICK=1 for smaller inputs.
The latest table, with the machine it ran on, is recorded in docs/performance.md.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
QUICK = os.environ.get("BENCH_QUICK") == "1"
SCRIPTS: list[tuple[str, list[str]]] = [
    ("ingest.py", ["--size-mib", "128" if QUICK else "1024"]),
    ("transcribe.py", ["--minutes", "1", "--compare-seconds", "20"] if QUICK else []),
    ("transcribe_batched.py", ["--minutes", "1"] if QUICK else []),
    ("transcribe_pipeline.py", []),
    ("pseudonymise_eval.py", []),
    ("pseudonymise_vault_eval.py", []),
    ("cli_startup.py", []),
    ("export_speed.py", ["--count", "20" if QUICK else "100"]),
    ("withdraw.py", ["--count", "20" if QUICK else "200"]),
    ("diarize.py", ["--quick"] if QUICK else []),
]


def main() -> None:
    print(f"# Intake benchmarks — {time.strftime('%Y-%m-%d')} — {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}")
    failed = 0
    for script, args in SCRIPTS:
        path = HERE / script
        if not path.exists():
            print(f"\n## {script}: not present")
            continue
        print(f"\n## {script} {' '.join(args)}".rstrip())
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, str(path), *args], capture_output=True, text=True)
        print(proc.stdout.rstrip())
        if proc.returncode:
            failed += 1
            print(f"(exit {proc.returncode}) {proc.stderr.strip().splitlines()[-1:]}")
        print(f"(took {time.perf_counter() - start:.0f} s)")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
