"""Inline markup of the evaluation transcripts: ``[[LABEL:surface|entity_id]]`` -> text + gold entities.

Usage: ``python bench/transcript_markup.py tests/data/transcripts/dev_marked.jsonl [...]`` writes
``dev.jsonl`` beside each ``*_marked.jsonl`` and prints, per transcript, words and entities, plus every
unannotated occurrence of an annotated surface (to review: a forgotten mention, or a deliberate decoy).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

Row = dict[str, Any]
MARK = re.compile(r"\[\[([A-Z_]+):([^|\]]+)\|([a-z0-9_]+)\]\]")
PREFIXES = {
    "PERSON": ("p_",), "LOCATION": ("l_",), "ORGANISATION": ("o_",), "DETENTION": ("f_",), "DATE": ("d_",),
    "PHONE": ("ph_",), "EMAIL": ("em_",), "HANDLE": ("h_",), "URL": ("u_",), "ID_NUMBER": ("id_",),
    "AGE_OR_SENTENCE": ("age_", "s_", "art_"),
}
SPEAKER = re.compile(r"^[^\s:]{2,20}:\s")


def parse(marked: str) -> tuple[str, list[Row]]:
    """Plain text and entities (start, end, label, entity_id, surface); offsets are code points."""
    out: list[str] = []
    entities: list[Row] = []
    pos = last = 0
    for m in MARK.finditer(marked):
        label, surface, eid = m.groups()
        if label not in PREFIXES or not eid.startswith(PREFIXES[label]):
            raise ValueError(f"bad label or id: {m.group(0)}")
        out.append(marked[last:m.start()])
        pos += m.start() - last
        entities.append({"start": pos, "end": pos + len(surface), "label": label, "entity_id": eid,
                         "surface": surface})
        out.append(surface)
        pos += len(surface)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unparsed markup near {text[text.find('[['):][:60]!r}")
    return text, entities


def word_count(text: str) -> int:
    """Words without the speaker labels at the start of a turn."""
    return sum(len(SPEAKER.sub("", line).split()) for line in text.splitlines())


def unannotated(text: str, entities: list[Row]) -> list[str]:
    """Occurrences of an annotated surface outside every annotation (case-sensitive, whole words)."""
    covered = [(e["start"], e["end"]) for e in entities]
    hits = []
    for surface in sorted({e["surface"] for e in entities}):
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if not any(s <= m.start() and m.end() <= e for s, e in covered):
                hits.append(f"{surface!r}@{m.start()}")
    return hits


def build(marked_path: Path) -> list[Row]:
    rows = []
    for line in marked_path.read_text(encoding="utf-8").splitlines():
        src = json.loads(line)
        text, entities = parse(src["marked"])
        rows.append({"id": src["id"], "lang": src["lang"], "text": text, "entities": entities})
    return rows


def main(paths: list[str]) -> None:
    for name in paths:
        path = Path(name)
        rows = build(path)
        out = path.with_name(path.name.replace("_marked", ""))
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        for r in rows:
            labels = Counter(e["label"] for e in r["entities"])
            ids = len({e["entity_id"] for e in r["entities"]})
            print(f"{r['id']} {r['lang']} words={word_count(r['text'])} mentions={len(r['entities'])} "
                  f"entities={ids} {dict(labels)}")
            for hit in unannotated(r["text"], r["entities"]):
                print(f"   unannotated {hit}")
        print(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
