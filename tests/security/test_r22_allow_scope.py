"""Review round 22, finding 4: ``--allow-from`` with ``TRANSCRIPT_ID:SEGMENT:TEXT`` waives every occurrence of
that text in that one segment, and the help and docs now say exactly that (they said "one occurrence")."""

from __future__ import annotations

import json
from pathlib import Path

from gate_helpers import approve_raw, plant, pseudonymised

from intake.pseudonymise.releases import NEW_SYNTAX_HINT, parse_allowance
from intake.review.release import ExportRequest, export
from intake.review.store import add_entity

ROOT = Path(__file__).resolve().parents[2]


def test_r22_a_segment_allowance_waives_every_occurrence_there_and_says_so(vault, make_media, cli,
                                                                          tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_entity(vault, "Марина Ковальчук", "person", [], "f")
    tid = pseudonymised(vault, make_media, ["Передачу собрали быстро."], 2240)
    approve_raw(vault, tid)
    plant(vault, tid, "марины ковальчук и снова марины ковальчук")
    allow = parse_allowance(f"{tid}:0:марины ковальчук", "consented, public statement")
    assert allow.scope == "segment"
    record = export(vault, ExportRequest(to=tmp_path / "o", all_approved=True, formats=frozenset({"txt"}),
                                         allow=(allow,)))
    manifest = json.loads((Path(record.destination) / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["occurrences_allowed"] == 2
    code, out, _ = cli(["export", "--help"])
    assert code == 0 and "every occurrence of TEXT in that segment" in " ".join(out.split())
    assert "for one occurrence" not in out
    assert NEW_SYNTAX_HINT == "give the exact text, or TRANSCRIPT_ID:SEGMENT:TEXT for that text in one segment"
    threat = (ROOT / "docs" / "threat-model.md").read_text(encoding="utf-8")
    assert "`--allow` takes a text or one occurrence" not in threat
    assert "every occurrence of that text in that one segment" in threat
