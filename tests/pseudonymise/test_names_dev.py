"""Regression floor on the shared dev set: entity-level recall of the names detector's labels.

An entity (``entity_id`` within an excerpt) counts as protected only if every word character of every
one of its mentions lies inside some detected span (any label). Floors sit a little below what the
detector reached when this test was written (see docs/pseudonymisation-detection.md).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.spans import Span

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "pseudonymisation" / "dev.jsonl"
OUR_LABELS = ("PERSON", "LOCATION", "ORGANISATION", "DETENTION")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    if not SHARED.exists():
        pytest.skip(f"shared data not available: {SHARED}")
    return [json.loads(line) for line in SHARED.read_text(encoding="utf-8").splitlines() if line.strip()]


def _masked(text: str, start: int, end: int, spans: list[Span]) -> bool:
    return all(any(s.start <= p < s.end for s in spans) for p in range(start, end) if text[p].isalnum())


def _recall(rows: list[dict[str, Any]], lowercase: bool) -> tuple[dict[str, float], float]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    good = total = 0
    for row in rows:
        text = asr_like(row["text"]) if lowercase else row["text"]
        spans = detect(text, row["lang"])
        mentions: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for ent in row["entities"]:
            mentions[ent["entity_id"]].append(ent)
        for ms in mentions.values():
            label = ms[0]["label"]
            if label in OUR_LABELS:
                ok = all(_masked(text, m["start"], m["end"], spans) for m in ms)
                for key in (label, "ALL"):
                    counts[key][0] += ok
                    counts[key][1] += 1
        ours = [s for s in spans if s.label in OUR_LABELS]
        total += len(ours)
        good += sum(any(s.start < e["end"] and e["start"] < s.end for e in row["entities"]) for s in ours)
    return {k: p / n for k, (p, n) in counts.items()}, good / max(total, 1)


def asr_like(text: str) -> str:
    """Lower case with punctuation blanked (offsets unchanged), like raw speech-recognition output."""
    return "".join(" " if c in '.,!?;:«»"()—–' else c.lower() if len(c.lower()) == 1 else c for c in text)


def test_dev_recall_floor(rows: list[dict[str, Any]]) -> None:
    recall, precision = _recall(rows, lowercase=False)
    assert recall["PERSON"] >= 0.98, recall
    assert recall["LOCATION"] >= 0.97, recall
    assert recall["ORGANISATION"] >= 0.95, recall
    assert recall["DETENTION"] >= 0.95, recall
    assert recall["ALL"] >= 0.97, recall
    assert precision >= 0.95


def test_dev_recall_floor_lowercase_asr(rows: list[dict[str, Any]]) -> None:
    recall, precision = _recall(rows, lowercase=True)
    assert recall["PERSON"] >= 0.90, recall
    assert recall["ALL"] >= 0.92, recall
    assert precision >= 0.90
