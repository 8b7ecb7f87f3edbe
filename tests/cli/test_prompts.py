"""Passphrase prompts as a steward meets them (issue 15): three tries, confirmations only after unlocking,
init checks before asking twice, a clear error without a terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
Cli = Callable[..., tuple[int, str, str]]


def test_a_wrong_passphrase_is_asked_again_up_to_three_times(cli: Cli, vault_dir: Path) -> None:
    env = {"INTAKE_VAULT": str(vault_dir)}
    code, _, err = cli(["interviews", "list"], input=f"wrong one is here\n{PASSPHRASE}\n", env=env)
    assert code == 0, err
    assert "intake: wrong passphrase or damaged key slot; try again (2 left)" in err
    code, _, err = cli(["interviews", "list"], input="wrong one is here\n" * 3 + PASSPHRASE + "\n", env=env)
    assert code == 4 and err.count("Passphrase:") == 3
    assert err.rstrip().endswith("intake: hint: check the passphrase (it is case-sensitive); a damaged slot can be "
                                 "replaced by another steward")
    assert "wrong one is here" not in err


def test_a_passphrase_from_the_environment_is_not_retried(cli: Cli, vault_dir: Path) -> None:
    env = {"INTAKE_VAULT": str(vault_dir), "INTAKE_PASSPHRASE": "nope nope nope"}
    code, _, err = cli(["interviews", "list"], env=env)
    assert code == 4 and "try again" not in err and "Passphrase:" not in err


def test_withdraw_asks_its_confirmation_only_after_unlocking(cli: Cli, vault_dir: Path, make_media) -> None:  # type: ignore[no-untyped-def]
    env = {"INTAKE_VAULT": str(vault_dir)}
    media = make_media("wav", seconds=1.0)
    assert cli(["ingest", str(media), "--interview", "P-017"], env={**env, "INTAKE_PASSPHRASE": PASSPHRASE})[0] == 0
    # the passphrase typed from habit goes to the hidden prompt, which comes first
    code, out, err = cli(["withdraw", "P-017"], input=f"{PASSPHRASE}\nP-017\n", env=env)
    assert code == 0, err
    assert err.index("Passphrase:") < err.index("type the interview code (P-017)")
    assert out.startswith("withdrawn: 1 recording(s)")
    assert PASSPHRASE not in out + err


def test_init_checks_the_folder_before_asking(cli: Cli, tmp_path: Path) -> None:
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "notes.txt").write_text("x")
    code, _, err = cli(["init", str(taken)], input="")
    assert code == 2 and "New passphrase" not in err
    assert f"intake: error: {taken} exists and is not an empty directory" in err


def test_init_checks_the_length_before_the_second_prompt(cli: Cli, tmp_path: Path) -> None:
    code, _, err = cli(["init", str(tmp_path / "v")], input="short\n")
    assert code == 2 and "Repeat for confirmation" not in err
    assert "intake: error: the passphrase must have at least 12 characters" in err
    assert not (tmp_path / "v").exists()


def test_init_asks_again_when_the_two_entries_differ(cli: Cli, tmp_path: Path) -> None:
    typed = f"{PASSPHRASE}\nsomething else entirely\n{PASSPHRASE}\n{PASSPHRASE}\n"
    code, out, err = cli(["init", str(tmp_path / "v")], input=typed)
    assert code == 0, err
    assert "intake: the two entries do not match; type it again" in err and "created vault" in out


def test_without_a_terminal_a_clear_error_and_no_getpass_warning(vault_dir: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "INTAKE_PASSPHRASE"}
    env.update(PYTHONPATH=str(ROOT), INTAKE_VAULT=str(vault_dir))
    done = subprocess.run([sys.executable, "-c", "from intake.cli.main import main; main()", "interviews", "list"],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, timeout=60,
                          start_new_session=True)  # no controlling terminal
    assert done.returncode == 2
    assert "intake: error: no terminal to ask the passphrase at" in done.stderr
    assert "--passphrase-file" in done.stderr and "INTAKE_PASSPHRASE" in done.stderr
    assert "GetPassWarning" not in done.stderr and "Traceback" not in done.stderr
