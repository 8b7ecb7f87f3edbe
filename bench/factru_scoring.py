"""factRuEval-2016 mention coverage: which Person, Location and Org mentions a detector masks.

A mention is an object of the second layer (``book_N.objects``) reduced to its spans of the masked types
(Person: name, surname, patronymic, nickname; Location and LocOrg: loc_name; Org: org_name), from the
first such span's start to the last one's end. Objects without a span of those types (an Org named only
by a description, ``мэрии``) are not counted. Covered: every letter or digit of the mention lies inside
some detected span, whatever its label. Countries and national state bodies are counted as the
collection marks them, although our policy may keep them (see docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from detection_scoring import SpanLike, masked

KINDS = {"Person": "Person", "Location": "Location", "LocOrg": "Location", "Org": "Org"}
TYPES = {"Person": {"name", "surname", "patronymic", "nickname"}, "Location": {"loc_name"}, "Org": {"org_name"}}


@dataclass(frozen=True)
class Mention:
    kind: str
    start: int
    end: int


def read_doc(txt: Path) -> tuple[str, list[Mention]]:
    text = txt.read_text(encoding="utf-8-sig")
    spans: dict[str, tuple[str, int, int]] = {}
    for line in txt.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
        parts = line.split("#")[0].split()
        if len(parts) >= 4:
            spans[parts[0]] = (parts[1], int(parts[2]), int(parts[2]) + int(parts[3]))
    mentions = []
    for line in txt.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
        parts = line.split("#")[0].split()
        if len(parts) < 3 or parts[1] not in KINDS:
            continue
        kind = KINDS[parts[1]]
        own = [spans[s] for s in parts[2:] if s in spans and spans[s][0] in TYPES[kind]]
        if own:
            mentions.append(Mention(kind, min(s[1] for s in own), max(s[2] for s in own)))
    return text, mentions


def coverage(folder: Path, detect: Callable[[str, str], Sequence[SpanLike]]) -> dict[str, list[int]]:
    """kind -> [covered, total] mentions over every ``book_*.txt`` of ``folder``."""
    counts: dict[str, list[int]] = {k: [0, 0] for k in TYPES}
    for txt in sorted(folder.glob("book_*.txt")):
        text, mentions = read_doc(txt)
        spans = detect(text, "ru")
        for m in mentions:
            counts[m.kind][1] += 1
            counts[m.kind][0] += masked(text, m.start, m.end, spans)
    return counts
