"""Generated contact renderings: how often ``detect()`` and the residual gate catch a phone, e-mail, handle,
URL, IBAN or document number said the many ways speech recognition writes speech.

Hand-written examples overfit; this bench draws random identifiers from a fixed seed, renders each the way
Whisper writes Russian, Belarusian or English speech (digits with any separators, calling codes, ASR letters
for digits, digits in words, a number split over two segments or interrupted by a filler, addresses spelled
as words) and embeds it in an invented carrier sentence. It also renders ordinary numbers (years, times,
sums, counts, articles, dates) to measure false positives, and phones broken off and restarted
(``contact_restart_kinds.py``), and (round 9) 49 more named ways of saying a phone, e-mail, handle or
address with spoken decoys (``contact_said_kinds.py``, ``contact_said_web_kinds.py``), and (round 10) addresses
under any country's domain with their dots blanked, with decoys (``contact_country_kinds.py``).

Per kind and language it reports ``detect`` (the rendering fully masked by ``detect()``), ``gate`` (fully
masked, or what is left flagged by ``intake.residual.scan`` on the text with the detector's spans replaced by
a placeholder) and ``alone`` (the gate on the raw text). For ordinary numbers it reports the share a
contact-kind span (or the gate) touches.

Usage: ``python bench/contact_renderings.py [--n 200] [--seed 1] [--show 5] [--lowercase | --asr] [--json]``
(``--asr``: lower case and punctuation blanked as ``detection_scoring.asr_like`` does, round 14).
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

from contact_country_kinds import RENDERERS as COUNTRY_RENDERERS  # noqa: E402
from contact_render_kinds import RENDERERS as BASE_RENDERERS  # noqa: E402
from contact_said_web_kinds import RENDERERS as SAID_RENDERERS  # noqa: E402
from rendering_common import LANGUAGES, cli_parser, covered  # noqa: E402

CONTACT_LABELS = frozenset({"PHONE", "EMAIL", "HANDLE", "URL", "ID_NUMBER"})
KINDS = ("PHONE", "PHONE_INTL", "PHONE_HOME", "PHONE_RESTART", "EMAIL", "HANDLE", "URL", "IBAN", "IBAN_ANY", "ID",
         "PASSPORT", "PERSONAL", "CASE", "NUMBER", "PHONE_SAID", "EMAIL_SAID", "HANDLE_SAID", "URL_SAID",
         "NUMBER_SAID", "URL_CC", "EMAIL_CC", "WEB_DECOY")
RENDERERS = {**BASE_RENDERERS, **SAID_RENDERERS, **COUNTRY_RENDERERS}
DECOYS = frozenset({"NUMBER", "NUMBER_SAID", "WEB_DECOY"})


@dataclass(frozen=True)
class Rendering:
    """``text[start:end]`` is the rendered identifier (or, for kind NUMBER, the ordinary number)."""

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
    text = carrier.replace("{}", surface, 1)
    return Rendering(kind, language, text, start, start + len(surface))


def renderings(
    n: int, seed: int, kinds: tuple[str, ...] = KINDS, lower: bool = False, asr: bool = False
) -> list[Rendering]:
    """``n`` renderings per kind and language, reproducible from ``seed``; ``lower``: lower-cased as ASR
    output often is (offsets do not move: the alphabets here keep their length in lower case); ``asr``: also
    the punctuation blanked as in unpunctuated ASR output (``detection_scoring.asr_like``: the dots inside
    addresses, e-mails and handles too)."""
    from detection_scoring import asr_like

    rng = random.Random(seed)
    rows = [render(kind, lang, rng) for kind in kinds for lang in LANGUAGES for _ in range(n)]
    if lower or asr:
        change = asr_like if asr else str.lower
        rows = [Rendering(r.kind, r.language, change(r.text), r.start, r.end) for r in rows]
    return rows



def masked_text(text: str, spans: list[tuple[int, int]], start: int, end: int) -> tuple[str, list[int]]:
    """``text`` with each span replaced by ``[X]``, and where the unmasked letters of ``start:end`` went."""
    out: list[str] = []
    moved: list[int] = []
    pos = length = 0
    for s, e in [*sorted(spans), (len(text), len(text))]:
        if s < pos:
            pos = max(pos, e)
            continue
        moved += [length + p - pos for p in range(max(pos, start), min(s, end)) if text[p].isalnum()]
        out.append(text[pos:s])
        length += s - pos
        if s < len(text):
            out.append("[X]")
            length += 3
        pos = e
    return "".join(out), moved


@dataclass
class Outcome:
    detected: bool
    gated: bool
    alone: bool


def judge(r: Rendering) -> Outcome:
    """Whether the detector masks ``r`` fully, the gate flags what is left, and the gate alone flags it."""
    from intake.pseudonymise import detect
    from intake.residual import scan

    spans = detect(r.text, r.language)
    if r.kind in DECOYS:
        hit = any(s.label in CONTACT_LABELS and s.start < r.end and r.start < s.end for s in spans)
        raw = scan(r.text, r.language)
        gate = any(h.kind != "capitalised" and h.start < r.end and r.start < h.end for h in raw)
        return Outcome(hit, gate, gate)
    pairs = [(s.start, s.end) for s in spans]
    detected = covered(r.text, r.start, r.end, pairs)
    gated = detected
    if not detected:
        rest, positions = masked_text(r.text, pairs, r.start, r.end)
        hits = scan(rest, r.language)
        gated = any(h.start <= p < h.end for h in hits for p in positions)
    alone = any(h.start < r.end and r.start < h.end for h in scan(r.text, r.language) if h.kind != "capitalised")
    return Outcome(detected, gated, alone)


def evaluate(rows: list[Rendering], show: int = 0) -> dict[str, dict[str, dict[str, float]]]:
    """kind -> language -> {n, detect, gate, alone}; prints up to ``show`` misses per kind and language."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    shown: dict[tuple[str, str], int] = defaultdict(int)
    for r in rows:
        o = judge(r)
        c = counts[(r.kind, r.language)]
        c[0] += 1
        c[1] += o.detected
        c[2] += o.gated
        c[3] += o.alone
        bad = o.detected if r.kind in DECOYS else not o.detected
        if bad and shown[(r.kind, r.language)] < show:
            shown[(r.kind, r.language)] += 1
            tag = "FP  " if r.kind in DECOYS else "MISS"
            print(f"  {tag} {r.kind:<7}{r.language} {r.surface!r}   …{r.text!r}")
    table: dict[str, dict[str, dict[str, float]]] = defaultdict(dict)
    for (kind, lang), (n, d, g, a) in sorted(counts.items()):
        table[kind][lang] = {"n": n, "detect": d / n, "gate": g / n, "alone": a / n}
    return dict(table)


def print_table(table: dict[str, dict[str, dict[str, float]]]) -> None:
    print(f"{'kind':<8}{'lang':<5}{'n':>6}{'detect':>9}{'gate':>9}{'alone':>9}")
    for kind in KINDS:
        for lang, row in table.get(kind, {}).items():
            note = "  (false-positive rate)" if kind in DECOYS else ""
            print(f"{kind:<8}{lang:<5}{row['n']:>6}{row['detect']:>9.3f}{row['gate']:>9.3f}{row['alone']:>9.3f}{note}")


def main() -> None:
    parser = cli_parser(__doc__, KINDS, 200)
    parser.add_argument("--lowercase", action="store_true", help="lower-case every rendering (ASR-like)")
    parser.add_argument("--asr", action="store_true", help="lower case and punctuation blanked (asr_like)")
    args = parser.parse_args()
    rows = renderings(args.n, args.seed, tuple(args.kinds.split(",")), args.lowercase, args.asr)
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
