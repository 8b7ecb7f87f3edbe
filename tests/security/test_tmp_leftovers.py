"""Low finding "tmp/ leftovers": a folder, FIFO, symlink or socket in ``tmp/`` must not crash or hang unlock.

Recovery looks at regular files only (lstat, then O_NOFOLLOW|O_NONBLOCK) and reports anything else by
kind, which the CLI prints as a warning. Each test unlocks in a child thread with a deadline, so a hang
fails the test instead of hanging the suite.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from intake.vault.blobs import recover
from intake.vault.open import unlock

PASS = "correct horse battery staple"


def _unlock_within(vault_dir: Path, seconds: float = 20.0):  # type: ignore[no-untyped-def]
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["vault"] = unlock(vault_dir, PASS)
        except BaseException as exc:
            box["error"] = exc

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "unlock hung on an entry in tmp/"
    assert "error" not in box, f"unlock failed: {box.get('error')!r}"
    return box["vault"]


def _folder(tmp: Path) -> None:
    (tmp / "odd.age").mkdir()
    (tmp / "odd.age" / "inside").write_bytes(b"x")


def _fifo(tmp: Path) -> None:
    os.mkfifo(tmp / "pipe.age")


def _symlink(tmp: Path) -> None:
    outside = tmp.parent.parent / "precious.txt"
    outside.write_bytes(b"not the vault's")
    (tmp / "link.age").symlink_to(outside)


def _socket(tmp: Path) -> None:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(str(tmp / "sock.age"))
    except OSError as exc:  # a path too long for sun_path on this machine
        pytest.skip(f"cannot bind a UNIX socket here ({exc.strerror})")
    finally:
        sock.close()


@pytest.mark.parametrize(("make", "kind"), [(_folder, "folder"), (_fifo, "fifo"), (_symlink, "symbolic link"),
                                            (_socket, "socket")])
def test_unlock_survives_and_reports_an_odd_entry(vault_dir: Path, make: Callable[[Path], None],
                                                    kind: str) -> None:
    make(vault_dir / "tmp")
    vault = _unlock_within(vault_dir)
    try:
        assert [(s.name, s.kind) for s in vault.leftovers.skipped] == [
            (next(iter(os.listdir(vault_dir / "tmp"))), kind)]
        assert len(os.listdir(vault_dir / "tmp")) == 1  # left alone, never followed or removed
    finally:
        vault.close()
    if kind == "symbolic link":
        assert (vault_dir.parent / "precious.txt").read_bytes() == b"not the vault's"


def test_regular_leftovers_are_still_rolled_back(vault_dir: Path) -> None:
    (vault_dir / "tmp" / "dead.age.part").write_bytes(b"half a blob")
    os.mkfifo(vault_dir / "tmp" / "pipe")
    result = recover(vault_dir, lambda name: False)
    assert (result.published, result.removed) == (0, 1)
    assert [s.kind for s in result.skipped] == ["fifo"]
    assert os.listdir(vault_dir / "tmp") == ["pipe"]


def test_cli_prints_a_warning_and_goes_on(vault_dir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    os.mkfifo(vault_dir / "tmp" / "pipe\x1b[31m")
    code, _out, err = cli(["--vault", str(vault_dir), "status"], env={"INTAKE_PASSPHRASE": PASS})
    assert code == 0, err
    assert "intake: warning: tmp/ holds 1 entry that is not a regular file (fifo: pipe?[31m)" in err
    assert "\x1b" not in err
