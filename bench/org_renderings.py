"""Generated organisation mentions: how often ``detect()`` masks an organisation said the ways speakers say
it, in Russian, Belarusian and English, cased and lower-cased (speech recognition often drops capitals).

Hand-written rows overfit; this bench fills invented carrier sentences (``org_render_kinds.py``) from word
pools with a fixed seed. Kinds: ``EMPLOYER`` (a legal form and a name, a plant, a Latin-letter company in
Cyrillic text), ``NUMBERED`` (``школа номер пять``, ``3-я гарбальніца``, ``hospital number 4``),
``DESCRIBED`` (a place adjective and an institution, ``университет имени …``), ``ACRONYM`` (a university's
or enterprise's acronym), ``STATE`` (a state body with its district: ``РУВД Слонимского района``) and
``NAMED`` (a common-word name after a cue noun, then the same name again without the cue, inflected). A
rendering counts when every mention is masked (every letter of it lies in some span), as the entity-level
score counts an entity. ``DECOY`` rows put ordinary nouns of the same shapes after the same prepositions
(``на заводе работал``, ``в клубе было холодно``); the decoy rate is the share that any span touches.

Usage: ``python bench/org_renderings.py [--n 100] [--seed 1] [--show 3] [--lowercase] [--json]``.
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

from org_render_kinds import KINDS, TEMPLATES, fill  # noqa: E402
from rendering_common import LANGUAGES, cli_parser, covered  # noqa: E402

OPEN, CLOSE = "⟦", "⟧"


@dataclass(frozen=True)
class Rendering:
    """``text`` with its gold mentions ``parts`` (start, end); for kind DECOY the ordinary words."""

    kind: str
    language: str
    text: str
    parts: tuple[tuple[int, int], ...]


def unmark(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text without ``⟦…⟧`` and the offsets of what they enclosed."""
    out: list[str] = []
    parts: list[tuple[int, int]] = []
    pos = length = 0
    while (start := marked.find(OPEN, pos)) >= 0:
        end = marked.index(CLOSE, start)
        out.append(marked[pos:start])
        length += start - pos
        body = marked[start + 1 : end]
        parts.append((length, length + len(body)))
        out.append(body)
        length += len(body)
        pos = end + 1
    out.append(marked[pos:])
    return "".join(out), tuple(parts)


def render(kind: str, language: str, rng: random.Random, lower: bool = False) -> Rendering:
    """One random rendering of ``kind`` in ``language`` (lower-cased when ``lower``: offsets do not move)."""
    text, parts = unmark(fill(rng.choice(TEMPLATES[kind][language]), language, rng))
    return Rendering(kind, language, text.lower() if lower else text, parts)


def renderings(n: int, seed: int, kinds: tuple[str, ...] = KINDS, lower: bool = False) -> list[Rendering]:
    """``n`` renderings per kind and language, reproducible from ``seed``."""
    rng = random.Random(seed)
    pairs = [(kind, lang) for kind in kinds for lang in LANGUAGES if lang in TEMPLATES[kind]]
    return [render(kind, lang, rng, lower) for kind, lang in pairs for _ in range(n)]



def judge(r: Rendering) -> bool:
    """For an organisation: every mention masked. For a decoy: some span touches the ordinary words."""
    from intake.pseudonymise import detect

    spans = [(s.start, s.end) for s in detect(r.text, r.language)]
    if r.kind == "DECOY":
        return any(s < e2 and s2 < e for s, e in spans for s2, e2 in r.parts)
    return all(covered(r.text, s, e, spans) for s, e in r.parts)


def evaluate(rows: list[Rendering], show: int = 0) -> dict[str, dict[str, dict[str, float]]]:
    """kind -> language -> {n, rate}: recall for organisations, the false-positive rate for decoys."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    shown: dict[tuple[str, str], int] = defaultdict(int)
    for r in rows:
        ok = judge(r)
        cell = counts[(r.kind, r.language)]
        cell[0] += 1
        cell[1] += ok
        bad = ok if r.kind == "DECOY" else not ok
        if bad and shown[(r.kind, r.language)] < show:
            shown[(r.kind, r.language)] += 1
            tag = "FP  " if r.kind == "DECOY" else "MISS"
            print(f"  {tag} {r.kind:<9}{r.language} {[r.text[s:e] for s, e in r.parts]}   …{r.text!r}")
    table: dict[str, dict[str, dict[str, float]]] = defaultdict(dict)
    for (kind, lang), (n, ok) in sorted(counts.items()):
        table[kind][lang] = {"n": n, "rate": ok / n}
    return dict(table)


def print_table(table: dict[str, dict[str, dict[str, float]]], lower: bool) -> None:
    print(f"{'kind':<10}{'case':<7}" + "".join(f"{lang:>8}" for lang in LANGUAGES))
    for kind in KINDS:
        row = table.get(kind, {})
        note = "  (decoy false-positive rate)" if kind == "DECOY" else ""
        rates = "".join(f"{row[lang]['rate']:>8.3f}" if lang in row else f"{'-':>8}" for lang in LANGUAGES)
        print(f"{kind:<10}{'lower' if lower else 'cased':<7}{rates}{note}")


def main() -> None:
    parser = cli_parser(__doc__, KINDS, 100)
    parser.add_argument("--lowercase", action="store_true", help="lower-case every rendering (ASR-like)")
    parser.add_argument("--both", action="store_true", help="cased and lower-cased, one table each")
    args = parser.parse_args()
    kinds = tuple(args.kinds.split(","))
    began = time.perf_counter()
    tables = {}
    for lower in (False, True) if args.both else (args.lowercase,):
        tables["lower" if lower else "cased"] = evaluate(renderings(args.n, args.seed, kinds, lower), args.show)
    elapsed = time.perf_counter() - began
    if args.json:
        print(json.dumps({"seed": args.seed, "n": args.n, "tables": tables, "seconds": round(elapsed, 2)}, indent=1))
        return
    for case, table in tables.items():
        print_table(table, case == "lower")
    print(f"{args.n} renderings per kind and language in {elapsed:.1f} s (seed {args.seed})")


if __name__ == "__main__":
    main()
