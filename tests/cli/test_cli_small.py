"""Small things users tripped over (issue 15): did you mean, global options after the subcommand, documented
exit codes for key failures, --language checked before unlocking, an Examples: block in every --help."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import click
import pytest

from intake.cli.lazy import GLOBAL_OPTIONS, hoist_global_options
from intake.cli.main import cli as root
from intake.errors import ExitCode
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
Cli = Callable[..., tuple[int, str, str]]


def _commands() -> Iterator[tuple[str, click.Command]]:
    ctx = click.Context(root)

    def walk(cmd: click.Command, path: list[str]) -> Iterator[tuple[str, click.Command]]:
        if isinstance(cmd, click.Group):
            for name in cmd.list_commands(ctx):
                sub = cmd.get_command(ctx, name)
                assert sub is not None
                yield from walk(sub, [*path, name])
        else:
            yield " ".join(path), cmd

    yield from walk(root, [])


COMMANDS = dict(_commands())


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_help_shows_examples(cli: Cli, name: str) -> None:
    code, out, _ = cli([*name.split(), "--help"])
    assert code == 0
    block = out.split("Examples:\n", 1)
    assert len(block) == 2, f"intake {name} --help has no Examples: block"
    examples = [ln.strip() for ln in block[1].split("\n\n", 1)[0].splitlines() if ln.strip()]
    assert examples and all(f"intake {name}" in ex for ex in examples), examples


def test_no_subcommand_has_an_option_named_like_a_global_one() -> None:
    """hoist_global_options moves these names to the front: a subcommand option of that name would be lost."""
    for name, cmd in COMMANDS.items():
        for param in cmd.params:
            assert not set(getattr(param, "opts", [])) & set(GLOBAL_OPTIONS), name


@pytest.mark.parametrize(("typed", "hint"), [
    (["trancsribe", "--all"], "intake: hint: did you mean 'intake transcribe' or 'intake transcripts'?"),
    (["keys", "rotat"], "intake: hint: did you mean 'intake keys rotate'?"),
    (["transcripts", "lst"], "intake: hint: did you mean 'intake transcripts list'?"),
])
def test_a_mistyped_command_suggests_the_closest(cli: Cli, typed: list[str], hint: str) -> None:
    code, out, err = cli(typed)
    assert code == ExitCode.USAGE and out == ""
    words = typed[:-1] if typed[-1] == "--all" else typed
    assert err.splitlines()[0] == f"intake: error: no such command '{' '.join(words)}'"
    assert err.splitlines()[1] == hint


def test_an_unknown_word_lists_the_commands(cli: Cli) -> None:
    code, _, err = cli(["xyzzy"])
    assert code == 2 and "intake: hint: 'intake --help' lists the commands: approve, audit," in err


def test_global_options_work_after_the_subcommand(cli: Cli, vault_dir: Path, tmp_path: Path) -> None:
    pf = tmp_path / "pass.txt"
    pf.write_text(PASSPHRASE + "\n")
    code, out, err = cli(["interviews", "list", "--vault", str(vault_dir), "--passphrase-file", str(pf)])
    assert code == 0, err
    code, out, err = cli(["status", f"--vault={vault_dir}", "--json"], env={"INTAKE_PASSPHRASE": PASSPHRASE})
    assert code == 0 and '"worklist"' in out, err


def test_hoisting_stops_at_double_dash() -> None:
    assert hoist_global_options(["review", "X", "--slot", "s1", "--", "--vault", "v"]) == \
        ["--slot", "s1", "review", "X", "--", "--vault", "v"]
    assert hoist_global_options(["--vault", "v", "status"]) == ["--vault", "v", "status"]


def _documented() -> dict[int, str]:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    section = text[text.index("## Exit codes"):]
    section = section[:section.index("\n## ", 5)]
    return {int(m.group(1)): m.group(2) for m in re.finditer(r"^\|\s*(\d+)\s*\|(.*)\|$", section, re.M)}


@pytest.mark.parametrize(("args", "env", "input", "code", "words"), [
    (["statsu"], {}, None, 2, "unknown command"),
    (["unlock", "--timeout", "soon"], {}, "", 2, "usage"),
    (["init", "NEW"], {}, "short\n", 2, "passphrase too short"),
    (["--vault", "NOWHERE", "status"], {}, None, 3, "no vault at the path"),
    (["transcripts", "show", "deadbeef0000"], {"INTAKE_PASSPHRASE": PASSPHRASE}, None, 3, "transcript"),
    (["status"], {"INTAKE_PASSPHRASE": "not the passphrase"}, None, 4, "wrong passphrase"),
    (["withdraw", "P-404"], {}, f"{PASSPHRASE}\nno\n", 3, "interview"),
    (["panic"], {}, "no\n", 6, "refused"),
])
def test_the_documented_exit_code_is_the_one_returned(cli: Cli, vault_dir: Path, tmp_path: Path, args: list[str],
                                                      env: dict[str, str], input: str | None, code: int,
                                                      words: str) -> None:
    args = [str(tmp_path / "new") if a == "NEW" else str(tmp_path / "nowhere") if a == "NOWHERE" else a for a in args]
    got, _, err = cli(args, input=input, env={"INTAKE_VAULT": str(vault_dir), **env})
    assert got == code, err
    assert any(line.startswith("intake: error: ") for line in err.splitlines())
    assert words in _documented()[code]


@pytest.mark.parametrize("args", [
    ["ingest", "NOFILE", "--interview", "P-001", "--language", "klingon"],
    ["transcribe", "--all", "--language", "rus"],
    ["transcripts", "import", "NOFILE", "--interview", "P-001", "--language", "de"],
    ["languages", "--set", "ru,xx"],
])
def test_language_is_checked_before_the_passphrase_is_asked(cli: Cli, vault_dir: Path, tmp_path: Path,
                                                            args: list[str]) -> None:
    args = [str(tmp_path / "a.txt") if a == "NOFILE" else a for a in args]
    code, _, err = cli(args, input="", env={"INTAKE_VAULT": str(vault_dir)})
    assert code == 2, err
    assert "Passphrase" not in err


def test_the_cli_entry_point_loads_no_crypto_vault_or_models() -> None:
    """`intake --help` stays fast: the entry point imports no crypto, vault, SQL driver or speech code."""
    import subprocess
    import sys
    from pathlib import Path

    probe = ("import sys, intake.cli.main; heavy = [m for m in ('crypto', 'cryptography', 'intake.vault', "
             "'sqlcipher3', 'transcribe', 'intake.pseudonymise', 'starlette') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"
