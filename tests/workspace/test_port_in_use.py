"""Walkthrough round 21: 'intake workspace --port P' with P in use is a clear error, before the passphrase."""

from __future__ import annotations

import socket
from pathlib import Path


def test_port_in_use_is_a_clear_error(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        code, _out, err = cli(["workspace", "--no-browser", "--port", str(port)],
                             input="correct horse battery staple\n", env={"INTAKE_VAULT": str(vault_dir)})
    assert code == 2, err
    assert f"intake: error: cannot listen on 127.0.0.1:{port}" in err and "internal error" not in err
    assert "intake: hint: " in err and "--port" in err
    assert "assphrase" not in err  # refused before the vault is unlocked
