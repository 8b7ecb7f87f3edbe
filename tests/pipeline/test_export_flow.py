"""Export from the vault: approve gating, the leak gate (planted genitive), determinism, age bundles, audit."""

from __future__ import annotations

import io
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from crypto import agefile
from intake.errors import RefusedError
from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
from intake.pseudonymise.releases import parse_allowance
from intake.review.release import ExportRequest, export, list_exports
from intake.review.store import add_entity
from intake.review.workflow import approve, pseudonymise
from intake.transcripts.run import transcribe_recording
from transcribe import FakeEngine, FakeLine, TranscribeOptions


def _approved(vault, make_media, code: str, lines: list[str], freq: int) -> str:  # type: ignore[no-untyped-def]
    rec = ingest_file(vault, make_media("wav", seconds=2.0, freq=freq), IngestOptions(interview=code))
    engine = FakeEngine([FakeLine(i * 2.0, i * 2.0 + 1.5, t) for i, t in enumerate(lines)], language="ru")
    tid = transcribe_recording(vault, rec.recording_id, engine, TranscribeOptions(language="ru")).id
    pseudonymise(vault, tid)
    approve(vault, tid, accept_rest=True)
    return tid


def test_only_approved_transcripts_leave_and_are_named(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _approved(vault, make_media, "P-017", ["Марину Ковальчук перевели в ИК-4."], 300)
    rec = ingest_file(vault, make_media("wav", freq=310), IngestOptions(interview="P-018"))
    draft = transcribe_recording(vault, rec.recording_id, FakeEngine([FakeLine(0, 1, "текст")]),
                                 TranscribeOptions()).id
    with pytest.raises(RefusedError, match=draft):
        export(vault, ExportRequest(to=tmp_path / "out", interviews=("P-017", "P-018")))
    assert not (tmp_path / "out").exists()
    record = export(vault, ExportRequest(to=tmp_path / "out", all_approved=True))
    assert record.transcripts and draft not in record.transcripts
    assert Path(record.destination) == tmp_path / "out" / record.id  # the bundle's folder is the export id
    assert [n.interview for n in record.notes] == ["P-018"] and not record.partial  # the draft is named
    txt = (tmp_path / "out" / record.id / "txt" / "P-017.txt").read_bytes()
    assert b"\r\n" in txt and "Ковальчук".encode() not in txt and "Марин".encode() not in txt


def _plant(vault, tid: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Simulate a detector miss: the approved anonymised text still holds ``text``."""
    import json

    row = vault.conn.execute("SELECT id, segments FROM anonymised WHERE transcript_id=? ORDER BY version DESC",
                             (tid,)).fetchone()
    doc = json.loads(row[1])
    doc["segments"][0]["text"] += " " + text
    vault.conn.execute("UPDATE anonymised SET segments=? WHERE id=?", (json.dumps(doc, ensure_ascii=False), row[0]))


def test_leak_gate_refuses_a_planted_genitive_and_allow_is_audited(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_entity(vault, "Марина Ковальчук", "person", ["Маринка"], "f")
    tid = _approved(vault, make_media, "P-021", ["Передачу собрали быстро."], 330)
    # lower case, as speech recognition writes it (a capitalised plant is also refused by the residual-risk
    # gate, which no leak-check allowance waives: tests/security/test_residual_gate.py)
    _plant(vault, tid, "Письмо от марины ковальчук пришло.")
    with pytest.raises(RefusedError, match="leak check") as info:
        export(vault, ExportRequest(to=tmp_path / "a", all_approved=True))
    assert "марины ковальчук" in info.value.message and "P-021" in info.value.message
    assert not (tmp_path / "a").exists()
    with pytest.raises(RefusedError, match="leak check"):  # a name is never waived by its text alone
        export(vault, ExportRequest(to=tmp_path / "a", all_approved=True,
                                    allow=(parse_allowance("марины ковальчук", "consented"),)))
    record = export(vault, ExportRequest(to=tmp_path / "a", all_approved=True,
                                         allow=(parse_allowance(f"{tid}:0:марины ковальчук", "consented"),)))
    assert record.allowed == 1
    row = vault.conn.execute("SELECT details FROM audit WHERE action='export'").fetchone()
    assert '"allowed":1' in row[0] and record.manifest_sha256 in row[0]


def test_export_is_deterministic(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _approved(vault, make_media, "P-030", ["Её задержали двенадцатого августа двадцатого года в Минске."], 340)
    req = dict(all_approved=True, codebook="dolowitz-marsh")
    one = Path(export(vault, ExportRequest(to=tmp_path / "one", **req)).destination)  # type: ignore[arg-type]
    two = Path(export(vault, ExportRequest(to=tmp_path / "two", **req)).destination)  # type: ignore[arg-type]
    files = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    assert files and all((one / f).read_bytes() == (two / f).read_bytes() for f in files)
    assert len(list_exports(vault)) == 2


@pytest.mark.skipif(shutil.which("age") is None, reason="the age command is not installed")
def test_age_bundle_opens_with_the_age_command(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _approved(vault, make_media, "P-040", ["Адвокат приходит раз в месяц."], 350)
    coder = agefile.generate_keypair()
    key = tmp_path / "coder.txt"
    key.write_text(coder.identity + "\n")
    record = export(vault, ExportRequest(to=tmp_path / "coders.age", all_approved=True,
                                         recipients=(coder.recipient,)))
    plain = subprocess.run(["age", "-d", "-i", str(key), str(tmp_path / "coders.age")], capture_output=True,
                           check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        names = tar.getnames()
    assert f"{record.id}/manifest.json" in names and f"{record.id}/txt/P-040.txt" in names
    assert {n.split("/")[0] for n in names} == {record.id}  # unpacks into one folder named after the export id


def _source_guids(out: Path) -> list[str]:
    import zipfile

    with zipfile.ZipFile(out / "refi-qda" / "interviews.qdpx") as archive:
        return sorted(n for n in archive.namelist() if n.startswith("sources/"))


def test_two_vaults_with_the_same_code_export_different_guids(vault, make_media, passphrase: str,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path) -> None:
    """Issue 17, item 5: a P-017 from this vault and one from another never collide in a merged project."""
    from intake.vault.open import create_vault

    _approved(vault, make_media, "P-017", ["Первая студия."], 360)
    a = export(vault, ExportRequest(to=tmp_path / "a", all_approved=True, formats=frozenset({"qdpx"})))
    a2 = export(vault, ExportRequest(to=tmp_path / "a2", all_approved=True, formats=frozenset({"qdpx"})))
    with create_vault(tmp_path / "other", passphrase, settings=vault.settings) as other:
        _approved(other, make_media, "P-017", ["Первая студия."], 360)
        b = export(other, ExportRequest(to=tmp_path / "b", all_approved=True, formats=frozenset({"qdpx"})))
    guids_a, guids_b = _source_guids(tmp_path / "a" / a.id), _source_guids(tmp_path / "b" / b.id)
    assert guids_a == _source_guids(tmp_path / "a2" / a2.id)
    assert len(guids_a) == 1
    assert not set(guids_a) & set(guids_b)


def test_cli_exports_the_maxqda_variant_on_letter_paper(vault, vault_dir: Path, make_media, cli,  # type: ignore[no-untyped-def]
                                                        passphrase: str, tmp_path: Path) -> None:
    import docx

    _approved(vault, make_media, "P-050", ["Письма доходят не всегда."], 370)
    vault.close()  # the CLI opens the vault itself
    out = tmp_path / "bundle"
    code, _, err = cli(["--vault", str(vault_dir), "export", "--to", str(out), "--all-approved",
                        "--format", "maxqda-txt,docx", "--page-size", "letter"], input=f"{passphrase}\n")
    assert code == 0, err
    (bundle,) = [p for p in out.iterdir() if p.is_dir()]  # the folder named after the export id
    assert (bundle / "maxqda" / "P-050.txt").read_bytes().startswith(b"\xef\xbb\xbf[00:00:00] ")
    section = docx.Document(str(bundle / "docx" / "P-050.docx")).sections[0]
    assert round(section.page_width.inches, 2) == 8.5
    code, _, err = cli(["--vault", str(vault_dir), "export", "--to", str(tmp_path / "x"), "--all-approved",
                        "--format", "pdf"], input=f"{passphrase}\n")
    assert code != 0 and "formats are txt, maxqda-txt, docx, qdpx" in err
