"""Low: the review sheet is created O_EXCL|O_NOFOLLOW with mode 0600 from the start; a link is refused."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from gate_helpers import pseudonymised

PASS = "correct horse battery staple"


def _vault_with_plan(vault_dir: Path, make_media) -> str:  # type: ignore[no-untyped-def]
    from intake.vault.open import unlock

    with unlock(vault_dir, PASS) as vault:
        return pseudonymised(vault, make_media, ["Марина Ковальчук звонила вчера."], 960)


def test_a_symlink_at_the_sheet_path_is_refused_and_not_followed(vault_dir, make_media, tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    tid = _vault_with_plan(vault_dir, make_media)
    target = tmp_path / "elsewhere.tsv"
    link = tmp_path / "sheet.tsv"
    link.symlink_to(target)  # dangling: Path.exists() is False, a plain open would create the target
    code, _, err = cli(["--vault", str(vault_dir), "review", tid, "--sheet", str(link)], input=PASS + "\n")
    assert code == 6
    assert f"intake: error: {link} exists (or is a link); refusing to write over it" in err
    assert not target.exists() and link.is_symlink()


def test_the_sheet_is_0600_when_created_not_after(vault_dir, make_media, tmp_path, cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tid = _vault_with_plan(vault_dir, make_media)
    calls: list[tuple[str, int, int]] = []
    real_open = os.open

    def spy(path, flags, mode=0o777, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append((str(path), flags, mode))
        return real_open(path, flags, mode, *args, **kwargs)

    def no_chmod(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the sheet must not need a chmod after it was created")

    sheet = tmp_path / "sheet.tsv"
    monkeypatch.setattr(os, "open", spy)
    monkeypatch.setattr(os, "chmod", no_chmod)
    monkeypatch.setattr(Path, "chmod", no_chmod)
    old = os.umask(0)
    try:
        code, _, err = cli(["--vault", str(vault_dir), "review", tid, "--sheet", str(sheet)], input=PASS + "\n")
    finally:
        os.umask(old)
    assert code == 0, err
    flags, mode = next((f, m) for p, f, m in calls if p == str(sheet))
    assert flags & os.O_EXCL and flags & os.O_NOFOLLOW and flags & os.O_CREAT and mode == 0o600
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o600
    assert "Ковальчук" in sheet.read_text(encoding="utf-8")


def test_an_existing_sheet_is_not_truncated(vault_dir, make_media, tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    tid = _vault_with_plan(vault_dir, make_media)
    sheet = tmp_path / "sheet.tsv"
    sheet.write_text("keep me")
    code, _, err = cli(["--vault", str(vault_dir), "review", tid, "--sheet", str(sheet)], input=PASS + "\n")
    assert code == 6 and "refusing to write over it" in err
    assert sheet.read_text() == "keep me"
