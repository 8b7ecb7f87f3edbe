"""Medium 4: rejecting a registered name never switches the leak gate off; keeping one occurrence is a
separate, explicit act with a reason, per occurrence, audited and counted in the export manifest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gate_helpers import audit_rows, pseudonymised

from intake.errors import LeakGateError, RefusedError, UsageError
from intake.pseudonymise.plan import decide
from intake.pseudonymise.releases import Release
from intake.review.leaks import leaks_in
from intake.review.release import ExportRequest, export, gate
from intake.review.store import add_entity, require_plan
from intake.review.workflow import approve, save_reviewed
from intake.transcripts.store import get_transcript_info

NAME = "Павел Соколов"
LINES = ["Вчера я видел Павла Соколова у суда.", "Соколов просил передать привет."]


def _registered_rejected(vault, make_media, freq: int):  # type: ignore[no-untyped-def]
    add_entity(vault, NAME, "person", [], "m")
    tid = pseudonymised(vault, make_media, LINES, freq)
    plan = require_plan(vault, tid)
    people = [i for i in plan.items if i.label == "PERSON"]
    assert people and all(i.source.startswith("registry") for i in people)
    for item in people:
        plan = decide(plan, item.id, "rejected")
    return tid, plan, people


def test_rejecting_a_registered_name_still_gates_leakcheck_approve_and_export(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    tid, plan, _people = _registered_rejected(vault, make_media, 910)
    save_reviewed(vault, tid, plan)
    hits = leaks_in(vault, tid)
    assert {h.surface for h in hits} == {"Павла Соколова", "Соколов"}
    assert all(h.kind == "registered:PERSON" for h in hits)
    with pytest.raises(RefusedError, match="the leak check found 2 identifying item"):
        approve(vault, tid, accept_rest=True)
    assert get_transcript_info(vault, tid).status == "reviewed"
    with pytest.raises(LeakGateError):
        gate(vault, [get_transcript_info(vault, tid)], ())


def test_keeping_one_occurrence_releases_exactly_that_occurrence(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tid, plan, people = _registered_rejected(vault, make_media, 920)
    first = people[0]
    keep = Release.keep(tid, first.segment, first.start, first.end, first.original, "public figure, consented")
    save_reviewed(vault, tid, plan, keeps=(keep,))
    left = leaks_in(vault, tid)
    assert [(h.segment, h.surface) for h in left] == [(1, "Соколов")]  # the other occurrence still gates
    plan = require_plan(vault, tid)
    second = people[1]
    save_reviewed(vault, tid, plan, keeps=(Release.keep(tid, second.segment, second.start, second.end,
                                                        second.original, "same person, same consent"),))
    assert leaks_in(vault, tid) == []
    approve(vault, tid, accept_rest=True)
    record = export(vault, ExportRequest(to=tmp_path / "out", all_approved=True, formats=frozenset({"txt"})))
    manifest = json.loads((Path(record.destination) / "manifest.json").read_text())
    assert manifest["counts"]["occurrences_kept"] == 2 and manifest["counts"]["occurrences_allowed"] == 0
    assert "Соколов" not in json.dumps(manifest, ensure_ascii=False)
    rows = audit_rows(vault, "release.keep")
    assert len(rows) == 2 and all(f'"transcript":"{tid}"' in d for _, d in rows)
    assert not any("Соколов" in d or "consent" in d for _, d in rows)  # no name and no free text in audit
    assert record.transcripts == [tid]


def test_a_kept_occurrence_must_match_its_text_and_have_a_reason(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UsageError, match="a release needs a reason"):
        Release.keep("t1", 0, 0, 5, "Павел", "  ")
    tid, plan, people = _registered_rejected(vault, make_media, 930)
    first = people[0]
    wrong = Release.keep(tid, first.segment, first.start, first.end, "Я" * len(first.original), "typo")
    with pytest.raises(UsageError, match="does not match the transcript text"):
        save_reviewed(vault, tid, plan, keeps=(wrong,))


def test_review_keys_r_warns_and_k_keeps_with_a_reason(vault_dir, make_media, cli) -> None:  # type: ignore[no-untyped-def]
    from intake.vault.open import unlock

    with unlock(vault_dir, "correct horse battery staple") as vault:
        add_entity(vault, NAME, "person", [], "m")
        tid = pseudonymised(vault, make_media, LINES, 935)
    answers = "correct horse battery staple\nr\nk\nconsented on tape\n\n"
    code, out, err = cli(["--vault", str(vault_dir), "review", tid], input=answers)
    assert code == 0, err
    assert "intake: warning: a registered name stays a leak when rejected" in err
    code, out, err = cli(["--vault", str(vault_dir), "leakcheck", tid], input="correct horse battery staple\n")
    assert code == 6 and f"{tid}: 1 hit(s)" in out  # the rejected one still gates, the kept one does not
    with unlock(vault_dir, "correct horse battery staple") as vault:
        assert [h.segment for h in leaks_in(vault, tid)] == [0]
        assert len(audit_rows(vault, "release.keep")) == 1
