"""Round 21, finding 1 (High): panic reported success ("destroyed 0 passphrase slot(s)", exit 0) when it
destroyed nothing: a mistyped path, an empty folder, $HOME, or a vault whose keyslots.bin was renamed away
(by a sync service or an attacker). Now it refuses loudly, says that NOTHING was destroyed, and exits non-zero
(3: no vault at the path; 5: the vault's key area is missing or not a regular file); the prompted path refuses
before it asks, and never warns about a recovery slot of something that is not a vault."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from intake.errors import DamagedError, NoVaultError
from intake.keys.panic import NothingDestroyed, panic
from intake.vault.keyarea import AREA_NAME

PASS = "correct horse battery staple"


def _env(path: Path) -> dict[str, str]:
    return {"INTAKE_VAULT": str(path)}


def _assert_refused(code: int, out: str, err: str, expected: int) -> None:
    assert code == expected, err
    assert "destroyed" not in out and out == ""
    assert "intake: error: NOTHING was destroyed" in err
    assert "intake: hint:" in err


@pytest.mark.parametrize("kind", ["missing", "empty", "home"])
def test_s2_panic_on_a_path_that_is_no_vault_refuses(cli, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "typo"
    if kind != "missing":
        path.mkdir()
    if kind == "home":
        (path / ".bashrc").write_text("export A=1\n")
        (path / "Documents").mkdir()
    code, out, err = cli(["panic", "--yes"], env=_env(path))
    _assert_refused(code, out, err, 3)
    assert "no Intake vault" in err and "check the path" in err
    with pytest.raises(NothingDestroyed):
        panic(path)
    with pytest.raises(NoVaultError):
        panic(path)


def test_s2_panic_on_a_plain_file_refuses(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"  # the CLI refuses a file for --vault itself (exit 2); the library too
    path.write_text("x")
    with pytest.raises(NoVaultError, match="NOTHING was destroyed"):
        panic(path)
    assert path.read_text() == "x"


def test_s2_panic_refuses_when_keyslots_bin_was_renamed_away(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    before = (vault_dir / AREA_NAME).read_bytes()
    moved = vault_dir / ".keyslots.bin.sync-conflict"
    os.rename(vault_dir / AREA_NAME, moved)
    code, out, err = cli(["panic", "--yes"], env=_env(vault_dir))
    _assert_refused(code, out, err, 5)
    assert "keyslots.bin is missing" in err
    assert moved.read_bytes() == before
    with pytest.raises(NothingDestroyed):
        panic(vault_dir)
    with pytest.raises(DamagedError):
        panic(vault_dir)
    os.rename(moved, vault_dir / AREA_NAME)  # the honest answer: the vault still opens
    assert cli(["status"], input=f"{PASS}\n", env=_env(vault_dir))[0] == 0


@pytest.mark.parametrize("kind", ["directory", "symlink"])
def test_s2_panic_refuses_a_key_area_that_is_not_a_regular_file(cli, vault_dir: Path, tmp_path: Path,
                                                              kind: str) -> None:  # type: ignore[no-untyped-def]
    real = tmp_path / "elsewhere.bin"
    os.rename(vault_dir / AREA_NAME, real)
    if kind == "directory":
        (vault_dir / AREA_NAME).mkdir()
    else:
        (vault_dir / AREA_NAME).symlink_to(real)
    before = real.read_bytes()
    code, out, err = cli(["panic", "--yes"], env=_env(vault_dir))
    _assert_refused(code, out, err, 5)
    assert "not a regular file" in err
    assert real.read_bytes() == before


def test_s2_panic_refuses_when_vault_json_is_damaged_and_the_key_area_missing(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    (vault_dir / AREA_NAME).unlink()
    (vault_dir / "vault.json").write_text("{not json")
    code, out, err = cli(["panic", "--yes"], env=_env(vault_dir))
    _assert_refused(code, out, err, 5)


def test_s2_prompted_panic_on_no_vault_refuses_before_asking(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "empty"
    path.mkdir()
    code, out, err = cli(["panic"], input="DESTROY\n", env=_env(path))
    _assert_refused(code, out, err, 3)
    assert "NO recovery slot" not in err and "Type DESTROY" not in err


def test_s2_prompted_panic_on_a_vault_without_key_area_refuses_before_asking(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    os.rename(vault_dir / AREA_NAME, vault_dir / "keyslots.old")
    code, out, err = cli(["panic"], input="DESTROY\n", env=_env(vault_dir))
    _assert_refused(code, out, err, 5)
    assert "NO recovery slot" not in err and "Type DESTROY" not in err


def test_s2_panic_of_a_real_vault_still_succeeds_without_a_prompt(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli(["panic", "--yes"], env=_env(vault_dir))
    assert code == 0, err
    assert out.startswith("destroyed 1 passphrase slot(s): 24 key-area position(s) overwritten and read back")
    assert "NO recovery slot" in err


def test_s2_a_second_panic_says_the_vault_was_already_panicked(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli(["panic", "--yes"], env=_env(vault_dir))[0] == 0
    code, out, err = cli(["panic", "--yes"], env=_env(vault_dir))
    assert code == 0, err  # the area is there and overwritten again: nothing left to open
    assert "24 key-area position(s) overwritten" in out
