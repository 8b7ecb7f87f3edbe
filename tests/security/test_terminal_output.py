"""Low finding "control characters in what the CLI prints": names from files (file names, package names,
sealed original names) reach the terminal only through one sanitiser, :mod:`intake.cli.printable`.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake.cli.printable import has_unsafe, json_safe, printable, printable_lines

CLI_DIR = Path(__file__).resolve().parents[2] / "intake" / "cli"
PASS = "correct horse battery staple"

UNSAFE = ["\x00", "\x07", "\x08", "\t", "\n", "\r", "\x1b", "\x7f", "\x85", "\x9b", "\x9d", "\u061c", "\u200e",
          "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
          "\u2028", "\u2029"]


@pytest.mark.parametrize("char", UNSAFE, ids=[f"U+{ord(c):04X}" for c in UNSAFE])
def test_every_unsafe_character_is_replaced(char: str) -> None:
    assert printable(f"a{char}b") == "a?b"
    assert has_unsafe(f"a{char}b")


def test_ordinary_text_is_kept() -> None:
    for text in ("Запіс 1.m4a", "interview (2).wav", "Łódź—€ 😀.flac", "a\u00a0b"):
        assert printable(text) == text and not has_unsafe(text)


def test_lines_keep_only_newlines() -> None:
    assert printable_lines("one\ntwo\x1b[2J\r\u202e") == "one\ntwo?[2J??"


@given(st.text())
def test_output_never_holds_an_unsafe_character(text: str) -> None:
    assert not has_unsafe(printable(text))
    assert not any(c in printable_lines(text) for c in UNSAFE if c != "\n")


@given(st.recursive(st.text() | st.integers() | st.none(), lambda inner: st.lists(inner) | st.dictionaries(
    st.text(), inner), max_leaves=10))
def test_json_output_is_the_same_value_and_harmless(value: object) -> None:
    encoded = json_safe(json.dumps(value, ensure_ascii=False))
    assert json.loads(encoded) == value
    assert not any(c in encoded for c in UNSAFE if c != "\n")  # JSON escapes C0 itself


def test_ingest_output_shows_file_names_sanitised(vault_dir: Path, make_media, cli) -> None:  # type: ignore[no-untyped-def]
    tone = make_media("wav", seconds=0.5)
    named = tone.with_name("take\x1b]0;owned\x07\u202eav.wav")
    tone.rename(named)
    bad = named.with_name("bad\x9b31m.wav")
    bad.write_bytes(b"not audio")
    env = {"INTAKE_PASSPHRASE": PASS}
    code, out, err = cli(["--vault", str(vault_dir), "ingest", "--interview", "P-1", "--keep-name", str(named),
                          str(bad)], env=env)
    assert code == 7
    assert "take?]0;owned??av.wav -> " in out and "FAILED     " in out and "bad?31m.wav" in out
    rec_id = out.split(" -> ")[1].split()[0]
    code, shown, _ = cli(["--vault", str(vault_dir), "recordings", "show", rec_id], env=env)
    assert "original_name  take?]0;owned??av.wav" in shown
    for text in (out, err, shown):
        assert not has_unsafe(text.replace("\n", ""))


def test_errors_are_printed_through_the_sanitiser(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """The one error printer: a message naming a hostile path cannot move the cursor."""
    code, _out, err = cli(["--vault", str(tmp_path / "v\x1b]0;x\x07"), "status"])
    assert code == 3
    assert "\x1b" not in err and "\x07" not in err


def _raw_echo_of_file_values(tree: ast.AST) -> list[int]:
    """Lines where click.echo prints an f-string naming a source, message or original name directly."""
    risky = {"source", "message", "original_name", "name"}
    lines = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "echo"
                and node.args and isinstance(node.args[0], ast.JoinedStr)):
            for part in ast.walk(node.args[0]):
                if isinstance(part, ast.Attribute) and part.attr in risky:
                    lines.append(node.lineno)
    return lines


@pytest.mark.parametrize("module", ["field_cmds.py", "ingest_cmds.py"])
def test_cli_modules_print_file_values_only_through_say(module: str) -> None:
    tree = ast.parse((CLI_DIR / module).read_text())
    assert _raw_echo_of_file_values(tree) == []
