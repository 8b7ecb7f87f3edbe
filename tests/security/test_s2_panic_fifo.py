"""Round 21, finding 2 (Medium): panic (and every unlock) hung forever when keyslots.bin was a FIFO (the
read-only open blocks until a writer comes). Every vault file and every file Intake reads from the field or
an import is now opened without blocking (O_NONBLOCK, O_NOFOLLOW) and checked with fstat to be a regular
file; sqlcipher opens catalog.db itself, so it is checked just before. Each run here is a child process with
a deadline: a hang fails the test instead of stalling the suite."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from intake.errors import DamagedError
from intake.fs import open_regular
from intake.vault.keyarea import AREA_NAME, KeyArea

PASS = "correct horse battery staple"
ROOT = Path(__file__).resolve().parents[2]
CHILD = "import sys; from intake.cli.main import run; sys.exit(run(sys.argv[1:]))"
DEADLINE = 60


def _intake(args: list[str], vault: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "INTAKE_VAULT": str(vault), "INTAKE_PASSPHRASE": PASS,
           "INTAKE_INSECURE_TEST_KDF": "1"}
    try:
        return subprocess.run([sys.executable, "-c", CHILD, *args], env=env, capture_output=True, text=True,
                              timeout=DEADLINE, stdin=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"'intake {' '.join(args)}' hung on a FIFO (killed after {DEADLINE} s)")


def _fifo(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def test_s2_panic_does_not_hang_on_a_fifo_key_area(vault_dir: Path) -> None:
    _fifo(vault_dir / AREA_NAME)
    done = _intake(["panic", "--yes"], vault_dir)
    assert done.returncode == 5, done.stderr
    assert "NOTHING was destroyed" in done.stderr and "not a regular file" in done.stderr


def test_s2_unlock_does_not_hang_on_a_fifo_key_area(vault_dir: Path) -> None:
    _fifo(vault_dir / AREA_NAME)
    done = _intake(["status"], vault_dir)
    assert done.returncode == 5, done.stderr
    assert "keyslots.bin is not a regular file" in done.stderr
    started = time.monotonic()
    with pytest.raises(DamagedError, match="not a regular file"):
        KeyArea.open(vault_dir)
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("name", ["vault.json", "catalog.db"])
def test_s2_unlock_does_not_hang_on_other_fifo_vault_files(vault_dir: Path, name: str) -> None:
    _fifo(vault_dir / name)
    done = _intake(["status"], vault_dir)
    assert done.returncode == 5, done.stderr
    assert f"{name} is not a regular file" in done.stderr


def test_s2_panic_ignores_a_fifo_vault_json(vault_dir: Path) -> None:
    _fifo(vault_dir / "vault.json")  # panic never depends on vault.json; a FIFO holds no key material
    done = _intake(["panic", "--yes"], vault_dir)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("destroyed 1 passphrase slot(s)")


def test_s2_field_import_does_not_hang_on_a_fifo_package(vault_dir: Path, tmp_path: Path) -> None:
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    os.mkfifo(outbox / "a1b2c3.intake")
    done = _intake(["import", str(outbox / "a1b2c3.intake")], vault_dir)
    assert done.returncode == 7, done.stderr
    assert "not a regular file" in done.stdout + done.stderr


def test_s2_open_regular_refuses_a_fifo_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for flags in (os.O_RDONLY, os.O_RDWR, os.O_WRONLY):  # O_WRONLY: no reader -> ENXIO, named the same
        with pytest.raises(OSError, match="not a regular file"):
            open_regular(fifo, flags)
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "target")
    (tmp_path / "target").write_bytes(b"x")
    with pytest.raises(OSError):
        open_regular(link, os.O_RDONLY)
    fd = open_regular(tmp_path / "target", os.O_RDONLY)
    try:
        assert os.read(fd, 1) == b"x"
    finally:
        os.close(fd)
