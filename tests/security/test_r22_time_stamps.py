"""Review round 22, finding 6: an export warns when a transcript's time stamps start far from zero.

Imported time stamps are exported as written: a first stamp of ``[14:05:00]`` tells coders the time of day
the interview was recorded (and the last one its length). The export says so for each such transcript
(first stamp more than 10 minutes in); docs/threat-model.md lists it as a known leak.
"""

from __future__ import annotations

from pathlib import Path

from intake.review.workflow import approve, pseudonymise

PASS = "correct horse battery staple"


def _imported(vault, tmp_path: Path, code: str, first: str) -> str:  # type: ignore[no-untyped-def]
    from intake.transcripts.imports import ImportOptions, import_transcript

    path = tmp_path / f"{code}.txt"
    path.write_text(f"[{first}] Thank you for coming today.\n[14:06:10] It is good to be here.\n", encoding="utf-8")
    result = import_transcript(vault, path, ImportOptions(interview=code, language="en"))
    assert result.transcript_id is not None, result.message
    pseudonymise(vault, result.transcript_id)
    approve(vault, result.transcript_id, accept_rest=True)
    return result.transcript_id


def test_r22_export_warns_about_a_first_stamp_far_from_zero(vault_dir, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from intake.vault.open import unlock

    with unlock(vault_dir, PASS) as vault:
        late = _imported(vault, tmp_path, "P-222", "14:05:00")
        early = _imported(vault, tmp_path, "P-223", "00:09:59")
    code, _out, err = cli(["--vault", str(vault_dir), "export", "--to", str(tmp_path / "o"), "--all-approved",
                          "--format", "txt"], input=PASS + "\n")
    assert code == 0, err
    assert (f"intake: warning: P-222: transcript {late}: its first time stamp is 14:05:00; time stamps are exported "
            "as written and may tell coders when the interview was recorded and how long it was") in err
    assert early not in err
