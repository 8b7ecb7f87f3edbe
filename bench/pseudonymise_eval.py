"""Entity-level recall and precision of ``intake.pseudonymise.detect`` on every evaluation set.

Usage: ``python bench/pseudonymise_eval.py [--data PATH] [--lowercase] [--show-misses] [--repeat N] [--json]``

Sets: the shared excerpts (``../shared/data/pseudonymisation/dev.jsonl``, or ``--data``), the project's whole
transcripts (``tests/data/transcripts/dev.jsonl``; ``dev2.jsonl``, written after the detectors were tuned on dev
and tuned on later) and the never-tuned sets: the frozen hold-out (``holdout.jsonl``), ``dev3.jsonl`` (12
whole transcripts) and ``dev3x.jsonl`` (45 excerpts), written without reading the detectors; each also
lower-cased with punctuation blanked (ASR-like), and factRuEval-2016 (``../shared/data/factru-devset``:
mention coverage of Person, Location, Org). Scoring rules: ``bench/detection_scoring.py``. The first block
(shared excerpts, throughput, model load) is the one docs/performance.md quotes; ``--lowercase`` makes that
block use the lower-cased excerpts, as before.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from detection_scoring import (  # noqa: E402
    Row,
    evaluate,
    load_rows,
    lowercased,
    masked,
    mention_recall,
    precision,
    ratio,
)

SpanList = list[Any]
SHARED = ROOT.parent / "shared" / "data"
DEFAULT = SHARED / "pseudonymisation" / "dev.jsonl"
TRANSCRIPTS = ROOT / "tests" / "data" / "transcripts"
FACTRU = SHARED / "factru-devset"


def misses(rows: list[Row], results: list[SpanList], context: int = 0) -> None:
    for row, spans in zip(rows, results, strict=True):
        for e in row["entities"]:
            if not masked(row["text"], e["start"], e["end"], spans, None):
                around = ""
                if context:
                    text = row["text"]
                    left = text[max(0, e["start"] - context):e["start"]].replace("\n", " ")
                    right = text[e["end"]:e["end"] + context].replace("\n", " ")
                    around = f"   …{left}[{e['surface']}]{right}…"
                print(f"  MISS {row['id']} {e['label']:<15} {e['surface']!r}{around}")
        for s in spans:
            if not any(s.start < e["end"] and e["start"] < s.end for e in row["entities"]):
                print(f"  FP   {row['id']} {s.label:<15} {s.text!r} ({s.source})")


def score(rows: list[Row], results: list[SpanList]) -> dict[str, Any]:
    loose, strict = evaluate(rows, results, False), evaluate(rows, results, True)
    good, total = precision(rows, results)
    mgood, mtotal = mention_recall(rows, results)
    return {
        "documents": len(rows),
        "words": sum(len(r["text"].split()) for r in rows),
        "labels": {k: {"entities": v[1], "protected": v[0], "recall": ratio(v), "strict": ratio(strict[k])}
                   for k, v in sorted(loose.items(), key=lambda kv: (kv[0] == "ALL", kv[0]))},
        "entity_recall": ratio(loose.get("ALL", [0, 0])),
        "person_recall": ratio(loose.get("PERSON", [0, 0])),
        "mention_recall": ratio((mgood, mtotal)),
        "precision": ratio((good, total)),
        "spans": total,
        "spans_on_gold": good,
    }


def print_table(result: dict[str, Any]) -> None:
    print(f"{'label':<16}{'entities':>9}{'recall':>9}{'strict':>9}")
    for label, row in result["labels"].items():
        print(f"{label:<16}{row['entities']:>9}{row['recall']:>9.3f}{row['strict']:>9.3f}")
    print(f"precision {result['spans_on_gold']}/{result['spans']} = {result['precision']:.3f}")


def timing(rows: list[Row], repeat: int) -> tuple[float, float]:
    from intake.pseudonymise import detect
    from intake.pseudonymise.detectors import names

    words = sum(len(r["text"].split()) for r in rows)
    t1 = time.perf_counter()
    for _ in range(repeat):
        for r in rows:
            detect(r["text"], r["lang"])
    rate = words * repeat / (time.perf_counter() - t1)
    t2 = time.perf_counter()
    for _ in range(repeat):
        for r in rows:
            names.detect(r["text"], r["lang"])
    return rate, words * repeat / (time.perf_counter() - t2)


# Never tuned on: their misses are never printed, and --show-misses does not run them at all.
TUNED = ("dev", "dev2", "dev3", "dev3x", "dev4", "dev5", "dev6", "dev9", "dev10x", "dev11", "dev13", "dev14", "dev15",
         "dev16", "dev17", "dev20", "dev20x", "dev21", "dev21x",
         "dev23", "dev23x", "dev27", "dev27x", "dev29", "dev29x", "dev30", "dev30x", "dev32", "dev32x",
         "dev33", "dev33x", "dev34", "dev34x")
UNTUNED = ("holdout", "dev4x", "dev5x", "dev6x", "dev7", "dev7x", "dev8", "dev8x", "dev9x", "dev10", "dev11x", "dev12",
           "dev12x", "dev13x", "dev14x", "dev15x", "dev16x", "dev17x", "dev18", "dev18x",
           "dev19", "dev19x", "dev22", "dev22x", "dev24", "dev24x", "dev25", "dev25x", "dev26", "dev26x",
           "dev28", "dev28x", "dev31", "dev31x", "dev35", "dev35x")


def is_untuned(set_name: str) -> bool:
    """Whether a set (``transcripts-NAME`` or ``transcripts-NAME-lowercase``) is one never tuned on."""
    base = set_name.removeprefix("transcripts-").removesuffix("-lowercase")
    return base in UNTUNED


def other_sets(shared_rows: list[Row] | None, holdout: bool = True) -> dict[str, list[Row]]:
    sets: dict[str, list[Row]] = {}
    if shared_rows is not None:
        sets["excerpts-lowercase"] = lowercased(shared_rows)
    for name in (*TUNED, *UNTUNED) if holdout else TUNED:
        path = TRANSCRIPTS / f"{name}.jsonl"
        if path.exists():
            rows = load_rows(path)
            sets[f"transcripts-{name}"] = rows
            sets[f"transcripts-{name}-lowercase"] = lowercased(rows)
    return sets


def run_sets(sets: dict[str, list[Row]], show_misses: bool, quiet: bool, context: int = 0) -> dict[str, Any]:
    from intake.pseudonymise import detect

    out = {}
    for name, rows in sets.items():
        results = [detect(r["text"], r["lang"]) for r in rows]
        out[name] = score(rows, results)
        if not quiet:
            res = out[name]
            print(f"\n## {name}: {res['documents']} documents, {res['words']} words")
            print_table(res)
            print(f"PERSON entity recall {res['person_recall']:.3f}; all entities {res['entity_recall']:.3f}; "
                  f"mentions {res['mention_recall']:.3f}")
            if show_misses and not is_untuned(name):
                misses(rows, results, context)
    return out


def run_factru(quiet: bool) -> dict[str, Any] | None:
    if not FACTRU.exists():
        if not quiet:
            print(f"\n## factRuEval: skipped, {FACTRU} not found")
        return None
    from factru_scoring import coverage

    from intake.pseudonymise import detect

    counts = coverage(FACTRU, detect)
    if not quiet:
        print("\n## factRuEval-2016 devset: mention coverage")
        for kind, (good, total) in counts.items():
            print(f"{kind:<10}{total:>7} mentions {good / total:>8.3f}")
    return {kind: {"mentions": n, "covered": g, "coverage": ratio((g, n))} for kind, (g, n) in counts.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--show-misses", action="store_true",
                        help="list misses and false positives (never for the untuned sets: hold-out, dev4x, "
                        "dev5x, dev6x, dev7, dev7x, dev8, dev8x, dev9x, dev10, dev11x, dev12, dev12x, dev13x, "
                        "dev14x, dev15x, dev16x, dev17x, dev18, dev18x, dev19, dev19x, dev22, dev22x, "
                        "dev24, dev24x, dev25, dev25x, dev26, dev26x, dev28, dev28x, dev31, dev31x, dev35, "
                        "dev35x; they are then not run)")
    parser.add_argument("--only", default="",
                        help="comma-separated substrings: run only the sets whose name contains one")
    parser.add_argument("--context", type=int, default=0, help="with --show-misses: characters of context")
    parser.add_argument("--no-factru", action="store_true", help="skip factRuEval")
    parser.add_argument("--lowercase", action="store_true",
                        help="lower-case the shared excerpts and blank punctuation (ASR-like) in the first block")
    parser.add_argument("--repeat", type=int, default=3, help="timing passes over the set")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    args = parser.parse_args()
    quiet = args.json
    t0 = time.perf_counter()
    from intake.pseudonymise import detect
    from intake.pseudonymise.detect import warm_up

    warm_up()
    from intake.pseudonymise.vocabularies import vocabulary_status

    vocabularies = vocabulary_status()  # hunspell-be changes Belarusian results: numbers compare only alike
    report: dict[str, Any] = {"load_s": time.perf_counter() - t0, "vocabularies": vocabularies, "sets": {}}
    if not quiet:
        print("vocabularies: " + ", ".join(f"{k} {'present' if v else 'MISSING'}" for k, v in vocabularies.items()))
    shared_rows = load_rows(args.data) if args.data.exists() else None
    if shared_rows is None:
        if not quiet:
            print(f"skipped: {args.data} not found")
    else:
        rows = lowercased(shared_rows) if args.lowercase else shared_rows
        t1 = time.perf_counter()
        results = [detect(r["text"], r["lang"]) for r in rows]  # the first pass: text new to this process
        cold = sum(len(r["text"].split()) for r in rows) / (time.perf_counter() - t1)
        rate, names_rate = timing(rows, args.repeat)
        first = score(rows, results)
        report["sets"]["excerpts-lowercase" if args.lowercase else "excerpts"] = first
        report.update(first_pass_words_per_s=cold, words_per_s=rate, names_words_per_s=names_rate)
        if not quiet:
            print_table(first)
            print(f"model load {report['load_s']:.2f} s; first pass {cold:,.0f} words/s (text new to the process); "
                  f"again {rate:,.0f} words/s ({first['words']} words x {args.repeat}, caches warm)")
            print(f"names detector alone: {names_rate:,.0f} words/s")
            if args.show_misses:
                misses(rows, results)
    sets = other_sets(None if args.lowercase else shared_rows, holdout=not args.show_misses)
    if args.only:
        sets = {k: v for k, v in sets.items() if any(o in k for o in args.only.split(","))}
    report["sets"].update(run_sets(sets, args.show_misses, quiet, args.context))
    report["factru"] = None if args.no_factru else run_factru(quiet)
    if quiet:
        print(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
