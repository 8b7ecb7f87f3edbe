"""Encrypted ingest: round trips, age interop, bad input, duplicates, shredding, no plaintext copies."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from crypto import agefile
from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file, ingest_many
from intake.ingest.recordings import export_recording, get_recording, list_recordings, recording_identity
from intake.vault.check import verify_vault

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
OPTS = IngestOptions(interview="P-017", language="ru")


def _decrypt(vault, rec_id: str) -> bytes:  # type: ignore[no-untyped-def]
    rec = get_recording(vault, rec_id)
    out = io.BytesIO()
    with open(vault.blobs / rec.blob, "rb") as fh:
        agefile.decrypt_stream(fh, out, recording_identity(vault, rec_id))
    return out.getvalue()


@pytest.mark.parametrize("ext", ["wav", "mp3", "m4a", "ogg", "opus", "flac", "mp4", "mov"])
def test_round_trip_every_container(vault, make_media, ext: str) -> None:  # type: ignore[no-untyped-def]
    src = make_media(ext, seconds=2.0)
    original = src.read_bytes()
    result = ingest_file(vault, src, OPTS)
    assert result.status == "ingested", result.message
    rec = get_recording(vault, result.recording_id)
    assert rec.sha256 == hashlib.sha256(original).hexdigest() and rec.size == len(original)
    assert rec.duration == pytest.approx(2.0, abs=0.15)
    assert rec.original_name is None
    assert _decrypt(vault, rec.id) == original
    assert rec.blob.endswith(".age") and len(rec.blob) == 36
    assert src.stem not in rec.blob


def test_real_speech_and_keep_name(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    jfk = SHARED / "audio" / "jfk.flac"
    if not jfk.exists():
        pytest.skip("shared data absent")
    src = tmp_path / "Марина interview.flac"
    shutil.copy(jfk, src)
    result = ingest_file(vault, src, IngestOptions(interview="P-1", keep_name=True))
    rec = get_recording(vault, result.recording_id)
    assert rec.original_name == "Марина interview.flac"
    assert rec.codec == "flac" and rec.duration == pytest.approx(11.0, abs=0.1)


@pytest.mark.skipif(shutil.which("age") is None, reason="the age command is not installed")
def test_blob_opens_with_the_standard_age_command(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = make_media("wav", seconds=1.0)
    rec = get_recording(vault, ingest_file(vault, src, OPTS).recording_id)
    key = tmp_path / "key.txt"
    key.write_text(recording_identity(vault, rec.id) + "\n")
    out = subprocess.run(["age", "-d", "-i", str(key), str(vault.blobs / rec.blob)], capture_output=True, check=True)
    assert out.stdout == src.read_bytes()


def test_duplicate_is_reported_and_skipped(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = make_media("flac")
    copy = tmp_path / "copy.flac"
    shutil.copy(src, copy)
    report = ingest_many(vault, [src, copy], OPTS)
    assert [r.status for r in report.results] == ["ingested", "duplicate"]
    assert len(list_recordings(vault)) == 1
    assert len(list(vault.blobs.iterdir())) == 1 and not list(vault.tmp.iterdir())


def _bad_inputs(tmp_path: Path, vault_dir: Path, make_media) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "notmedia.mp3").write_bytes(os.urandom(5000))
    (bad / "text.wav").write_text("RIFF but not really\n" * 50)
    (bad / "empty.m4a").write_bytes(b"")
    for ext in ("wav", "flac", "m4a"):
        good = make_media(ext, seconds=8.0)
        (bad / f"truncated.{ext}").write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    (bad / "link.wav").symlink_to(good)
    os.mkfifo(bad / "fifo.wav")
    inside = vault_dir / "tmp" / "inside.wav"
    shutil.copy(make_media("wav"), inside)
    return {"notmedia": bad / "notmedia.mp3", "text": bad / "text.wav", "empty": bad / "empty.m4a",
            "truncated_wav": bad / "truncated.wav",
            "truncated_flac": bad / "truncated.flac", "truncated_m4a": bad / "truncated.m4a",
            "symlink": bad / "link.wav", "fifo": bad / "fifo.wav",
            "inside": inside, "missing": bad / "missing.wav"}


EXPECTED = {"notmedia": "not a readable audio", "text": "not a readable audio", "empty": "empty (0 bytes)",
            "truncated_wav": "truncated", "truncated_flac": "truncated", "truncated_m4a": "not a readable",
            "symlink": "symbolic link", "fifo": "not a regular file",
            "inside": "inside the vault", "missing": "cannot read"}


def test_each_bad_input_gets_a_clear_error(vault, vault_dir: Path, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cases = _bad_inputs(tmp_path, vault_dir, make_media)
    good = make_media("ogg")
    report = ingest_many(vault, [*cases.values(), good], OPTS)
    by_path = {r.source: r for r in report.results}
    for name, path in cases.items():
        assert by_path[path].status == "failed", name
        assert EXPECTED[name] in by_path[path].message, (name, by_path[path].message)
    assert by_path[good].status == "ingested"  # the batch went on
    assert report.failed == len(cases)
    assert len(list(vault.blobs.iterdir())) == 1 and not [p for p in vault.tmp.iterdir() if p.name != "inside.wav"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files regardless of permissions")
def test_unreadable_file(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    src = make_media("wav")
    src.chmod(0)
    result = ingest_file(vault, src, OPTS)
    assert result.status == "failed" and "cannot read" in result.message


def test_recursive_folder_with_odd_names_and_a_loop(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "card"
    (root / "DCIM" / "sub").mkdir(parents=True)
    names = ["-leading dash.wav", "new\nline.wav", "Запіс ў Мінску.flac", "quote'\"&$(x).ogg"]
    for i, name in enumerate(names):
        shutil.copy(make_media(name.rsplit(".", 1)[1], freq=300 + 50 * i), root / "DCIM" / name)
    (root / "DCIM" / "sub" / "loop").symlink_to(root, target_is_directory=True)
    (root / ".hidden.wav").write_bytes(b"x")
    report = ingest_many(vault, [root], OPTS, recursive=True)
    assert report.count("ingested") == len(names)
    assert (report.failed == 1 and "symbolic link" in report.results[-1].message) or any(
        "symbolic link" in r.message for r in report.results)


def test_folder_without_recursive_is_an_error(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = ingest_many(vault, [tmp_path], OPTS)
    assert report.failed == 1 and "--recursive" in report.results[0].message


def test_shred_removes_original_only_after_verification(vault, make_media, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    src = make_media("wav", freq=880)
    result = ingest_file(vault, src, IngestOptions(interview="P-2", shred=True))
    assert result.shredded and not src.exists()

    other = make_media("wav", freq=990)
    import intake.vault.blobs as blobs

    def broken_verify(path, identity, sha):  # type: ignore[no-untyped-def]
        from intake.errors import DamagedError
        raise DamagedError("read-back check failed")

    monkeypatch.setattr(blobs, "_verify_file", broken_verify)
    with pytest.raises(Exception, match="read-back"):
        ingest_file(vault, other, IngestOptions(interview="P-2", shred=True))
    assert other.exists()  # never shredded without a verified copy
    assert len(list_recordings(vault)) == 1 and not list(vault.tmp.iterdir())


def test_no_file_outside_blobs_and_catalog_holds_original_bytes(vault, vault_dir: Path, make_media) -> None:  # type: ignore[no-untyped-def]
    src = make_media("wav", seconds=3.0, freq=1234)
    data = src.read_bytes()
    probes = [data[i: i + 64] for i in range(1000, len(data) - 64, len(data) // 10)]
    ingest_file(vault, src, OPTS)
    for path in vault_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert not any(p in content for p in probes), f"plaintext audio found in {path}"


def test_export_refuses_overwrite_and_is_audited(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = make_media("flac")
    rec_id = ingest_file(vault, src, OPTS).recording_id
    out = tmp_path / "listen.flac"
    export_recording(vault, rec_id, out)
    assert out.read_bytes() == src.read_bytes()
    from intake.errors import UsageError
    with pytest.raises(UsageError, match="refusing to overwrite"):
        export_recording(vault, rec_id, out)
    actions = [r[0] for r in vault.conn.execute("SELECT action FROM audit ORDER BY seq")]
    assert actions.count("recording.export") == 1 and "recording.ingest" in actions


def test_verify_reports_missing_damaged_and_extra(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    ids = [ingest_file(vault, make_media("wav", freq=f), OPTS).recording_id for f in (200, 300, 400)]
    assert verify_vault(vault).ok
    blobs = {i: get_recording(vault, i).blob for i in ids}
    (vault.blobs / blobs[ids[0]]).unlink()
    damaged = vault.blobs / blobs[ids[1]]
    raw = bytearray(damaged.read_bytes())
    raw[-100] ^= 0xFF
    damaged.write_bytes(bytes(raw))
    (vault.blobs / "0123456789abcdef0123456789abcdef.age").write_bytes(b"stray")
    report = verify_vault(vault)
    assert report.missing == [ids[0]] and report.damaged == [ids[1]] and report.extra
    assert report.blobs_ok == 1
