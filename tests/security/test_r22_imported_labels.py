"""Review round 22, finding 2: a speaker's name known from an imported transcript's labels gates.

An imported ``.txt`` written ``Zlata: …`` / ``Bazhena: …`` keeps those labels (as ``S1``, ``S2``) in the
version's options only. Before, nothing searched for them: the export held ``bazhena, and my friend calls
me [PERSON-03]`` with the leak check and the residual scan both at 0 hits. Now every imported label that is
not a role or a numbered speaker is a name the transcript's own leak check searches for (every form the
matcher handles, any case), and ``pseudonymise`` suggests it as a PERSON item; rejecting that item does not
switch the gate off (like a registered name, an occurrence stays only through a kept release or an
audited allowance).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gate_helpers import approve_raw, plant

from intake.errors import LeakGateError, RefusedError
from intake.pseudonymise.plan import decide
from intake.review.leaks import leaks_in
from intake.review.release import ExportRequest, export
from intake.review.store import latest_anonymised_segments, require_plan
from intake.review.workflow import approve, pseudonymise, save_reviewed

PASS = "correct horse battery staple"
TEXT = ("Zlata: How should I call you?\n"
        "Bazhena: My name is bazhena, and my friend calls me Bazhenka.\n"
        "Zlata: Where did it start?\n"
        "Bazhena: It started at the factory.\n")


def _import(vault, tmp_path: Path, text: str = TEXT) -> str:  # type: ignore[no-untyped-def]
    from intake.transcripts.imports import ImportOptions, import_transcript

    path = tmp_path / "P-220.txt"
    path.write_text(text, encoding="utf-8")
    result = import_transcript(vault, path, ImportOptions(interview="P-220", language="en"))
    assert result.status == "imported", result.message
    assert result.transcript_id is not None
    return result.transcript_id


def _anonymised(vault, tid: str) -> str:  # type: ignore[no-untyped-def]
    return " ".join(s.text for s in latest_anonymised_segments(vault, tid) or [])


def test_r22_cli_import_then_pseudonymise_masks_the_label_names(vault_dir, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "P-220.txt"
    path.write_text(TEXT, encoding="utf-8")
    env = {"INTAKE_PASSPHRASE": PASS, "INTAKE_VAULT": str(vault_dir)}
    code, out, err = cli(["transcripts", "import", str(path), "--interview", "P-220", "--language", "en"], env=env)
    assert code == 0, err
    tid = out.split(" transcript ", 1)[1].split()[0]
    code, out, err = cli(["pseudonymise", tid], env=env)
    assert code == 0, err
    code, out, err = cli(["transcripts", "show", tid], env=env)
    assert code == 0, err
    assert "bazhena" not in out.lower() and "zlata" not in out.lower()


def test_r22_the_gate_searches_the_label_names_in_any_case(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tid = _import(vault, tmp_path)
    pseudonymise(vault, tid)
    assert "bazhena" not in _anonymised(vault, tid).lower()
    assert leaks_in(vault, tid) == []
    plant(vault, tid, "BAZHENA and zlata said so")  # a detector miss, as the reviewer saw it
    hits = leaks_in(vault, tid)
    assert sorted(h.surface for h in hits) == ["BAZHENA", "zlata"]
    assert all(h.kind == "registered:PERSON" for h in hits)


def test_r22_rejecting_the_suggested_label_name_keeps_approval_and_export_refused(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tid = _import(vault, tmp_path)
    pseudonymise(vault, tid)
    plan = require_plan(vault, tid)
    named = [i for i in plan.items if i.original.lower().startswith("bazhena")]
    assert named and all(i.label == "PERSON" for i in named)
    for item in plan.items:
        plan = decide(plan, item.id, "rejected" if item in named else "accepted")
    save_reviewed(vault, tid, plan)
    assert "bazhena" in _anonymised(vault, tid).lower()
    with pytest.raises(RefusedError, match="the leak check found"):
        approve(vault, tid)
    approve_raw(vault, tid)
    with pytest.raises(LeakGateError) as caught:
        export(vault, ExportRequest(to=tmp_path / "o", all_approved=True, formats=frozenset({"txt"})))
    assert "speaker label in transcript" in caught.value.message
    assert not (tmp_path / "o").exists()


def test_r22_roles_and_numbered_labels_are_not_names(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tid = _import(vault, tmp_path, "Interviewer: Hello, respondent.\nSPEAKER_01: Hello, interviewer.\n"
                                    "Interviewer: Speaker one?\nSPEAKER_01: Yes.\n")
    pseudonymise(vault, tid)
    assert leaks_in(vault, tid) == []
    assert not [i for i in require_plan(vault, tid).items if i.label == "PERSON"]
