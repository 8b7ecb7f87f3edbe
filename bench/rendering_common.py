"""What the generator benches (``contact_renderings.py``, ``quasi_renderings.py``, ``org_renderings.py``,
``place_renderings.py``) share: their languages, the coverage rule and the command line."""

from __future__ import annotations

import argparse

LANGUAGES = ("ru", "be", "en")


def covered(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Every letter or digit of ``text[start:end]`` lies in one of ``spans``."""
    return all(not text[p].isalnum() or any(s <= p < e for s, e in spans) for p in range(start, end))


def cli_parser(doc: str, kinds: tuple[str, ...], n: int) -> argparse.ArgumentParser:
    """``--n`` (renderings per kind and language, default ``n``), ``--seed``, ``--show``, ``--kinds``, ``--json``."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=n, help="renderings per kind and language")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=0, help="misses (and false positives) to print per cell")
    parser.add_argument("--kinds", default=",".join(kinds), help="comma-separated kinds")
    parser.add_argument("--json", action="store_true")
    return parser
