"""Scoring of detected spans against gold annotations (pure functions; no detector imported here).

Coverage rule: a gold mention is masked when every letter or digit in it lies inside some detected span,
whatever the span's label (any mask protects); spaces and punctuation inside a mention do not count.
A trailing English possessive ``'s`` inside a gold mention is not required (the shared README puts it
outside; a detected span may include it either way), nor a leading English article ``the``. Entity rule
(Text Anonymization Benchmark): an entity (``entity_id`` within one document) is protected only when every
one of its mentions in that document is masked. Precision (span level): the fraction of
detected spans that overlap at least one gold mention.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

Row = dict[str, Any]


class SpanLike(Protocol):
    start: int
    end: int
    label: str


def load_rows(path: Path) -> list[Row]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


POSSESSIVE = ("'s", "’s", "'S", "’S")


def masked(text: str, start: int, end: int, spans: Sequence[SpanLike], label: str | None = None) -> bool:
    """Every letter or digit of ``text[start:end]`` lies inside a span (a trailing English ``'s`` excepted)."""
    if end - start > 2 and text[start:end].endswith(POSSESSIVE):
        end -= 2  # the shared README puts ``'s`` outside the name; a gold mention with it inside still counts
    if end - start > 4 and text[start : start + 4].lower() == "the ":
        start += 4  # ``the 4th of October``: the article identifies nothing (the detector leaves it out)
    for pos in range(start, end):
        if not text[pos].isalnum():
            continue
        if not any(s.start <= pos < s.end and (label is None or s.label == label) for s in spans):
            return False
    return True


def evaluate(rows: Sequence[Row], results: Sequence[Sequence[SpanLike]], strict: bool) -> dict[str, list[int]]:
    """label -> [protected, total] entities (plus "ALL"); ``strict`` counts only spans of the gold label."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row, spans in zip(rows, results, strict=True):
        entities: dict[str, list[Row]] = defaultdict(list)
        for ent in row["entities"]:
            entities[ent["entity_id"]].append(ent)
        for mentions in entities.values():
            label = mentions[0]["label"]
            ok = all(masked(row["text"], m["start"], m["end"], spans, m["label"] if strict else None)
                     for m in mentions)
            for key in (label, "ALL"):
                counts[key][1] += 1
                counts[key][0] += int(ok)
    return dict(counts)


def mention_recall(rows: Sequence[Row], results: Sequence[Sequence[SpanLike]]) -> tuple[int, int]:
    """(masked, total) gold mentions, whatever their entity."""
    good = total = 0
    for row, spans in zip(rows, results, strict=True):
        for m in row["entities"]:
            total += 1
            good += masked(row["text"], m["start"], m["end"], spans)
    return good, total


def precision(rows: Sequence[Row], results: Sequence[Sequence[SpanLike]]) -> tuple[int, int]:
    """(detected spans overlapping a gold mention, detected spans)."""
    good = total = 0
    for row, spans in zip(rows, results, strict=True):
        for s in spans:
            total += 1
            good += any(s.start < e["end"] and e["start"] < s.end for e in row["entities"])
    return good, total


def asr_like(text: str) -> str:
    """Lower case, punctuation blanked; offsets unchanged (the gold spans stay valid)."""
    return "".join(" " if c in '.,!?;:«»"()—–' else c.lower() if len(c.lower()) == 1 else c for c in text)


def lowercased(rows: Sequence[Row]) -> list[Row]:
    return [{**r, "text": asr_like(r["text"])} for r in rows]


def ratio(pair: Sequence[int]) -> float:
    return pair[0] / pair[1] if pair[1] else float("nan")
