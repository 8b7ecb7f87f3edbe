"""Generated case forms of surnames: how often a name proved once in a text masks its other case forms.

Hand-written examples overfit; this bench draws invented surnames of every Russian and Belarusian declension
class (``bench/person_declension_kinds.py``: masculine hard, soft, ``-ей``, ``-ий``, ``-ич``, ``-ов``/``-аў``;
feminine ``-а``/``-я``/``-ка``/``-га``/``-ха``/``-та``/``-да``/``-ца``; adjectival ``-ский``/``-скі``,
``-ая``, ``-ый``/``-ы``, ``-ой``/``-кі``; indeclinable ``-енко``/``-енка``, ``-ых``), proves each once with a
given name in the nominative and then uses one oblique form of the surname alone. Kind ``REAL`` takes real
adjectives and nouns as surnames (``Ціхая``, ``Белы``, ``Дубіна``); kind ``DECOY`` uses those words as
ordinary words after the name was proved and reports the share that any span touches.

Each kind is scored as written and lower-cased, as speech recognition often writes.

Usage: ``python bench/person_declension.py [--n 100] [--seed 1] [--show 5] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from person_declension_kinds import KINDS, Rendering, render  # noqa: E402

from intake.pseudonymise.spans import Span  # noqa: E402

LANGUAGES = ("ru", "be")


def renderings(n: int, seed: int, kind: str, language: str, lower: bool = False) -> list[Rendering]:
    """``n`` renderings of ``kind`` from a fixed seed (lower-cased when ``lower``)."""
    rng = random.Random(f"{seed}:{kind}:{language}")
    out = [render(kind, language, rng) for _ in range(n)]
    if lower:
        out = [Rendering(r.kind, r.language, r.text.lower(), r.start, r.end, r.proof) for r in out]
    return out


def _covered(spans: list[Span], text: str, start: int, end: int) -> bool:
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, end) if text[i].isalpha())


def masked(r: Rendering) -> bool | None:
    """Every letter of the form lies inside a span, whatever its label (any mask protects); None when the
    nominative surname that proves the name is itself unmasked (no proof: not this bench's question)."""
    from intake.pseudonymise import detect

    spans = detect(r.text, r.language)
    if not _covered(spans, r.text, *r.proof):
        return None
    if r.kind == "DECOY":
        return any(s.start < r.end and r.start < s.end for s in spans)
    return _covered(spans, r.text, r.start, r.end)


def score(n: int, seed: int, show: int) -> dict[str, dict[str, float]]:
    """Share masked per ``kind/language`` and letter case among the renderings whose name was proved
    (``proved``: that share); prints up to ``show`` misses of each."""
    table: dict[str, dict[str, float]] = {}
    for kind in KINDS:
        for language in LANGUAGES:
            row: dict[str, float] = {}
            for case in ("cased", "lower"):
                rows = renderings(n, seed, kind, language, case == "lower")
                hits = [masked(r) for r in rows]
                proved = [h for h in hits if h is not None]
                row[case] = round(sum(proved) / max(len(proved), 1), 3)
                row[f"{case}_proved"] = round(len(proved) / len(hits), 3)
                wrong = [r for r, h in zip(rows, hits, strict=True) if h is (kind == "DECOY")]
                for r in wrong[:show]:
                    print(f"  {kind}/{language}/{case}: {r.text[r.start : r.end]!r} in {r.text[r.start - 30 :]!r}")
            table[f"{kind}/{language}"] = row
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    table = score(args.n, args.seed, args.show)
    if args.json:
        print(json.dumps(table, indent=1, ensure_ascii=False))
        return
    for key, row in table.items():
        print(f"{key:16} cased {row['cased']:.3f} (proved {row['cased_proved']:.2f})"
              f"  lower {row['lower']:.3f} (proved {row['lower_proved']:.2f})")


if __name__ == "__main__":
    main()
