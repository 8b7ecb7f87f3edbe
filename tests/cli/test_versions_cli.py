"""Versions, batch work and short ids through the CLI, as a steward types them (issue 15)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
from intake.ingest.recordings import list_recordings
from intake.review.workflow import approve, pseudonymise
from intake.transcripts.run import transcribe_recording
from intake.vault.open import Vault, unlock
from tests.conftest import PASSPHRASE, cheap_settings
from transcribe import FakeEngine, FakeLine, TranscribeOptions

Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(cli, vault_dir: Path) -> Cli:  # type: ignore[no-untyped-def]
    def invoke(*args: str) -> tuple[int, str, str]:
        return cli(list(args), env={"INTAKE_VAULT": str(vault_dir), "INTAKE_PASSPHRASE": PASSPHRASE})

    return invoke


def _open(vault_dir: Path) -> Vault:
    return unlock(vault_dir, PASSPHRASE, settings=cheap_settings())


def _engine(text: str = "Мы ждали долго.", language: str = "ru") -> FakeEngine:
    return FakeEngine([FakeLine(0.0, 1.0, text)], language=language)


def _recordings(vault_dir: Path, make_media, codes: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    with _open(vault_dir) as vault:
        return [ingest_file(vault, make_media("wav", seconds=1.0, freq=500 + n), IngestOptions(interview=code))
                .recording_id for n, code in enumerate(codes)]


def _transcript(vault_dir: Path, rec: str, text: str = "Мы ждали долго.", *, approved: bool = False) -> str:
    with _open(vault_dir) as vault:
        tid = transcribe_recording(vault, rec, _engine(text), TranscribeOptions(language="ru")).id
        pseudonymise(vault, tid)
        if approved:
            approve(vault, tid, accept_rest=True)
    return tid


def test_transcribe_all_takes_only_recordings_without_a_transcript(run: Cli, vault_dir: Path, make_media,  # type: ignore[no-untyped-def]
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    done, fresh = _recordings(vault_dir, make_media, ["P-201", "P-202"])
    old = _transcript(vault_dir, done, approved=True)
    monkeypatch.setattr("intake.cli.transcribe_cmds._load_engine", lambda *a: _engine())
    code, out, err = run("transcribe", "--all", "--speakers", "2", "--language", "en")  # other options
    assert code == 0, err
    assert out.startswith(f"{fresh} -> transcript ") and done not in out  # the approved one is left alone
    code, out, _ = run("transcribe", "--all")
    assert code == 0 and out.startswith("nothing to transcribe")
    code, _, err = run("transcribe", done[:6])
    assert code == 6 and f"already transcribed: {done} (v1 {old}, approved)" in err and "--again" in err
    code, out, err = run("transcribe", done[:6], "--again")
    assert code == 0, err
    assert f"; supersedes v1 ({old}, approved); approved v1 stays exportable until the new version is approved" in out
    assert "'intake pseudonymise " in out


def test_export_all_approved_names_what_it_leaves_out_and_exits_7(run: Cli, vault_dir: Path, make_media,  # type: ignore[no-untyped-def]
                                                                   tmp_path: Path) -> None:
    one, two, three = _recordings(vault_dir, make_media, ["P-203", "P-204", "P-205"])
    first = _transcript(vault_dir, one, approved=True)
    _transcript(vault_dir, two, "Письма приходили редко.", approved=True)
    draft = _transcript(vault_dir, one, "We waited long.")  # transcribed again: a draft
    never = _transcript(vault_dir, three, "Это черновик.")
    code, out, err = run("export", "--to", str(tmp_path / "a"), "--all-approved", "--format", "txt")
    assert code == 7, err
    assert out.startswith("export ") and "1 transcript(s)" in out
    assert (f"intake: warning: P-203: recording {one} skipped: approved v1 ({first}) is superseded by v2 "
            f"({draft}, draft), not approved") in err
    assert f"intake: warning: P-205: recording {three} skipped: v1 ({never}, draft) is not approved" in err
    assert "intake: error: 1 approved recording(s) left out" in err and "--skip-unapproved" in err
    code, out, err = run("export", "--to", str(tmp_path / "b"), "--all-approved", "--format", "txt",
                         "--skip-unapproved")
    assert code == 0, err
    assert "2 transcript(s)" in out and f"exported the last approved version v1 ({first})" in err
    (bundle,) = (tmp_path / "b").iterdir()
    assert out.split()[1].rstrip(":") == bundle.name  # the bundle's folder is the export id
    code, out, _ = run("exports", "show", bundle.name[:6])
    assert code == 0 and bundle.name in out


def test_approve_several_reports_each_and_exits_7_when_one_fails(run: Cli, vault_dir: Path, make_media) -> None:  # type: ignore[no-untyped-def]
    recs = _recordings(vault_dir, make_media, ["P-206", "P-207", "P-208"])
    ok = _transcript(vault_dir, recs[0])
    old = _transcript(vault_dir, recs[1])
    new = _transcript(vault_dir, recs[1], "Мы ждали очень долго.")
    code, out, err = run("approve", ok, old, "--yes")
    assert code == 7
    assert out == f"{ok}: approved for export\n"
    assert f"intake: error: {old}: not approved: transcript {old} is version 1 of recording {recs[1]}; " \
           f"version 2 ({new}, draft) is newer: only the latest version can be approved" in err
    assert "1 of 2 transcript(s) not approved" in err
    code, _, err = run("approve", old, "--yes")
    assert code == 6 and "only the latest version can be approved" in err
    code, out, err = run("approve", "--all-reviewed")
    assert code == 0 and out.startswith("nothing to approve")


def test_status_shows_the_worklist(run: Cli, vault_dir: Path, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    recs = _recordings(vault_dir, make_media, ["P-209", "P-210", "P-211", "P-212"])
    draft = _transcript(vault_dir, recs[1], "Меня допрашивал Громов.")
    approved = _transcript(vault_dir, recs[2], approved=True)
    newer = _transcript(vault_dir, recs[2], "Мы ждали очень долго.")
    code, out, err = run("export", "--to", str(tmp_path / "e"), "--all-approved", "--skip-unapproved")
    assert code == 0, err
    code, out, err = run("status", "--json")
    assert code == 0, err
    work = json.loads(out)["worklist"]
    waiting = work["untranscribed"]["ids"]
    with _open(vault_dir) as vault:  # in recording order: ingest time, then id
        assert waiting == [r.id for r in list_recordings(vault) if r.id in (recs[0], recs[3])]
    assert sorted(work["drafts"]["ids"]) == sorted([draft, newer]) and work["undecided"]["ids"] == {draft: 1}
    assert work["approved"]["ids"] == [approved] and work["superseded_by_draft"]["ids"] == [approved]
    assert work["exported"] == {"count": 1, "ids": [approved]}
    code, out, _ = run("status")
    lines = out.splitlines()
    assert lines[lines.index("worklist") + 1] == (f"  to transcribe            2  {waiting[0]}, {waiting[1]}   "
                                                  "(intake transcribe --all)")
    assert f"  items undecided          1  {draft} (1)   (intake review ID)" in lines


def test_short_prefixes_and_a_recording_id_where_a_transcript_id_belongs(run: Cli, vault_dir: Path, make_media,  # type: ignore[no-untyped-def]
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    (rec,) = _recordings(vault_dir, make_media, ["P-213"])
    ids = iter([bytes.fromhex("f7931fa00001"), bytes.fromhex("f7931fb00002")])
    monkeypatch.setattr("intake.transcripts.store.os", SimpleNamespace(urandom=lambda n: next(ids)))
    first = _transcript(vault_dir, rec)
    second = _transcript(vault_dir, rec, "Мы ждали очень долго.")
    code, out, err = run("transcripts", "show", "f7931fb")
    assert code == 0 and "Мы ждали очень долго." in out, err
    code, _, err = run("transcripts", "show", "f7931f")
    assert code == 2
    assert f"intake: error: transcript id prefix 'f7931f' is ambiguous: {first}, {second}" in err
    code, _, err = run("transcripts", "show", rec[:8])
    assert code == 3
    assert (f"intake: error: {rec[:8]}: that is a recording id; its transcripts are: {first} (v1, draft), "
            f"{second} (v2, draft)") in err
    assert f"intake: hint: give a transcript id; the latest version is {second}" in err
    code, out, _ = run("recordings", "show", rec[:6])
    assert code == 0 and rec in out


def test_pseudonymise_an_approved_transcript_is_refused_with_a_hint(run: Cli, vault_dir: Path, make_media) -> None:  # type: ignore[no-untyped-def]
    (rec,) = _recordings(vault_dir, make_media, ["P-214"])
    tid = _transcript(vault_dir, rec, approved=True)
    code, _, err = run("pseudonymise", tid)
    assert code == 6
    assert err.splitlines()[-2:] == [
        f"intake: error: transcript {tid} is approved; planning it again would change what is exported",
        f"intake: hint: 'intake pseudonymise {tid} --reopen' plans it again as a draft (not exportable until "
        "approved again)"]
    code, out, err = run("pseudonymise", tid, "--reopen")
    assert code == 0 and "anonymised draft" in out, err


def test_review_and_show_list_what_was_not_carried(run: Cli, vault_dir: Path, make_media) -> None:  # type: ignore[no-untyped-def]
    from intake.pseudonymise.plan import decide
    from intake.review.store import require_plan
    from intake.review.workflow import save_reviewed

    (rec,) = _recordings(vault_dir, make_media, ["P-215"])
    old = _transcript(vault_dir, rec, "Следователь Громов кричал.")
    with _open(vault_dir) as vault:
        plan = require_plan(vault, old)
        save_reviewed(vault, old, decide(plan, plan.items[0].id, "accepted"))
    new = _transcript(vault_dir, rec, "Следователь громко кричал.")
    code, _, err = run("transcripts", "show", new)
    assert code == 0
    assert err.splitlines()[-2:] == [
        f"intake: warning: {new}: 1 decision(s) of v1 ({old}) could not be carried to this version; decide them "
        "again (0 carried):",
        "intake: warning:   not carried: decision PERSON accepted [PERSON-01]: segment 0 (00:00:00-00:00:01)"]
    code, _, err = run("review", new, "--list")
    assert code == 0 and "not carried: decision PERSON accepted" in err and "Громов" not in err
