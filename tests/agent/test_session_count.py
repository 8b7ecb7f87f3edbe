"""Issue 15, "Done when": three interviews from recording to export, typing the passphrase once.

The guided session of the steward guide (ingest three recordings, transcribe, list, then per transcript
pseudonymise, review, read, residual check and approve, then export and list exports) is run twice as a
steward types it: without an agent every command asks for the passphrase; with `intake unlock` first, only
`unlock` does. The counts are those reported in CHANGELOG.md.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from intake.agent import client, runtime
from tests.conftest import PASSPHRASE
from transcribe import FakeEngine, FakeLine

ROOT = Path(__file__).resolve().parents[2]
CODES = ("P-101", "P-102", "P-103")
Cli = Callable[..., tuple[int, str, str]]
pytestmark = pytest.mark.skipif(not hasattr(socket, "SO_PEERCRED"), reason="the agent needs SO_PEERCRED (Linux)")


def _session(cli: Cli, vault_dir: Path, media: list[Path], out: Path, *, agent: bool) -> int:
    """Run the guided session; returns how many times the passphrase was asked for."""
    env = {"INTAKE_VAULT": str(vault_dir)}
    asked = 0

    def intake(*args: str, answers: str = "") -> str:
        nonlocal asked
        typed = f"{PASSPHRASE}\n" if not agent or args[0] == "unlock" else ""  # with an agent: never typed again
        code, stdout, err = cli(list(args), input=typed + answers, env=env)
        assert code == 0, (args, err)
        asked += err.count("Passphrase:")
        return stdout

    if agent:
        intake("unlock")
    for path, code in zip(media, CODES, strict=True):
        intake("ingest", str(path), "--interview", code, "--language", "en")
    intake("transcribe", "--all")
    listed = json.loads(intake("transcripts", "list", "--json"))
    for tid in [t["id"] for t in listed]:
        intake("pseudonymise", tid)
        intake("review", tid, answers="\n")  # nothing suggested; nothing missed
        intake("transcripts", "show", tid)
        intake("residual", tid)
        intake("approve", tid)
    intake("export", "--to", str(out), "--all-approved")
    intake("exports", "list")
    return asked


@pytest.mark.parametrize("agent", [False, True], ids=["before", "after"])
def test_passphrase_count_for_a_guided_session(cli: Cli, vault_dir: Path, tmp_path: Path, make_media,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch, agent: bool) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.setattr("intake.cli.transcribe_cmds._load_engine", lambda *a: FakeEngine(
        [FakeLine(0.0, 2.0, "We waited for news every day."), FakeLine(2.0, 4.0, "It was a long winter.")]))
    media = [make_media("wav", seconds=1.0, freq=400 + 100 * n) for n in range(3)]
    try:
        asked = _session(cli, vault_dir, media, tmp_path / "exports", agent=agent)
    finally:
        client.lock_all(runtime.agent_dir(os.environ["XDG_RUNTIME_DIR"], os.getuid()))
    assert asked == (1 if agent else 3 + 1 + 1 + 3 * 5 + 2)  # 22 before: one per command
