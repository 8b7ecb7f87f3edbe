"""Prove that a change to ``detect()`` keeps every span: dump before, dump after, compare exactly.

Usage:
  ``python bench/detect_same.py dump OUT.json``      every span (start, end, label, source, score, reason) of
                                                     every tuned set (dev, dev2, dev3, dev3x, dev4, dev5, dev6
                                                     and the shared excerpts), cased and lower-cased;
  ``python bench/detect_same.py compare A.json B.json``  exact comparison; prints the differing documents;
  ``python bench/detect_same.py digest OUT.json``    the untuned sets (holdout, dev4x, ..., dev8, dev8x):
                                                     only a SHA-256 of each document's span list is kept, never
                                                     a text or a span;
  ``python bench/detect_same.py same A.json B.json`` for two digest files: prints only how many documents
                                                     differ per set (no text, no span).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from detection_scoring import Row, load_rows, lowercased  # noqa: E402
from pseudonymise_eval import TUNED, UNTUNED  # noqa: E402  (one list of which sets were tuned on)

TRANSCRIPTS = ROOT / "tests" / "data" / "transcripts"
EXCERPTS = ROOT.parent / "shared" / "data" / "pseudonymisation" / "dev.jsonl"


def span_lists(rows: list[Row]) -> list[list[list[Any]]]:
    """Every document's spans as plain lists (start, end, label, source, score, reason), after ``warm_up()``
    (the path the throughput is measured on)."""
    from intake.pseudonymise.detect import detect, warm_up

    warm_up()

    return [[[s.start, s.end, s.label, s.source, s.score, s.reason] for s in detect(r["text"], r["lang"])]
            for r in rows]


def variants(path: Path) -> dict[str, list[Row]]:
    rows = load_rows(path)
    return {"cased": rows, "lower": lowercased(rows)}


def dump(out: Path) -> None:
    sets = {name: TRANSCRIPTS / f"{name}.jsonl" for name in TUNED}
    sets["excerpts"] = EXCERPTS
    result = {f"{name}-{v}": span_lists(rows) for name, path in sets.items() for v, rows in variants(path).items()}
    out.write_text(json.dumps(result), encoding="utf-8")
    print(f"{sum(len(d) for docs in result.values() for d in docs)} spans in {len(result)} set variants -> {out}")


def _differing(x: list[Any], y: list[Any]) -> list[int]:
    """Indices of the documents whose entries differ (or that one side lacks)."""
    return [i for i in range(max(len(x), len(y))) if i >= len(x) or i >= len(y) or x[i] != y[i]]


def _report(a: Path, b: Path, show_indices: bool) -> int:
    """Per set variant, how many documents differ (and which, for tuned sets); 1 when any does."""
    before, after = json.loads(a.read_text()), json.loads(b.read_text())
    total = 0
    for key in sorted(set(before) | set(after)):
        x, y = before.get(key, []), after.get(key, [])
        bad = _differing(x, y)
        total += len(bad)
        if show_indices:
            print(f"{key:20} {len(x):3} docs  {'identical' if not bad else f'{len(bad)} differ: {bad}'}")
        else:
            print(f"{key:20} {len(y):3} docs  {len(bad)} differ")
    print("IDENTICAL" if total == 0 else f"{total} documents differ")
    return 1 if total else 0


def compare(a: Path, b: Path) -> int:
    return _report(a, b, show_indices=True)


def digest(out: Path) -> None:
    """Untuned sets: one hash per document; the spans themselves are never printed or stored."""
    result = {}
    for name in UNTUNED:
        for v, rows in variants(TRANSCRIPTS / f"{name}.jsonl").items():
            result[f"{name}-{v}"] = [hashlib.sha256(json.dumps(d).encode()).hexdigest() for d in span_lists(rows)]
    out.write_text(json.dumps(result), encoding="utf-8")
    print(f"digests of {sum(len(d) for d in result.values())} documents -> {out}")


def same(a: Path, b: Path) -> int:
    return _report(a, b, show_indices=False)


def main() -> None:
    cmd, paths = sys.argv[1], [Path(p) for p in sys.argv[2:]]
    if cmd == "dump":
        dump(paths[0])
    elif cmd == "digest":
        digest(paths[0])
    elif cmd == "compare":
        sys.exit(compare(*paths))
    elif cmd == "same":
        sys.exit(same(*paths))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
