"""Issue 14, mechanism 3: an independent residual-risk gate before approval and again before export.

The anonymised text is scanned by ``intake.residual`` (code that shares nothing with the detectors). Each hit
is masked (a plan item, re-applied) or released one by one with a reason (audited without the text); approval
and export refuse while any hit is unresolved. A detector miss is simulated the way the leak gate cannot see
it: the steward rejects the detector's item, so the detectors' own gate exempts it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from gate_helpers import approve_raw, audit_rows, pseudonymised

from intake.errors import ResidualRiskError, UsageError
from intake.pseudonymise.plan import decide
from intake.pseudonymise.releases import Release, parse_allowance
from intake.review.leaks import leaks_in
from intake.review.release import ExportRequest, export
from intake.review.residual import mask_findings, release_findings, residual_check
from intake.review.store import require_plan
from intake.review.workflow import approve, save_reviewed
from intake.transcripts.store import get_transcript_info

# The demo's segments as Whisper wrote them (make demo; issue 14), and the issue's own variant.
DEMO = ["Thank you for reading to talk.", "People can reach me on plus 3752i1 2 3 4 5 6 7",
        "People can reach me on plus 375, 2I-1-2-3-4-5-6-7", "Now she is in prison in modulum."]
PHONE_PARTS = ("2 3 4 5 6 7", "plus 375", "3752i1", "2I-1")
FIVE_DIGITS = re.compile(r"[0-9IlOЗ](?:[^0-9A-Za-z]{0,3}[0-9IlOЗ]){4}")


def _rejected(vault, make_media, lines: list[str], label: str, freq: int, language: str = "en") -> str:  # type: ignore[no-untyped-def]
    """A transcript whose ``label`` items the steward rejected: to the leak gate, as if never detected."""
    tid = pseudonymised(vault, make_media, lines, freq, language=language)
    plan = require_plan(vault, tid)
    items = [i for i in plan.items if i.label == label]
    assert items, "the detectors found nothing to reject"
    for item in items:
        plan = decide(plan, item.id, "rejected")
    save_reviewed(vault, tid, plan)
    return tid


def _all_audit(vault) -> str:  # type: ignore[no-untyped-def]
    return json.dumps([list(r) for r in vault.conn.execute("SELECT action, object_id, details FROM audit")],
                      ensure_ascii=False)


def test_the_detectors_mask_the_demo_phone_and_the_scanner_agrees(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    tid = pseudonymised(vault, make_media, DEMO, 1101, language="en")
    assert residual_check(vault, tid).left == []
    approve(vault, tid, accept_rest=True)


def test_approve_refuses_a_phone_the_leak_gate_lets_through(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    tid = _rejected(vault, make_media, DEMO, "PHONE", 1102)
    assert leaks_in(vault, tid) == []  # the detectors' own gate agrees with the miss
    with pytest.raises(ResidualRiskError) as caught:
        approve(vault, tid, accept_rest=True)
    message = caught.value.message
    assert f"transcript {tid}: the residual-risk check found 3 unresolved hit(s)" in message
    assert "1.1 segment 1: digits: …" in message and "[[3752i1 2 3 4 5 6 7]]" in message  # recognition's i read
    assert "segment 2: calling-code: …" in message and "[[plus 375]]" in message
    assert caught.value.hint is not None and f"intake residual {tid}" in caught.value.hint
    assert get_transcript_info(vault, tid).status == "reviewed"
    assert not any(part in _all_audit(vault) for part in PHONE_PARTS)


def test_masking_each_hit_clears_the_gate_and_the_export_has_no_phone_digits(vault, make_media,
                                                                            tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tid = _rejected(vault, make_media, DEMO, "PHONE", 1103)
    ids = [f.id for f in residual_check(vault, tid).left]
    assert ids == ["1.1", "2.1", "2.2"]
    mask_findings(vault, tid, ids)
    assert residual_check(vault, tid).left == []
    added = [i for i in require_plan(vault, tid).items if i.decision == "added"]
    assert [(i.segment, i.label, i.original) for i in added] == [
        (1, "ID_NUMBER", "plus 3752i1 2 3 4 5 6 7"),  # widened over the rejected item it touches
        (2, "PHONE", "plus 375, 2I-1-2-3-4-5-6-7")]  # two overlapping hits, one mask; a calling code: PHONE
    approve(vault, tid, accept_rest=True)
    record = export(vault, ExportRequest(to=tmp_path / "out", all_approved=True, formats=frozenset({"txt"})))
    text = next((Path(record.destination) / "txt").iterdir()).read_text(encoding="utf-8-sig")
    text = re.sub(r"\[\d\d:\d\d:\d\d\] ", "", text)  # the timestamps are not phone digits
    assert "People can reach me on" in text
    assert not FIVE_DIGITS.search(text), text
    assert audit_rows(vault, "residual.mask") and not any(part in _all_audit(vault) for part in PHONE_PARTS)


def test_mask_and_release_refuse_an_unknown_id(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    tid = _rejected(vault, make_media, DEMO, "PHONE", 1104)
    with pytest.raises(UsageError, match=r"no unresolved residual-risk hit has the id 9\.1"):
        mask_findings(vault, tid, ["9.1"])
    with pytest.raises(UsageError, match=r"no unresolved residual-risk hit has the id 1\.7"):
        release_findings(vault, tid, ["1.7"], "a reason")


NAMES = ["Мы говорили с Вольфрамом вчера.", "Потом с Вольфрамом говорил брат."]


def test_release_is_per_occurrence_with_a_reason_audited_without_text(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tid = _rejected(vault, make_media, NAMES, "PERSON", 1105, language="ru")
    left = residual_check(vault, tid).left
    assert [(f.id, f.kind, f.text) for f in left] == [("0.1", "capitalised", "Вольфрамом"),
                                                      ("1.1", "capitalised", "Вольфрамом")]
    with pytest.raises(UsageError, match="a release needs a reason"):
        release_findings(vault, tid, ["0.1"], "  ")
    release_findings(vault, tid, ["0.1"], "a mineral, not a person")
    check = residual_check(vault, tid)
    assert [f.id for f in check.left] == ["1.1"] and check.released == 1  # the other occurrence still gates
    with pytest.raises(ResidualRiskError, match="found 1 unresolved hit"):
        approve(vault, tid, accept_rest=True)
    release_findings(vault, tid, ["1.1"], "same word, same reason")
    approve(vault, tid, accept_rest=True)
    rows = audit_rows(vault, "release.residual")
    assert len(rows) == 2 and all('"scope": "occurrence"' in d or '"scope":"occurrence"' in d for _, d in rows)
    assert "Вольфрам" not in _all_audit(vault) and "mineral" not in _all_audit(vault)
    record = export(vault, ExportRequest(to=tmp_path / "out", all_approved=True, formats=frozenset({"txt"})))
    manifest = json.loads((Path(record.destination) / "manifest.json").read_text())
    assert manifest["counts"]["occurrences_residual_released"] == 2
    assert "Вольфрам" not in json.dumps(manifest, ensure_ascii=False)


def test_a_released_hit_comes_back_when_the_text_at_it_changes(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    tid = _rejected(vault, make_media, NAMES, "PERSON", 1106, language="ru")
    release_findings(vault, tid, ["0.1", "1.1"], "a mineral")
    assert residual_check(vault, tid).left == []
    plan = require_plan(vault, tid)
    plan = decide(plan, next(i.id for i in plan.items if i.segment == 0), "accepted")
    save_reviewed(vault, tid, plan)  # segment 0 is masked now: its release no longer matches anything
    assert residual_check(vault, tid).left == [] and residual_check(vault, tid).released == 1


def test_export_rechecks_and_refuses_the_same_way(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tid = _rejected(vault, make_media, DEMO, "PHONE", 1107)
    approve_raw(vault, tid)  # an approval from before the gate existed
    allow = tuple(parse_allowance(text, "a leak-check allowance") for text in ("2 3 4 5 6 7", "plus 375"))
    with pytest.raises(ResidualRiskError) as caught:  # no leak-check allowance waives the residual gate
        export(vault, ExportRequest(to=tmp_path / "out", all_approved=True, formats=frozenset({"txt"}), allow=allow))
    assert "segment 1: digits" in caught.value.message and "nothing was exported" in caught.value.message
    assert not (tmp_path / "out").exists()
    assert audit_rows(vault, "export") == []


def test_a_residual_release_never_waives_a_leak_gate_hit() -> None:
    from intake.pseudonymise.leakcheck import LeakHit

    release = Release("residual", "Соколов", "not him", "ab12cd34ef56", 0, 0, 7)
    hit = LeakHit(0, 7, "registered:PERSON", "Соколов", "[[Соколов]]", segment=0)
    assert not release.covers("ab12cd34ef56", hit)
