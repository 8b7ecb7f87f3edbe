"""Generated place names: how often ``detect()`` masks a toponym no list holds, a listed foreign town in
its inflected forms, and how often it masks a common word of the same shape (a decoy).

Hand-written examples overfit; this bench draws invented toponyms of each suffix class (``-ічы``,
``-оўка``, ``-ово``, ``-ск``, ``-поль``, ``-гарадок``, ``-ишки``, Baltic ``-iai``/``-pils``, Polish
``-ice``/``-ów``) from a fixed seed, inflects each for the preposition before it and embeds it in an invented
Russian, Belarusian or English carrier sentence (sometimes at the sentence start). Kind ``WORLD`` draws towns
of the world list in inflected forms; kind ``DECOY`` draws common words after the same prepositions (``в
командировке``, ``у вёсцы``, ``near the border``) and reports the share that any span touches. Kinds
``STREET``, ``LANDSCAPE`` and ``STREET_DECOY`` (``street_render_kinds.py``): elided streets (``на Барнавской``,
``по студенческой``), landscapes named by an adjective (``в Гарбатовской пуще``) and the same adjectives before
the common noun they agree with (``на студенческой вечеринке``, ``в городском лесу``).

Each kind is scored twice: as written (names capitalised) and lower-cased as ASR output often is.

Usage: ``python bench/place_renderings.py [--n 200] [--seed 1] [--show 5] [--json]``.
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

from facility_render_kinds import render_facility, render_facility_decoy  # noqa: E402
from place_render_kinds import PLACE_KINDS  # noqa: E402
from place_render_kinds import RENDERERS as PLACE_RENDERERS  # noqa: E402
from rendering_common import LANGUAGES, cli_parser, covered  # noqa: E402
from street_render_kinds import render_landscape, render_street, render_street_decoy  # noqa: E402

RENDERERS = {**PLACE_RENDERERS, "STREET": render_street, "LANDSCAPE": render_landscape,
             "STREET_DECOY": render_street_decoy, "FACILITY": render_facility, "FACILITY_DECOY": render_facility_decoy}
KINDS = (*PLACE_KINDS, "WORLD", "STREET", "LANDSCAPE", "DECOY", "STREET_DECOY", "FACILITY", "FACILITY_DECOY")
CASES = ("cased", "lower")


@dataclass(frozen=True)
class Rendering:
    """``text[start:end]`` is the rendered place name (or, for kind DECOY, the common word)."""

    kind: str
    language: str
    text: str
    start: int
    end: int

    @property
    def surface(self) -> str:
        return self.text[self.start : self.end]


def render(kind: str, language: str, rng: random.Random) -> Rendering:
    """One random rendering of ``kind`` in ``language`` inside a random carrier sentence."""
    surface, carrier = RENDERERS[kind](language, rng)
    start = carrier.index("{}")
    return Rendering(kind, language, carrier.replace("{}", surface, 1), start, start + len(surface))


def renderings(n: int, seed: int, kinds: tuple[str, ...] = KINDS, lower: bool = False) -> list[Rendering]:
    """``n`` renderings per kind and language, reproducible from ``seed``; ``lower``: lower-cased (offsets do
    not move: these alphabets keep their length in lower case)."""
    rng = random.Random(seed)
    rows = [render(kind, lang, rng) for kind in kinds for lang in LANGUAGES for _ in range(n)]
    if lower:
        rows = [Rendering(r.kind, r.language, r.text.lower(), r.start, r.end) for r in rows]
    return rows



def _decoy(kind: str) -> bool:
    return kind.endswith("DECOY")


def judge(r: Rendering) -> bool:
    """A place: masked whole. A decoy: touched by any span (a false positive)."""
    from intake.pseudonymise import detect

    spans = [(s.start, s.end) for s in detect(r.text, r.language)]
    if _decoy(r.kind):
        return any(s < r.end and r.start < e for s, e in spans)
    return covered(r.text, r.start, r.end, spans)


def evaluate(n: int, seed: int, kinds: tuple[str, ...], show: int = 0) -> dict[str, dict[str, dict[str, float]]]:
    """kind -> language -> {n, cased, lower}; prints up to ``show`` misses (or decoy hits) per cell."""
    table: dict[str, dict[str, dict[str, float]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(float)))
    shown: dict[tuple[str, str, str], int] = defaultdict(int)
    for case in CASES:
        for r in renderings(n, seed, kinds, lower=case == "lower"):
            hit = judge(r)
            cell = table[r.kind][r.language]
            cell["n"] = n
            cell[case] += hit / n
            bad = hit if _decoy(r.kind) else not hit
            if bad and shown[(r.kind, r.language, case)] < show:
                shown[(r.kind, r.language, case)] += 1
                tag = "FP  " if _decoy(r.kind) else "MISS"
                print(f"  {tag} {r.kind:<13}{r.language} {case:<6}{r.surface!r}   …{r.text!r}")
    return {k: {lang: dict(v) for lang, v in row.items()} for k, row in table.items()}


def print_table(table: dict[str, dict[str, dict[str, float]]]) -> None:
    print(f"{'kind':<13}{'lang':<5}{'n':>6}{'cased':>9}{'lower':>9}")
    for kind in KINDS:
        for lang, row in table.get(kind, {}).items():
            note = "  (false-positive rate)" if _decoy(kind) else ""
            print(f"{kind:<13}{lang:<5}{int(row['n']):>6}{row['cased']:>9.3f}{row['lower']:>9.3f}{note}")
    places = [row for kind in PLACE_KINDS for row in table.get(kind, {}).values()]
    if places:
        for case in CASES:
            print(f"invented toponyms, {case}: {sum(r[case] for r in places) / len(places):.3f}")


def main() -> None:
    parser = cli_parser(__doc__, KINDS, 100)
    args = parser.parse_args()
    began = time.perf_counter()
    table = evaluate(args.n, args.seed, tuple(args.kinds.split(",")), args.show)
    elapsed = time.perf_counter() - began
    if args.json:
        print(json.dumps({"seed": args.seed, "n": args.n, "table": table, "seconds": round(elapsed, 2)}, indent=1))
    else:
        print_table(table)
        print(f"{len(KINDS) * len(LANGUAGES) * args.n * 2} renderings in {elapsed:.1f} s (seed {args.seed})")


if __name__ == "__main__":
    main()
