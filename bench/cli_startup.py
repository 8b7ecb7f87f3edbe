"""`intake --help` start-up time (goal < 0.3 s: heavy imports stay lazy), median of several runs.

Usage: .venv/bin/python bench/cli_startup.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

INTAKE = Path(sys.executable).parent / "intake"


def measure(runs: int = 7) -> dict[str, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(INTAKE), "--help"], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    bare = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True, capture_output=True)
        bare.append(time.perf_counter() - start)
    return {"intake --help (s)": statistics.median(times), "bare python (s)": statistics.median(bare)}


def main() -> None:
    result = measure()
    for key, value in result.items():
        print(f"{key:<34}{value:>10.3f}")
    print(f"{'goal intake --help < 0.3 s':<34}{'met' if result['intake --help (s)'] < 0.3 else 'NOT met':>10}")


if __name__ == "__main__":
    main()
