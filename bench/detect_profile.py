"""First-pass throughput of ``detect()`` on the tuned transcript sets, in CPU seconds, optionally profiled.

Usage: ``python bench/detect_profile.py [--sets dev6,dev5] [--variants cased,lower] [--best N] [--profile N] [--json]``

Each (set, variant) runs in a fresh child process: ``warm_up()`` is timed (the load), then every transcript of the
set is detected once (the first pass: text new to the process, every per-word cache cold) and timed with
``time.process_time()`` (CPU seconds; wall time lies on a shared, loaded machine). ``lower`` is the set
lower-cased with punctuation blanked (``bench/detection_scoring.lowercased``). ``--profile N`` runs the first
pass under cProfile instead and prints the N most expensive functions by cumulative and by own time (the timing
then includes the profiler's overhead). Only tuned sets are accepted (dev, dev2, dev3, dev3x, dev4, dev5, dev6);
the shared excerpts are ``excerpts``. ``--best N`` starts N fresh processes per (set, variant) and keeps the
one with the least CPU time (other sessions' load only ever adds time).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from detection_scoring import Row, load_rows, lowercased  # noqa: E402
from pseudonymise_eval import TUNED  # noqa: E402  (one list of which sets were tuned on)

TRANSCRIPTS = ROOT / "tests" / "data" / "transcripts"
EXCERPTS = ROOT.parent / "shared" / "data" / "pseudonymisation" / "dev.jsonl"


def tuned_rows(name: str, variant: str) -> list[Row]:
    """The rows of one tuned set (``excerpts`` = the shared excerpts), lower-cased for ``variant == "lower"``."""
    if name not in (*TUNED, "excerpts"):
        raise SystemExit(f"{name}: only tuned sets may be read ({', '.join(TUNED)}, excerpts)")
    rows = load_rows(EXCERPTS if name == "excerpts" else TRANSCRIPTS / f"{name}.jsonl")
    return lowercased(rows) if variant == "lower" else rows


def first_pass(name: str, variant: str, profile: int) -> dict[str, Any]:
    """Load, then one timed pass over the set (in this process, which must be fresh)."""
    w0, c0 = time.perf_counter(), time.process_time()
    from intake.pseudonymise.detect import detect, warm_up

    warm_up()
    load_wall, load_cpu = time.perf_counter() - w0, time.process_time() - c0
    rows = tuned_rows(name, variant)
    words = sum(len(r["text"].split()) for r in rows)
    prof = cProfile.Profile() if profile else None
    c1 = time.process_time()
    if prof is not None:
        prof.enable()
    for r in rows:
        detect(r["text"], r["lang"])
    if prof is not None:
        prof.disable()
    cpu = time.process_time() - c1
    report: dict[str, Any] = {"set": name, "variant": variant, "docs": len(rows), "words": words,
                              "cpu_s": cpu, "words_per_cpu_s": words / cpu,
                              "load_wall_s": load_wall, "load_cpu_s": load_cpu}
    if prof is not None:
        report["profile"] = profile_text(prof, profile)
    return report


def profile_text(prof: cProfile.Profile, top: int) -> str:
    """The ``top`` entries by cumulative time, then by own time."""
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.strip_dirs().sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


def child(name: str, variant: str, profile: int) -> dict[str, Any]:
    """Run :func:`first_pass` in a fresh interpreter and return its report."""
    cmd = [sys.executable, __file__, "--child", name, "--variants", variant, "--profile", str(profile)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(TUNED), help="comma-separated tuned sets (or excerpts)")
    parser.add_argument("--variants", default="cased,lower", help="cased, lower or both")
    parser.add_argument("--profile", type=int, default=0, help="profile the first pass; print N entries")
    parser.add_argument("--best", type=int, default=1, help="fresh processes per set; the fastest is kept")
    parser.add_argument("--json", action="store_true", help="print one JSON list of reports")
    parser.add_argument("--child", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(first_pass(args.child, args.variants, args.profile)))
        return
    reports = []
    for name in args.sets.split(","):
        for variant in args.variants.split(","):
            tuned_rows(name, variant)  # refuses an untuned set before any child starts
            rep = min((child(name, variant, args.profile) for _ in range(args.best)), key=lambda r: r["cpu_s"])
            reports.append(rep)
            if not args.json:
                print(f"{name:9} {variant:6} {rep['words']:6} words  {rep['cpu_s']:6.2f} CPU-s  "
                      f"{rep['words_per_cpu_s']:8,.0f} words/CPU-s  load {rep['load_cpu_s']:.2f} CPU-s "
                      f"({rep['load_wall_s']:.2f} s wall)", flush=True)
                if "profile" in rep:
                    print(rep["profile"])
    if args.json:
        print(json.dumps(reports, indent=1))
    elif len(reports) > 1:
        words, cpu = sum(r["words"] for r in reports), sum(r["cpu_s"] for r in reports)
        print(f"all       {'':6} {words:6} words  {cpu:6.2f} CPU-s  {words / cpu:8,.0f} words/CPU-s")


if __name__ == "__main__":
    main()
