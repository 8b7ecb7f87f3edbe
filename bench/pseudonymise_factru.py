"""Mention coverage of ``intake.pseudonymise.detect`` on factRuEval-2016 (``../shared/data/factru-devset``).

Usage: ``python bench/pseudonymise_factru.py [--data DIR] [--natasha] [--no-candidates] [--no-propagate]``

A mention (an object of kind Person, Location/LocOrg or Org, from its first span's start to its last
span's end) is covered when every letter or digit in it lies inside some detected span (any label).
``--natasha`` also prints the coverage of Natasha's NER alone on the same text, for comparison.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT = ROOT.parent / "shared" / "data" / "factru-devset"
KINDS = {"Person": "Person", "Location": "Location", "LocOrg": "Location", "Org": "Org"}


def mentions(path: Path) -> list[tuple[str, int, int]]:
    spans: dict[str, tuple[int, int]] = {}
    for line in path.with_suffix(".spans").read_text(encoding="utf-8-sig").splitlines():
        parts = line.split()
        if len(parts) >= 4:
            spans[parts[0]] = (int(parts[2]), int(parts[2]) + int(parts[3]))
    out = []
    for line in path.with_suffix(".objects").read_text(encoding="utf-8-sig").splitlines():
        head = line.split("#")[0].split()
        if len(head) >= 3 and head[1] in KINDS:
            ids = [spans[i] for i in head[2:] if i in spans]
            if ids:
                out.append((KINDS[head[1]], min(s for s, _ in ids), max(e for _, e in ids)))
    return out


def covered(text: str, start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return all(any(s <= p < e for s, e in ranges) for p in range(start, end) if text[p].isalnum())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--natasha", action="store_true")
    parser.add_argument("--no-candidates", action="store_true")
    parser.add_argument("--no-propagate", action="store_true")
    parser.add_argument("--show-misses", default="")
    args = parser.parse_args()
    from intake.pseudonymise import detect
    from intake.pseudonymise.detect import configure

    configure(propagate=not args.no_propagate, candidates=not args.no_candidates)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    good = total = 0
    for path in sorted(args.data.glob("*.txt")):
        text = path.read_text(encoding="utf-8-sig")
        ms = mentions(path)
        spans = detect(text, "ru")
        ranges = [(s.start, s.end) for s in spans]
        nat: list[tuple[int, int]] = []
        if args.natasha:
            from intake.pseudonymise.detectors.ner import natasha_tagger

            nat = [(s.start, s.stop) for s in natasha_tagger()(text).spans]
        for kind, s, e in ms:
            counts[kind][1] += 1
            ok = covered(text, s, e, ranges)
            counts[kind][0] += ok
            counts[kind][2] += covered(text, s, e, nat) if args.natasha else 0
            if not ok and kind == args.show_misses:
                print("MISS", path.stem, repr(text[s:e]), "|", text[max(0, s - 40) : e + 20].replace("\n", " "))
        # Precision is only indicative here: factRuEval does not mark dates, numbers and much else we mask.
        for sp in spans:
            total += 1
            good += any(sp.start < e and s < sp.end for _, s, e in ms)
    for kind, (ok, n, nat_ok) in sorted(counts.items()):
        extra = f"   natasha alone {nat_ok / n:.3f}" if args.natasha else ""
        print(f"{kind:10s} {n:5d} mentions  coverage {ok / n:.3f}{extra}")
    print(f"spans overlapping a factRuEval mention: {good}/{total} = {good / max(total, 1):.3f}")


if __name__ == "__main__":
    main()
