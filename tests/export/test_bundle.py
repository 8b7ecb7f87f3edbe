"""Writing bundles: a new folder (never overwriting) or one age file opened with the real `age` tool."""

from __future__ import annotations

import io
import os
import shutil
import stat
import subprocess
import tarfile
from pathlib import Path

import pyrage
import pytest

from intake.errors import RefusedError, UsageError
from intake.export import parse_recipients, read_recipients_file, write_bundle_age, write_bundle_dir
from intake.export.archive import deterministic_tar

FILES = {"README.txt": b"read me\r\n", "txt/P-017.txt": "Тэкст\r\n".encode(), "refi-qda/interviews.qdpx": b"PK"}


def _identity() -> tuple[str, str]:
    identity = pyrage.x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def test_write_bundle_dir_writes_every_file_privately(tmp_path: Path) -> None:
    out = write_bundle_dir(FILES, tmp_path / "export")
    written = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert written == FILES
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    assert {stat.S_IMODE(p.stat().st_mode) for p in out.rglob("*") if p.is_file()} == {0o600}
    assert [p.name for p in tmp_path.iterdir()] == ["export"]  # no temp folder left behind


def test_write_bundle_dir_accepts_an_existing_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "export").mkdir()
    write_bundle_dir(FILES, tmp_path / "export")
    assert (tmp_path / "export" / "README.txt").read_bytes() == FILES["README.txt"]


def test_write_bundle_dir_refuses_a_non_empty_folder_and_a_file(tmp_path: Path) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_bytes(b"precious")
    with pytest.raises(RefusedError):
        write_bundle_dir(FILES, tmp_path / "full")
    assert [p.name for p in (tmp_path / "full").iterdir()] == ["keep.txt"]
    (tmp_path / "file").write_bytes(b"x")
    with pytest.raises(RefusedError):
        write_bundle_dir(FILES, tmp_path / "file")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file", "full"]


def test_write_bundle_dir_refuses_a_symlink(tmp_path: Path) -> None:
    (tmp_path / "target").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "target")
    with pytest.raises(RefusedError):
        write_bundle_dir(FILES, tmp_path / "link")
    assert list((tmp_path / "target").iterdir()) == []


def test_write_bundle_dir_cleans_up_after_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "rename", fail)
    with pytest.raises(OSError, match="disk full"):
        write_bundle_dir(FILES, tmp_path / "export")
    assert list(tmp_path.iterdir()) == []


def test_deterministic_tar_is_stable_and_neutral() -> None:
    first = deterministic_tar(FILES, root="intake-export")
    assert first == deterministic_tar(dict(reversed(list(FILES.items()))), root="intake-export")
    with tarfile.open(fileobj=io.BytesIO(first)) as archive:
        members = archive.getmembers()
    assert [m.name for m in members] == [
        "intake-export",
        "intake-export/README.txt",
        "intake-export/refi-qda",
        "intake-export/refi-qda/interviews.qdpx",
        "intake-export/txt",
        "intake-export/txt/P-017.txt",
    ]
    assert {(m.uid, m.gid, m.uname, m.gname, m.mtime) for m in members} == {(0, 0, "", "", 315532800)}


def test_age_bundle_decrypts_with_pyrage(tmp_path: Path) -> None:
    secret, public = _identity()
    out = write_bundle_age(FILES, tmp_path / "export.tar.age", [public])
    plain = pyrage.decrypt(out.read_bytes(), [pyrage.x25519.Identity.from_str(secret)])
    assert plain == deterministic_tar(FILES, root="intake-export")


def test_age_bundle_opens_with_the_real_age_command(tmp_path: Path, bundle: dict[str, bytes]) -> None:
    if shutil.which("age") is None:
        pytest.skip("age not installed")
    secret, public = _identity()
    _, other = _identity()
    key = tmp_path / "key.txt"
    key.write_text(secret + "\n")
    out = write_bundle_age(bundle, tmp_path / "export.tar.age", [other, public])
    tar_path = tmp_path / "export.tar"
    subprocess.run(["age", "-d", "-i", str(key), "-o", str(tar_path), str(out)], check=True, capture_output=True)
    unpacked = tmp_path / "unpacked"
    unpacked.mkdir()
    with tarfile.open(tar_path) as archive:
        archive.extractall(unpacked, filter="data")
    root = unpacked / "intake-export"
    assert {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()} == bundle


def test_age_bundle_never_overwrites(tmp_path: Path) -> None:
    _, public = _identity()
    out = tmp_path / "export.tar.age"
    out.write_bytes(b"older export")
    with pytest.raises(RefusedError):
        write_bundle_age(FILES, out, [public])
    assert out.read_bytes() == b"older export"
    assert [p.name for p in tmp_path.iterdir()] == ["export.tar.age"]


def test_age_bundle_checks_names_and_recipients_before_writing(tmp_path: Path) -> None:
    _, public = _identity()
    with pytest.raises(UsageError):
        write_bundle_age({"../evil": b"x"}, tmp_path / "a.age", [public])
    with pytest.raises(UsageError):
        write_bundle_age(FILES, tmp_path / "a.age", [])
    with pytest.raises(UsageError):
        write_bundle_age(FILES, tmp_path / "a.age", ["age1notakey"])
    assert list(tmp_path.iterdir()) == []


def test_a_secret_key_given_as_recipient_is_refused_without_echoing_it() -> None:
    secret, _ = _identity()
    with pytest.raises(UsageError) as info:
        parse_recipients(secret)
    assert "SECRET key" in info.value.message
    assert secret not in info.value.message and secret not in (info.value.hint or "")
    assert secret[15:30] not in info.value.message


def test_recipients_file_skips_comments_and_blank_lines(tmp_path: Path) -> None:
    _, one = _identity()
    _, two = _identity()
    path = tmp_path / "recipients.txt"
    path.write_text(f"# coders\n\n{one}\n   # second coder\n  {two}  \n")
    assert read_recipients_file(path) == [one, two]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "no recipients"),
        ("# only a comment\n", "no recipients"),
        ("ssh-ed25519 AAAA coder@laptop\n", "line 1"),
        ("age1\n", "line 1"),
        ("# ok\nage1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq\n", "line 2"),
    ],
)
def test_bad_recipients_give_clear_errors(text: str, fragment: str) -> None:
    with pytest.raises(UsageError, match=fragment):
        parse_recipients(text)


def test_unreadable_recipients_file(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="cannot read"):
        read_recipients_file(tmp_path / "absent.txt")
    (tmp_path / "bin").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(UsageError, match="UTF-8"):
        read_recipients_file(tmp_path / "bin")
