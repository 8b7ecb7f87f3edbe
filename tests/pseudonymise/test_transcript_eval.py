"""The evaluation itself: frozen hold-out, valid gold offsets, and a scorer that can fail."""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "transcripts"
sys.path.insert(0, str(ROOT / "bench"))

from detection_scoring import evaluate, load_rows, masked, precision  # noqa: E402
from pseudonymise_vault_eval import leaked, protected_entities  # noqa: E402

HOLDOUT_SHA256 = "3c9718a713c1dd58b4f89241ee8723bde8d9fe3de06be2dcd8b398e61fbccf50"


@dataclass(frozen=True)
class S:
    start: int
    end: int
    label: str


def test_holdout_is_frozen() -> None:
    digest = hashlib.sha256((DATA / "holdout.jsonl").read_bytes()).hexdigest()
    assert digest == HOLDOUT_SHA256, "holdout.jsonl changed: it must stay frozen (see tests/data/transcripts/README.md)"


@pytest.mark.parametrize(
    "name",
    ["dev", "dev2", "dev3", "dev3x", "dev4", "dev4x", "dev5", "dev5x", "dev6", "dev6x", "dev7", "dev7x", "dev8",
     "dev8x", "dev9", "dev9x", "dev10", "dev10x", "dev11", "dev11x", "dev12", "dev12x", "dev13",
     "dev13x", "dev14", "dev14x", "dev15", "dev15x", "dev16",
     "dev16x", "dev17", "dev17x", "dev18", "dev18x", "dev19", "dev19x", "dev20", "dev20x",
     "dev21", "dev21x", "dev22", "dev22x", "dev23", "dev23x", "dev24", "dev24x",
     "dev25", "dev25x", "dev26", "dev26x", "dev27", "dev27x", "dev28", "dev28x",
     "dev29", "dev29x", "dev30", "dev30x", "dev31", "dev31x", "dev32", "dev32x", "dev33", "dev33x",
     "dev34", "dev34x", "dev35", "dev35x", "holdout"],
)
def test_gold_offsets_match_surfaces(name: str) -> None:
    from transcript_markup import build

    rows = load_rows(DATA / f"{name}.jsonl")
    assert rows == build(DATA / f"{name}_marked.jsonl")
    for row in rows:
        for e in row["entities"]:
            assert row["text"][e["start"]:e["end"]] == e["surface"]


TEXT = "Вера Соболь верит. Вера есть. Соболю пишут."
ROW = {"id": "x", "lang": "ru", "text": TEXT, "entities": [
    {"start": 0, "end": 11, "label": "PERSON", "entity_id": "p_a", "surface": "Вера Соболь"},
    {"start": 30, "end": 36, "label": "PERSON", "entity_id": "p_a", "surface": "Соболю"},
]}


def test_entity_counts_only_when_every_mention_is_masked() -> None:
    first_only = [S(0, 11, "PERSON")]
    both = [S(0, 11, "PERSON"), S(30, 36, "LOCATION")]
    assert evaluate([ROW], [first_only], strict=False)["PERSON"] == [0, 1]
    assert evaluate([ROW], [both], strict=False)["PERSON"] == [1, 1]
    assert evaluate([ROW], [both], strict=True)["PERSON"] == [0, 1]  # wrong label on the second mention
    assert not masked(TEXT, 0, 11, [S(0, 4, "PERSON")])  # half a name is not masked
    assert masked(TEXT, 0, 11, [S(0, 4, "PERSON"), S(5, 11, "PERSON")])  # the space does not count


def test_precision_counts_spans_off_gold() -> None:
    spans = [S(0, 11, "PERSON"), S(19, 23, "PERSON")]  # the second "Вера" is a common word
    assert precision([ROW], [spans]) == (1, 2)


def test_vault_leak_rule() -> None:
    raw = "Вера Соболь верит, и вера Веры крепка."
    gold = [(0, 11), (26, 30)]
    assert not leaked("Вера Соболь", raw, "[P-1] верит, и вера [P-1] крепка.", gold)
    assert leaked("Веры", raw, "[P-1] верит, и вера Веры крепка.", gold)
    assert not leaked("Вера Соболь", raw, "Вера [P-1] верит, и вера [P-1] крепка.", gold)
    assert leaked("Вера Соболь", raw, "Вера [P-1] верит, и вера [P-1] крепка.", gold, words=True)
    # a placeholder's number is no surviving age: "22" in "[ORG-22]"
    assert not leaked("22", "мне 22, скончыла БДУ", "мне [лік], скончыла [ORG-22]", [(4, 6)])
    assert leaked("22", "мне 22, скончыла БДУ", "мне 22, скончыла [ORG-22]", [(4, 6)])
    row = {"text": raw, "entities": [
        {"start": 0, "end": 11, "label": "PERSON", "entity_id": "p_a", "surface": "Вера Соболь"},
        {"start": 26, "end": 30, "label": "PERSON", "entity_id": "p_a", "surface": "Веры"}]}
    assert protected_entities(row, [raw], ["[P-1] верит, и вера Веры крепка."])["p_a"][1] is False


@pytest.mark.slow
def test_evaluation_runs_on_the_dev_transcripts() -> None:
    from intake.pseudonymise import detect

    rows = load_rows(DATA / "dev.jsonl")
    counts = evaluate(rows, [detect(r["text"], r["lang"]) for r in rows], strict=False)
    assert counts["ALL"][1] == sum(len({e["entity_id"] for e in r["entities"]}) for r in rows)
    assert 0 <= counts["ALL"][0] <= counts["ALL"][1]


def test_factru_reader() -> None:
    from factru_scoring import read_doc

    folder = ROOT.parent / "shared" / "data" / "factru-devset"
    if not folder.exists():
        pytest.skip(f"shared data not available: {folder}")
    text, mentions = read_doc(folder / "book_100.txt")
    assert mentions and all(text[m.start:m.end].strip() for m in mentions)
    assert {m.kind for m in mentions} <= {"Person", "Location", "Org"}


@pytest.mark.slow
def test_vault_path_evaluation_runs_end_to_end() -> None:
    """The document-level bench stores, pseudonymises and measures through a real vault (it had rotted once)."""
    from pseudonymise_vault_eval import run_set

    row = {"id": "t", "lang": "ru", "text": "Респондент: Меня зовут Ирина Ковальчук.\nИрина живёт в Гродно.",
           "entities": [{"start": 23, "end": 38, "label": "PERSON", "entity_id": "p_i", "surface": "Ирина Ковальчук"},
                        {"start": 40, "end": 45, "label": "PERSON", "entity_id": "p_i", "surface": "Ирина"},
                        {"start": 54, "end": 60, "label": "LOCATION", "entity_id": "l_g", "surface": "Гродно"}]}
    for e in row["entities"]:
        assert row["text"][e["start"]:e["end"]] == e["surface"]
    result = run_set([row], show_leaks=False)
    assert result["errors"] == []
    assert result["labels"]["ALL"]["entities"] == 2
    assert result["labels"]["PERSON"]["protected"] == 1
