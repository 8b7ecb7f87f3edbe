"""Misses of the nickname inventory (``tests/pseudonymise/nickname_inventory.py``), cased and as speech
recognition writes it (``asr_like``), by naming construction and later position, and the decoys masked.

Usage: ``PYTHONPATH=$PWD python bench/nickname_inventory_measure.py [-v]`` (``-v`` lists every missed document).
"""

from __future__ import annotations

import sys
from collections import Counter

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect
from tests.pseudonymise.nickname_inventory import DECOYS, Doc, documents


def _unmasked(text: str, doc: Doc) -> list[str]:
    """The mentions of ``doc`` (in ``text``, offsets unchanged) with a letter that no span covers."""
    spans = detect(text, doc.lang)
    return [
        text[a:b]
        for a, b in doc.mentions
        if not all(any(s.start <= i < s.end for s in spans) for i in range(a, b) if text[i].isalnum())
    ]


def measure(verbose: bool) -> None:
    """Print the misses per variant, language, construction and position, then the decoys masked."""
    missed: Counter[tuple[str, str, str, str]] = Counter()
    total: Counter[tuple[str, str, str, str]] = Counter()
    for variant in ("cased", "lc"):
        for d in documents():
            text = d.text if variant == "cased" else asr_like(d.text)
            un = _unmasked(text, d)
            for kind, value in (("naming", d.naming), ("later", d.later)):
                total[(variant, d.lang, kind, value)] += 1
                missed[(variant, d.lang, kind, value)] += bool(un)
            if un and verbose:
                print((variant, d.lang, d.naming, d.later, un, text))
        docs = sum(v for k, v in total.items() if k[0] == variant and k[2] == "naming")
        lost = sum(v for k, v in missed.items() if k[0] == variant and k[2] == "naming")
        print(f"{variant}: docs {docs} missed {lost}")
    for key, n in sorted(missed.items()):
        if n:
            print(key, f"{n}/{total[key]}")
    fp = 0
    for lang, text, stay in DECOYS:
        for t in (text, asr_like(text)):
            bad = [s.text for s in detect(t, lang) if any(w.lower() in s.text.lower().split() for w in stay)]
            if bad:
                fp += 1
                print("DECOY", bad, t)
    print("decoy fp", fp)


if __name__ == "__main__":
    measure("-v" in sys.argv)
