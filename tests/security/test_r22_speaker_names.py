"""Review round 22, finding 3: speaker display names get the interview codes' check, renaming one withdraws
an approval, and the residual-risk scan reads them.

Before, ``intake speakers TID --names-from -`` accepted ``Petrov-1`` and ``IvanPetrov`` for a registered
``Ivan Petrov`` (only the detectors and the leak matcher looked at the name, not the code check that refuses
such interview codes); renaming a speaker of an approved transcript changed what the next export shows
without a new approval; and the independent residual scan read segment text only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.errors import LeakGateError, RefusedError, ResidualRiskError, UsageError
from intake.review.release import ExportRequest, export
from intake.review.residual import mask_findings, residual_check
from intake.review.speakers import set_speaker_names
from intake.review.store import add_entity
from intake.review.workflow import approve, pseudonymise
from intake.transcripts.store import get_transcript_info, save_speaker_names_in_tx

PASS = "correct horse battery staple"
TEXT = ("Interviewer: Thank you for coming today.\nSPEAKER_01: It is good to be here.\n"
        "Interviewer: Where did it start?\nSPEAKER_01: At the factory.\n")


def _approved(vault, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    from intake.transcripts.imports import ImportOptions, import_transcript

    path = tmp_path / "P-221.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = import_transcript(vault, path, ImportOptions(interview="P-221", language="en"))
    assert result.transcript_id is not None, result.message
    pseudonymise(vault, result.transcript_id)
    approve(vault, result.transcript_id, accept_rest=True)
    return result.transcript_id


@pytest.mark.parametrize("name", ["Petrov-1", "IvanPetrov", "R-Petrova"])
def test_r22_a_speaker_name_that_spells_a_registered_name_is_refused(vault, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    add_entity(vault, "Ivan Petrov", "person", [], "m")
    tid = _approved(vault, tmp_path)
    with pytest.raises(UsageError, match="not an identifying name") as caught:
        set_speaker_names(vault, tid, {"S2": name})
    assert name not in caught.value.message and "Petrov" not in str(caught.value.hint)
    set_speaker_names(vault, tid, {"S2": "R-17"})  # a pseudonymous code still passes


def test_r22_cli_refuses_the_code_shaped_name_from_standard_input(vault_dir, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from intake.vault.open import unlock

    with unlock(vault_dir, PASS) as vault:
        add_entity(vault, "Ivan Petrov", "person", [], "m")
        tid = _approved(vault, tmp_path)
    code, out, err = cli(["--vault", str(vault_dir), "speakers", tid, "--names-from", "-"],
                         input=f"{PASS}\nS2=IvanPetrov\n")
    assert code == 2 and "a speaker name must be a role or a pseudonymous code" in err
    assert "IvanPetrov" not in out + err


def test_r22_the_leak_gate_refuses_a_code_shaped_speaker_name_set_earlier(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from intake.review.leaks import describe_hits, leaks_in

    tid = _approved(vault, tmp_path)
    add_entity(vault, "Ivan Petrov", "person", [], "m")
    with vault.transaction():  # named before the entity was registered, or by an older Intake
        save_speaker_names_in_tx(vault, tid, {"S1": "Interviewer", "S2": "Petrov-1"})
    hits = leaks_in(vault, tid)
    assert [(h.segment, h.start, h.surface) for h in hits] == [(1, -1, "Petrov-1")]
    assert describe_hits(vault, tid, hits)[0].fix == f"intake speakers {tid} --names-from -"
    with pytest.raises(LeakGateError):
        export(vault, ExportRequest(to=tmp_path / "o", all_approved=True, formats=frozenset({"txt"})))


def test_r22_renaming_a_speaker_withdraws_the_approval(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tid = _approved(vault, tmp_path)
    assert get_transcript_info(vault, tid).status == "approved"
    set_speaker_names(vault, tid, {"S2": "Respondent"})
    assert get_transcript_info(vault, tid).status == "reviewed"
    with pytest.raises(RefusedError, match="only approved transcripts can be exported"):
        export(vault, ExportRequest(to=tmp_path / "o", interviews=("P-221",), formats=frozenset({"txt"})))
    approve(vault, tid, accept_rest=True)
    set_speaker_names(vault, tid, {"S2": "Respondent"})  # the same name again changes nothing
    assert get_transcript_info(vault, tid).status == "approved"


def test_r22_the_residual_scan_reads_speaker_names(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tid = _approved(vault, tmp_path)
    with vault.transaction():  # a name set before the checks existed (or by an older Intake)
        save_speaker_names_in_tx(vault, tid, {"S1": "Interviewer", "S2": "Mother of Bazhena Zlotnik"})
    left = residual_check(vault, tid).left
    assert [(f.id, f.segment, f.kind) for f in left] == [("S2.1", -1, "capitalised"), ("S2.2", -1, "capitalised")]
    assert left[0].line().startswith("S2.1 speaker S2: capitalised: …")
    with pytest.raises(ResidualRiskError):
        export(vault, ExportRequest(to=tmp_path / "o", all_approved=True, formats=frozenset({"txt"})))
    with pytest.raises(UsageError, match="a speaker name cannot be masked or released"):
        mask_findings(vault, tid, ["S2.1"])
