"""The CLI as a user types it: prompts answered through input=, exact messages and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from intake.cli.main import cli, run

PASS = "correct horse battery staple"


def invoke(args: list[str], input: str | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    """Run through ``run()`` (the real error dispatcher), capturing output like a terminal would show it."""
    runner = CliRunner()
    with runner.isolation(input=input, env=env or {}) as (out, err, *_):
        code = run(args)
        return code, out.getvalue().decode(), err.getvalue().decode()


def test_init_asks_twice_then_status(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    code, out, err = invoke(["init", str(vault)], input=f"{PASS}\n{PASS}\n")
    assert code == 0, err
    assert "created vault" in out and "age1" in out
    assert PASS not in out + err
    code, out, err = invoke(["--vault", str(vault), "status"], input=f"{PASS}\n")
    assert code == 0, err
    assert "SQLCipher" in out and "argon2id" in out and "audit log       intact" in out


def test_init_mismatch_and_short_passphrase(tmp_path: Path) -> None:
    code, _, err = invoke(["init", str(tmp_path / "v")], input=f"{PASS}\nother other other\n{PASS}\n{PASS}\n")
    assert code == 0 and "do not match" in err.lower()
    code, _, err = invoke(["init", str(tmp_path / "w")], input="short\nshort\n")
    assert code == 2
    assert "intake: error: the passphrase must have at least 12 characters" in err
    assert "intake: hint:" in err


def test_wrong_passphrase_exit_code_and_message(tmp_path: Path) -> None:
    invoke(["init", str(tmp_path / "v")], input=f"{PASS}\n{PASS}\n")
    code, out, err = invoke(["--vault", str(tmp_path / "v"), "status"], input="wrong passphrase here\n" * 3)
    assert code == 4
    assert "intake: error: wrong passphrase or damaged key slot" in err
    assert "wrong passphrase here" not in out + err
    assert "Traceback" not in err


def test_no_vault_exit_code(tmp_path: Path) -> None:
    code, _, err = invoke(["--vault", str(tmp_path / "nothing"), "status"])
    assert code == 3
    assert err.startswith("intake: error: no vault at")


def test_passphrase_file_and_env(tmp_path: Path) -> None:
    invoke(["init", str(tmp_path / "v")], input=f"{PASS}\n{PASS}\n")
    pf = tmp_path / "pass.txt"
    pf.write_text(PASS + "\n")
    code, out, _ = invoke(["--vault", str(tmp_path / "v"), "--passphrase-file", str(pf), "status", "--json"])
    assert code == 0 and '"sqlcipher_version"' in out
    code, _, _ = invoke(["--vault", str(tmp_path / "v"), "audit", "verify"], env={"INTAKE_PASSPHRASE": PASS})
    assert code == 0


def test_audit_show_and_verify(tmp_path: Path) -> None:
    invoke(["init", str(tmp_path / "v")], input=f"{PASS}\n{PASS}\n")
    env = {"INTAKE_PASSPHRASE": PASS, "INTAKE_VAULT": str(tmp_path / "v")}
    code, out, _ = invoke(["audit", "verify"], env=env)
    assert code == 0 and out.startswith("audit log intact: 1 rows")
    code, out, _ = invoke(["audit", "show"], env=env)
    assert "vault.init" in out and "audit.verify" in out


def test_version() -> None:
    code, out, _ = invoke(["--version"])
    assert code == 0 and out.startswith("intake ")


def test_usage_error_exit_code() -> None:
    code, _, err = invoke(["no-such-command"])
    assert code == 2 and "no such command" in err


def _all_commands(group, prefix=()):  # type: ignore[no-untyped-def]
    import click

    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        yield (*prefix, name), cmd
        if isinstance(cmd, click.Group):
            yield from _all_commands(cmd, (*prefix, name))


COMMANDS = list(_all_commands(cli))
DOCS = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text()


@pytest.mark.parametrize(("path", "cmd"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_every_command_has_help_and_docs(path: tuple[str, ...], cmd) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = invoke([*path, "--help"])
    assert code == 0 and "Usage:" in out
    assert cmd.help and len(cmd.help.strip()) > 20, f"{' '.join(path)} lacks a real help text"
    assert f"## intake {' '.join(path)}" in DOCS, f"docs/cli.md lacks a section '## intake {' '.join(path)}'"
