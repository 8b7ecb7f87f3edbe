"""Inventory rows with marks: ``[stretch]`` must be masked, ``{stretch}`` must stay open."""

from __future__ import annotations

import re

MARK = re.compile(r"\[([^\]]+)\]|\{([^}]+)\}")


def parse_marked(row: str) -> tuple[str, list[tuple[int, int, bool]]]:
    """The text without marks, and each marked stretch (start, end, must be masked)."""
    text, marks, pos = "", [], 0
    for m in MARK.finditer(row):
        text += row[pos : m.start()]
        surface = m.group(1) or m.group(2)
        marks.append((len(text), len(text) + len(surface), m.group(1) is not None))
        text += surface
        pos = m.end()
    return text + row[pos:], marks
