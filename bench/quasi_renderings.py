"""Generated quasi-identifiers: how often ``detect()`` masks an age, a sentence length, an article number, a date or
a facility said the many ways speakers say them, and how often it masks an ordinary number of the same shape.

Hand-written rows overfit; this bench draws from a fixed seed and renders each kind in Russian, Belarusian or
English (digits or words, every case and gender the phrase takes, halves, shares, restatements in months,
ordinals, slang) inside an invented carrier sentence (``bench/quasi_render_kinds.py``). DECOY renders numbers
that identify nobody: durations that are not sentences (``два года живу в Вильнюсе``, ``worked there for five
years``), counts, money, clock times, years, floors.

Per kind and language it reports ``masked`` (every letter and digit of the rendering inside some span),
``labelled`` (inside spans of the kind's label) and, for DECOY, the false-positive rate (an AGE_OR_SENTENCE,
DATE or DETENTION span touches the decoy). ``--lowercase`` lower-cases the text and blanks punctuation as
unpunctuated speech recognition writes it (offsets do not move).

Usage: ``python bench/quasi_renderings.py [--n 200] [--seed 1] [--show 5] [--lowercase] [--kinds AGE,TERM]
[--json]``.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from detection_scoring import asr_like  # noqa: E402
from quasi_render_kinds import RENDERERS  # noqa: E402
from rendering_common import LANGUAGES, cli_parser, covered  # noqa: E402

KINDS = ("AGE", "TERM", "ARTICLE", "DATE", "FACILITY", "DECOY")
LABELS = {"AGE": "AGE_OR_SENTENCE", "TERM": "AGE_OR_SENTENCE", "ARTICLE": "AGE_OR_SENTENCE", "DATE": "DATE",
          "FACILITY": "DETENTION"}
QUASI_LABELS = frozenset({"AGE_OR_SENTENCE", "DATE", "DETENTION"})


@dataclass(frozen=True)
class Rendering:
    """``text[start:end]`` is the rendered quasi-identifier (or, for kind DECOY, the ordinary number)."""

    kind: str
    language: str
    text: str
    start: int
    end: int

    @property
    def surface(self) -> str:
        return self.text[self.start : self.end]


def render(kind: str, language: str, rng: random.Random, lower: bool = False) -> Rendering:
    """One random rendering of ``kind`` in ``language`` inside a random carrier sentence."""
    surface, carrier = RENDERERS[kind](language, rng)
    start = carrier.index("{}")
    text = carrier.replace("{}", surface, 1)
    if lower:
        text = asr_like(text)
    return Rendering(kind, language, text, start, start + len(surface))


def renderings(n: int, seed: int, kinds: tuple[str, ...] = KINDS, lower: bool = False) -> list[Rendering]:
    """``n`` renderings per kind and language, reproducible from ``seed``."""
    rng = random.Random(seed)
    return [render(kind, lang, rng, lower) for kind in kinds for lang in LANGUAGES for _ in range(n)]



def judge(r: Rendering) -> tuple[bool, bool]:
    """(masked, labelled) for an identifier; (false positive, false positive) for a decoy."""
    from intake.pseudonymise import detect

    spans = detect(r.text, r.language)
    if r.kind == "DECOY":  # an uncertain candidate (one key releases it) is not counted as a false positive
        hit = any(s.label in QUASI_LABELS and not s.uncertain and s.start < r.end and r.start < s.end for s in spans)
        return hit, hit
    masked = covered(r.text, r.start, r.end, [(s.start, s.end) for s in spans])
    labelled = covered(r.text, r.start, r.end, [(s.start, s.end) for s in spans if s.label == LABELS[r.kind]])
    return masked, labelled


def evaluate(rows: list[Rendering], show: int = 0) -> dict[str, dict[str, dict[str, float]]]:
    """kind -> language -> {n, masked, labelled}; prints up to ``show`` misses (false positives) per cell."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    shown: dict[tuple[str, str], int] = defaultdict(int)
    for r in rows:
        masked, labelled = judge(r)
        c = counts[(r.kind, r.language)]
        c[0] += 1
        c[1] += masked
        c[2] += labelled
        bad = masked if r.kind == "DECOY" else not masked
        if bad and shown[(r.kind, r.language)] < show:
            shown[(r.kind, r.language)] += 1
            tag = "FP  " if r.kind == "DECOY" else "MISS"
            print(f"  {tag} {r.kind:<9}{r.language} {r.surface!r}   …{r.text!r}")
    table: dict[str, dict[str, dict[str, float]]] = defaultdict(dict)
    for (kind, lang), (n, m, lab) in sorted(counts.items()):
        table[kind][lang] = {"n": n, "masked": m / n, "labelled": lab / n}
    return dict(table)


def print_table(table: dict[str, dict[str, dict[str, float]]]) -> None:
    print(f"{'kind':<10}{'lang':<5}{'n':>6}{'masked':>9}{'labelled':>10}")
    for kind in KINDS:
        for lang, row in table.get(kind, {}).items():
            note = "  (false-positive rate)" if kind == "DECOY" else ""
            print(f"{kind:<10}{lang:<5}{row['n']:>6}{row['masked']:>9.3f}{row['labelled']:>10.3f}{note}")


def main() -> None:
    parser = cli_parser(__doc__, KINDS, 200)
    parser.add_argument("--lowercase", action="store_true", help="lower-case and blank punctuation (ASR-like)")
    args = parser.parse_args()
    rows = renderings(args.n, args.seed, tuple(args.kinds.split(",")), args.lowercase)
    began = time.perf_counter()
    table = evaluate(rows, args.show)
    elapsed = time.perf_counter() - began
    if args.json:
        summary = {"seed": args.seed, "n": args.n, "lowercase": args.lowercase, "table": table}
        print(json.dumps({**summary, "seconds": round(elapsed, 2)}, indent=1))
    else:
        print_table(table)
        print(f"{len(rows)} renderings in {elapsed:.1f} s (seed {args.seed})")


if __name__ == "__main__":
    main()
