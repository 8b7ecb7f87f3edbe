"""Round 22 field-mode review (F2-F9): ``intake field ingest`` as an interviewer types it."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from crypto.ageheader import header_length
from intake.field.package import read_layout
from tests.conftest import refuse_writes_to


def _field(cli: Any, vault_dir: Path, tmp_path: Path) -> Path:
    recipient = json.loads((vault_dir / "vault.json").read_text())["recipient"]
    field = tmp_path / "field"
    code, _, err = cli(["field", "init", str(field), "--recipient", recipient])
    assert code == 0, err
    return field


def test_f2_shred_refused_by_a_read_only_medium_is_a_warning_and_exit_7(  # type: ignore[no-untyped-def]
        cli, vault_dir: Path, tmp_path: Path, make_media, monkeypatch: pytest.MonkeyPatch) -> None:
    field = _field(cli, vault_dir, tmp_path)
    rec = make_media("wav", seconds=0.5)
    refuse_writes_to(monkeypatch, rec)
    code, out, err = cli(["field", "ingest", str(rec), "--field", str(field), "--interview", "P-017", "--shred"])
    assert code == 7, err
    assert rec.exists() and len(list((field / "outbox").glob("*.intake"))) == 1
    line = next(li for li in out.splitlines() if li.startswith("packaged"))
    assert "cannot shred" not in line and "ingested" not in out + err
    assert (f"intake: warning: {rec}: cannot shred (Read-only file system); the file was packaged but not "
            "removed: its plaintext is still readable") in err
    assert out.endswith("1 packaged, 0 failed, 1 original(s) not shredded\n")
    assert "intake: error: 1 of 1 original(s) could not be shredded" in err


def test_f4_originals_left_in_place_are_named_once_per_run(  # type: ignore[no-untyped-def]
        cli, vault_dir: Path, tmp_path: Path, make_media) -> None:
    field = _field(cli, vault_dir, tmp_path)
    recs = [make_media("wav", seconds=0.5, freq=f) for f in (440, 550)]
    code, _out, err = cli(["field", "ingest", *map(str, recs), "--field", str(field), "--interview", "P-017"])
    assert code == 0, err
    assert all(r.exists() for r in recs)
    assert err.count("intake: warning: 2 original(s) left in place, still readable: shred them or use "
                     "--shred") == 1
    code, _, err = cli(["field", "ingest", str(make_media("wav", seconds=0.5, freq=660)), "--field", str(field),
                        "--interview", "P-017", "--shred"])
    assert code == 0 and "left in place" not in err


def test_f5_recursive_reports_hidden_files_and_folders(  # type: ignore[no-untyped-def]
        cli, vault_dir: Path, tmp_path: Path, make_media) -> None:
    field = _field(cli, vault_dir, tmp_path)
    card = tmp_path / "card"
    (card / ".Trash-1000" / "files").mkdir(parents=True)
    make_media("ogg", seconds=0.5).rename(card / ".Trash-1000" / "files" / "x.ogg")
    make_media("ogg", seconds=0.5, freq=550).rename(card / ".hidden.ogg")
    (card / "._ZOOM0001.WAV").write_bytes(b"\x00\x05\x16\x07" + b"\x00" * 60)
    make_media("wav", seconds=0.5, freq=660).rename(card / "ZOOM0001.WAV")
    code, out, err = cli(["field", "ingest", str(card), "--recursive", "--field", str(field),
                          "--interview", "P-017"])
    assert code == 0, err
    assert out.endswith("1 packaged, 0 failed\n")
    assert ("intake: warning: --recursive skipped 3 hidden item(s), not packaged; a trash folder holds deleted "
            "recordings that are still readable:") in err
    for name in (".Trash-1000 (1 file(s) inside)", ".hidden.ogg", "._ZOOM0001.WAV"):
        assert f"  {card / name.split(' ')[0]}{name[len(name.split(' ')[0]):]}" in err
    assert "intake: hint: package a hidden recording by naming it" in err


def test_f6_metadata_length_does_not_depend_on_codes(  # type: ignore[no-untyped-def]
        cli, vault_dir: Path, tmp_path: Path, make_media) -> None:
    field = _field(cli, vault_dir, tmp_path)
    rec = make_media("wav", seconds=0.5)
    for code_, who in (("P-1", []), ("P-0123456789-0123456789-0123456", ["--interviewer", "I-0123456789abcdef"])):
        code, _, err = cli(["field", "ingest", str(rec), "--field", str(field), "--interview", code_, *who,
                            "--keep-name"])
        assert code == 0, err
    lengths = set()
    for pkg in (field / "outbox").glob("*.intake"):
        with open(pkg, "rb") as fh:
            meta = read_layout(fh, pkg.name).meta
        lengths.add(len(meta) - header_length(meta))  # rage adds a random "grease" stanza to each age header
    assert lengths == {4096 + 16 + 16}  # nonce, one STREAM chunk of the padded plaintext, its tag


def test_f6_unpadded_packages_of_earlier_releases_still_import(  # type: ignore[no-untyped-def]
        cli, vault_dir: Path, tmp_path: Path, make_media, monkeypatch: pytest.MonkeyPatch) -> None:
    import intake.field.package as package

    field = _field(cli, vault_dir, tmp_path)
    monkeypatch.setattr(package, "META_BUCKET", 1)  # as written before round 22: no padding
    code, _, err = cli(["field", "ingest", str(make_media("wav", seconds=0.5)), "--field", str(field),
                        "--interview", "P-017"])
    assert code == 0, err
    monkeypatch.undo()
    code, out, err = cli(["import", str(field / "outbox")], input="correct horse battery staple\n",
                         env={"INTAKE_VAULT": str(vault_dir)})
    assert code == 0, err
    assert out.endswith("1 imported, 0 duplicate, 0 failed\n")


def test_f8_ctrl_c_while_writing_the_package_is_an_interrupt(  # type: ignore[no-untyped-def]
        cli, vault_dir: Path, tmp_path: Path, make_media, monkeypatch: pytest.MonkeyPatch) -> None:
    from crypto import agefile

    field = _field(cli, vault_dir, tmp_path)
    rec = make_media("wav", seconds=0.5)
    real_write = agefile.HashingWriter.write
    calls = {"n": 0}

    def write(self: Any, data: Any) -> int:
        calls["n"] += 1
        if calls["n"] == 3:  # the first write pyrage makes: Ctrl-C while the recording is encrypted
            raise KeyboardInterrupt
        return real_write(self, data)

    monkeypatch.setattr(agefile.HashingWriter, "write", write)
    code, _, err = cli(["field", "ingest", str(rec), "--field", str(field), "--interview", "P-017", "--shred"])
    assert code == 130, err
    assert "internal error" not in err and "interrupted" in err
    assert list((field / "outbox").iterdir()) == [] and rec.exists()


def test_f8_encrypt_stream_reraises_an_interrupt_from_the_sink() -> None:
    from crypto import agefile

    class Sink:
        def write(self, data: bytes) -> int:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        agefile.encrypt_stream(io.BytesIO(b"x" * 1000), Sink(), [agefile.generate_keypair().recipient])


def test_f9_stale_part_files_are_reported_and_removed(  # type: ignore[no-untyped-def]
        cli, vault_dir: Path, tmp_path: Path, make_media) -> None:
    field = _field(cli, vault_dir, tmp_path)
    stale = field / "outbox" / ("ab" * 16 + ".intake.part")
    stale.write_bytes(b"encrypted partial package")
    code, _out, err = cli(["field", "ingest", str(make_media("wav", seconds=0.5)), "--field", str(field),
                          "--interview", "P-017", "--shred"])
    assert code == 0, err
    assert not stale.exists()
    assert ("intake: warning: removed 1 unfinished package(s) (.part) left by an interrupted run; they were "
            "encrypted, and their originals were not shredded") in err
