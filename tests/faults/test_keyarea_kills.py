"""SIGKILL at every write and fsync of the key area during each key operation (docs/format.md §3.3).

After each kill the vault must open (with the old or the new passphrase, as the operation allows), pass
``verify``, hold no pending change or dirty position after that unlock, and key material the operation
wrote or replaced must be either at a position the header references or nowhere in ``keyslots.bin``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from intake.errors import AuthError
from intake.keys.slots import add_slot
from intake.vault.check import verify_vault
from intake.vault.open import unlock
from tests.conftest import cheap_settings
from tests.faults.killpoints import prelude

A, B, A2, C = ("steward A passphrase", "steward B passphrase", "steward A new passphrase",
               "steward C passphrase")

CHILD = prelude() + """
from pathlib import Path
import intake.vault.keyarea as ka

vault_dir, op, n, log = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
counter = kill_at_keyarea_io(n)
real_wp = ka.KeyArea.write_position

def write_position(self, pos, material):
    with open(log, "ab") as fh:  # outside the vault: what the test then looks for on disk
        fh.write(material)
    real_wp(self, pos, material)

ka.KeyArea.write_position = write_position
from crypto.kdf import KdfPolicy
from intake.vault.open import unlock
from intake.vault.settings import VaultSettings
A, B, A2, C = sys.argv[5:9]
with unlock(vault_dir, A, settings=VaultSettings(kdf=KdfPolicy(test_cost=True))) as v:
    if op == "add":
        from intake.keys.slots import add_slot
        add_slot(v, C, "C")
    elif op == "passwd":
        from intake.keys.slots import change_passphrase
        change_passphrase(v, A2)
    elif op == "remove":
        from intake.keys.slots import remove_slot
        remove_slot(v, [s.id for s in v.area.state.slots if s.id != v.slot_id][0])
    elif op == "withdraw":
        from intake.lifecycle import withdraw
        withdraw(v, "P-1")
    elif op == "retire":
        from intake.keys.field_identity import retire_field_identity
        retire_field_identity(v)
    elif op == "rotate":
        from intake.keys.rotate import rotate
        rotate(v, A).vault.close()
print("events", counter.count, flush=True)
"""


def _child(vault_dir: Path, op: str, n: int, log: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CHILD, str(vault_dir), op, str(n), str(log), A, B, A2, C],
                          capture_output=True, text=True, timeout=120, check=False)


def _setup(tmp_path: Path) -> Path:
    from intake.vault.open import create_vault

    path = tmp_path / "vault"
    with create_vault(path, A, settings=cheap_settings()) as vault:
        add_slot(vault, B, "B")
        with vault.transaction() as conn:
            conn.execute("INSERT INTO interviews(id, language, created) VALUES ('P-1', 'ru', '2026-01-01T00:00:00Z')")
    return path


def _materials(vault_dir: Path) -> list[bytes]:
    from area_tools import read_area, read_position

    header = read_area(vault_dir)[0]
    return [read_position(vault_dir, p)[:8160] for p in sorted(header.used())]


def _opens(vault_dir: Path, passphrase: str) -> bool:
    try:
        unlock(vault_dir, passphrase).close()
    except AuthError:
        return False
    return True


def _check(vault_dir: Path, op: str, written: bytes, before: list[bytes]) -> None:
    from area_tools import read_area, read_position

    first = A2 if op == "passwd" and not _opens(vault_dir, A) else A
    with unlock(vault_dir, first) as vault:  # resolves a pending change, wipes dirty positions
        assert verify_vault(vault).ok
    header = read_area(vault_dir)[0]
    assert header.pending is None and header.dirty == ()
    live = {read_position(vault_dir, p)[:8160] for p in header.used()}
    area = (vault_dir / "keyslots.bin").read_bytes()
    chunks = [written[i:i + 8160] for i in range(0, len(written), 8160)] + before
    for material in chunks:
        assert material in live or material[:256] not in area, "key material left at an unreferenced position"
    if op in ("add", "withdraw", "retire", "passwd"):
        assert _opens(vault_dir, B)  # the other steward is never locked out
    assert _opens(vault_dir, A) != _opens(vault_dir, A2)


@pytest.mark.parametrize("op", ["add", "passwd", "remove", "withdraw", "retire", "rotate"])
def test_kill_at_every_key_area_write(tmp_path: Path, op: str) -> None:
    dry = _setup(tmp_path / "dry")
    done = _child(dry, op, 0, tmp_path / "dry.log")
    assert done.returncode == 0, done.stderr
    events = int(done.stdout.split()[-1])
    assert events >= 4
    for n in range(1, events + 1):
        vault_dir = _setup(tmp_path / f"n{n}")
        before = _materials(vault_dir)
        log = tmp_path / f"n{n}.log"
        log.touch()
        assert _child(vault_dir, op, n, log).returncode == -9
        _check(vault_dir, op, log.read_bytes(), before)
