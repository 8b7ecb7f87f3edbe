"""Ctrl-C, the documented way to lock the workspace, is a normal stop (exit 0), not an error (round 21, finding 7)."""

from __future__ import annotations

import signal
from pathlib import Path

from ws_helpers import PASS, start_workspace

from tests.conftest import cheap_settings


def test_ctrl_c_locks_with_a_normal_message_and_exit_0(tmp_path: Path) -> None:
    from intake.vault.open import create_vault

    vault_dir = tmp_path / "vault"
    create_vault(vault_dir, PASS, settings=cheap_settings()).close()
    server = start_workspace(vault_dir, tmp_path / "env")
    try:
        server.process.send_signal(signal.SIGINT)
        code = server.process.wait(30)
    finally:
        err = server.stop()
    assert code == 0, err
    assert "intake: error" not in err
    assert err.rstrip().endswith("; the vault is locked")
