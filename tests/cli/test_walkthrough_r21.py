"""Round 21 walkthrough (findings 7-10): messages a new steward met, as a user types the commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

PASS = "correct horse battery staple"


def _env(vault_dir: Path) -> dict[str, str]:
    return {"INTAKE_VAULT": str(vault_dir)}


# --- finding 10: panic wording ---------------------------------------------------------------------------------


def test_panic_without_a_vault_says_nothing_was_destroyed(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli(["panic", "--yes"], env={})
    assert code == 3 and out == ""
    assert "NOTHING was destroyed" in err
    assert "intake init" not in err  # creating a vault is not what someone who panics wants


def test_panic_prompt_names_the_vault_and_lower_case_gets_a_hint(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    before = (vault_dir / "keyslots.bin").read_bytes()
    code, _, err = cli(["panic"], input="destroy\n", env=_env(vault_dir))
    assert code == 6 and "nothing was changed" in err
    assert str(vault_dir) in err
    assert "intake: hint:" in err and "capital" in err
    assert (vault_dir / "keyslots.bin").read_bytes() == before
    code, _, err = cli(["panic"], input="no\n", env=_env(vault_dir))
    assert code == 6 and "capital" not in err


def test_panic_success_names_the_recovery_command_plainly(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli(["keys", "recovery", "create", "--shares", "3", "--threshold", "2"], input=f"{PASS}\n",
                       env=_env(vault_dir))
    assert code == 0, err
    code, out, err = cli(["panic", "--yes"], env=_env(vault_dir))
    assert code == 0, err
    assert "k recovery shares" not in out
    assert "intake keys recovery unlock" in out and "2 of the 3" not in out


# --- finding 9: summary lines when nothing succeeded -----------------------------------------------------------


def test_field_ingest_all_failed_says_nothing_was_packaged(cli, vault_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    recipient = json.loads((vault_dir / "vault.json").read_text())["recipient"]
    field = tmp_path / "field"
    cli(["field", "init", str(field), "--recipient", recipient])
    junk = tmp_path / "junk.wav"
    junk.write_bytes(b"not audio at all" * 10)
    code, _, err = cli(["field", "ingest", str(junk), "--field", str(field), "--interview", "P-1"])
    assert code == 7
    assert "the others were packaged" not in err and "nothing was packaged" in err


def test_import_all_failed_says_nothing_was_imported(cli, vault_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "junk.intake"
    junk.write_bytes(b"nonsense")
    code, _, err = cli(["import", str(junk), str(junk)], input=f"{PASS}\n", env=_env(vault_dir))
    assert code == 7
    assert "the others were imported" not in err and "nothing was imported" in err


def test_retired_hint_says_package_the_originals_again() -> None:
    from intake.errors import FieldIdentityRetired

    hint = FieldIdentityRetired().hint or ""
    assert "record again" not in hint and "package the originals again" in hint


# --- finding 8: import and withdraw check what they can before the passphrase ----------------------------------


def test_import_of_a_missing_path_refuses_before_the_passphrase(cli, vault_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli(["import", str(tmp_path / "nope")], input=f"{PASS}\n", env=_env(vault_dir))
    assert code == 3
    assert "Passphrase" not in err and "nope" in err and "damaged package" not in err


def test_import_of_a_field_folder_points_to_its_outbox(cli, vault_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    recipient = json.loads((vault_dir / "vault.json").read_text())["recipient"]
    field = tmp_path / "field1"
    cli(["field", "init", str(field), "--recipient", recipient])
    code, _, err = cli(["import", str(field)], input=f"{PASS}\n", env=_env(vault_dir))
    assert code == 2 and "Passphrase" not in err
    assert f"intake import {field / 'outbox'}" in err


@pytest.mark.parametrize("name", ["a.wav", "rec_0412.m4a"])
def test_import_of_a_media_file_points_to_ingest(cli, vault_dir: Path, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    media = tmp_path / name
    media.write_bytes(b"RIFF....WAVEfmt ")
    code, _, err = cli(["import", str(media)], input=f"{PASS}\n", env=_env(vault_dir))
    assert code == 2 and "Passphrase" not in err
    assert "intake ingest" in err


def test_withdraw_of_an_unknown_code_says_so_before_asking_to_type_it(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli(["withdraw", "P-999"], input=f"{PASS}\nP-999\n", env=_env(vault_dir))
    assert code == 3 and "no interview 'P-999'" in err
    assert "type the interview code" not in err


# --- finding 7: workspace Ctrl-C and 'intake lock' --------------------------------------------------------------


def test_lock_without_agents_says_the_workspace_was_asked_to_lock(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    code, out, _ = cli(["lock"], env={"XDG_RUNTIME_DIR": str(runtime)})
    assert code == 0
    assert "no unlock agent was running" in out and "workspace" in out


def test_workspace_ctrl_c_is_a_normal_stop(cli, vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import intake.workspace.server as server

    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(server, "serve", interrupted)
    code, _, err = cli(["workspace", "--no-browser"], input=f"{PASS}\n", env=_env(vault_dir))
    assert code == 0, err
    assert "intake: error" not in err
    assert err.rstrip().endswith("workspace: stopped (Ctrl-C); the vault is locked")
