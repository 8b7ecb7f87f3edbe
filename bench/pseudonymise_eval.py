"""Entity-level recall and precision of ``intake.pseudonymise.detect`` on the shared dev set.

Usage: ``python bench/pseudonymise_eval.py [--data PATH] [--lowercase] [--show-misses] [--repeat N]``

Coverage rule: a gold mention is masked when every one of its word characters (letters and digits;
spaces and punctuation inside the mention do not count) lies inside some detected span, whatever the
span's label (any mask protects). An entity (``entity_id`` within one excerpt) is protected only when
every one of its mentions in that excerpt is masked (Text Anonymization Benchmark rule). The
label-strict variant counts only spans whose label equals the gold label. Precision is the fraction of
detected spans that overlap at least one gold mention.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
Row = dict[str, Any]
SpanList = list[Any]
DEFAULT = ROOT.parent / "shared" / "data" / "pseudonymisation" / "dev.jsonl"


def masked(text: str, start: int, end: int, spans: SpanList, label: str | None) -> bool:
    for pos in range(start, end):
        if not text[pos].isalnum():
            continue
        if not any(s.start <= pos < s.end and (label is None or s.label == label) for s in spans):
            return False
    return True


def evaluate(rows: list[Row], results: list[SpanList], strict: bool) -> dict[str, list[int]]:
    """label -> [protected, total] (plus "ALL")."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row, spans in zip(rows, results, strict=True):
        entities: dict[str, list[Row]] = defaultdict(list)
        for ent in row["entities"]:
            entities[ent["entity_id"]].append(ent)
        for mentions in entities.values():
            label = mentions[0]["label"]
            ok = all(masked(row["text"], m["start"], m["end"], spans, m["label"] if strict else None) for m in mentions)
            for key in (label, "ALL"):
                counts[key][1] += 1
                counts[key][0] += int(ok)
    return counts


def precision(rows: list[Row], results: list[SpanList]) -> tuple[int, int]:
    good = total = 0
    for row, spans in zip(rows, results, strict=True):
        for s in spans:
            total += 1
            good += any(s.start < e["end"] and e["start"] < s.end for e in row["entities"])
    return good, total


def misses(rows: list[Row], results: list[SpanList]) -> None:
    for row, spans in zip(rows, results, strict=True):
        for e in row["entities"]:
            if not masked(row["text"], e["start"], e["end"], spans, None):
                print(f"  MISS {row['id']} {e['label']:<15} {e['surface']!r}")
        for s in spans:
            if not any(s.start < e["end"] and e["start"] < s.end for e in row["entities"]):
                print(f"  FP   {row['id']} {s.label:<15} {s.text!r} ({s.source})")


def asr_like(text: str) -> str:
    """Lower case, punctuation blanked; offsets unchanged (the gold spans stay valid)."""
    out = "".join(" " if c in '.,!?;:«»"()—–' else c.lower() if len(c.lower()) == 1 else c for c in text)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument(
        "--lowercase", action="store_true", help="lower-case the texts and blank punctuation (ASR-like)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="timing passes over the set")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} not found")
        return
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.lowercase:
        for r in rows:
            r["text"] = asr_like(r["text"])
    t0 = time.perf_counter()
    from intake.pseudonymise import detect
    from intake.pseudonymise.detectors import warm_up

    warm_up()
    load = time.perf_counter() - t0
    results = [detect(r["text"], r["lang"]) for r in rows]
    words = sum(len(r["text"].split()) for r in rows)
    t1 = time.perf_counter()
    for _ in range(args.repeat):
        for r in rows:
            detect(r["text"], r["lang"])
    rate = words * args.repeat / (time.perf_counter() - t1)
    from intake.pseudonymise.detectors import names

    t2 = time.perf_counter()
    for _ in range(args.repeat):
        for r in rows:
            names.detect(r["text"], r["lang"])
    names_rate = words * args.repeat / (time.perf_counter() - t2)
    loose, strict = evaluate(rows, results, False), evaluate(rows, results, True)
    print(f"{'label':<16}{'entities':>9}{'recall':>9}{'strict':>9}")
    for label in sorted(loose, key=lambda k: (k == "ALL", k)):
        p, n = loose[label]
        print(f"{label:<16}{n:>9}{p / n:>9.3f}{strict[label][0] / n:>9.3f}")
    good, total = precision(rows, results)
    print(f"precision {good}/{total} = {good / max(total, 1):.3f}")
    print(f"model load {load:.2f} s; throughput {rate:,.0f} words/s ({words} words x {args.repeat})")
    print(f"names detector alone: {names_rate:,.0f} words/s")
    if args.show_misses:
        misses(rows, results)


if __name__ == "__main__":
    main()
