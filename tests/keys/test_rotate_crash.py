"""Kill ``keys rotate`` with SIGKILL at every step (and at random moments inside the rekey): the vault must
then open with the same passphrase under the old or the new master key, never neither, and pass verify."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from intake.vault import audit
from intake.vault.check import verify_vault
from intake.vault.open import unlock
from tests.conftest import cheap_settings


def _pending(vault_dir: Path) -> object:
    from area_tools import read_area

    return read_area(vault_dir)[0].pending

CHILD = """
import os, signal, sys, threading
from pathlib import Path
from intake.keys import rotate as keys_rotate
from intake.vault import resolve as vault_open
from intake.vault.open import unlock

vault_dir, passphrase, where, when, delay = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], float(sys.argv[5])

def die():
    os.kill(os.getpid(), signal.SIGKILL)

def wrap(name, parent=keys_rotate):
    original = getattr(parent, name)
    def wrapper(*args, **kwargs):
        if when == "before":
            die()
        if when == "timer":
            threading.Timer(delay, die).start()
        result = original(*args, **kwargs)
        if when == "after":
            die()
        return result
    setattr(parent, name, wrapper)

if sys.argv[6] == "unlock":  # finishing an interrupted rotation belongs to opening the vault
    wrap(where, vault_open)
else:
    wrap(where, keys_rotate.audit if where == "remac" else keys_rotate)
from crypto.kdf import KdfPolicy
from intake.vault.settings import VaultSettings
v = unlock(vault_dir, passphrase, settings=VaultSettings(kdf=KdfPolicy(test_cost=True)))
if sys.argv[6] == "rotate":
    keys_rotate.rotate(v, passphrase)
print("finished", flush=True)
"""

# (function wrapped, kill before/after it) -> which master key the vault must open with afterwards
STEPS = [
    ("_write_pending", "before", "old"),
    ("_write_pending", "after", "old"),  # pending committed, catalog not rekeyed: rolled back on unlock
    ("remac", "after", "old"),  # inside the transaction, before PRAGMA rekey
    ("rekey_catalog", "after", "new"),  # catalog rekeyed, pending not committed: rolled forward on unlock
    ("commit_pending", "after", "new"),  # committed and old positions wiped
]


def _child(vault_dir: Path, passphrase: str, where: str, when: str, delay: float = 0.0,
           action: str = "rotate") -> int:
    proc = subprocess.run([sys.executable, "-c", CHILD, str(vault_dir), passphrase, where, when, str(delay), action],
                          capture_output=True, text=True, timeout=120, check=False)
    return proc.returncode


def _fill(vault_dir: Path, passphrase: str, rows: int) -> bytes:
    with unlock(vault_dir, passphrase) as vault:
        with vault.transaction():
            for i in range(rows):
                vault.audit("test.fill", f"row-{i}", n=i, pad="x" * 200)
        return vault.master_key


def _check(vault_dir: Path, passphrase: str) -> bytes:
    with unlock(vault_dir, passphrase) as vault:  # resumes an interrupted rotation when needed
        assert audit.verify(vault.conn, vault.keys.audit).ok
        report = verify_vault(vault)
        assert report.ok, report.lines()
        assert _pending(vault_dir) is None
        assert not list(vault.tmp.iterdir())
        return vault.master_key


@pytest.mark.parametrize(("where", "when", "expected"), STEPS, ids=[f"{w}-{t}" for w, t, _ in STEPS])
def test_kill_at_each_step(vault_dir: Path, passphrase: str, where: str, when: str, expected: str) -> None:
    old = _fill(vault_dir, passphrase, 10)
    assert _child(vault_dir, passphrase, where, when) == -9
    master = _check(vault_dir, passphrase)
    assert (master == old) == (expected == "old")


def test_kill_while_finishing_an_interrupted_rotation(vault_dir: Path, passphrase: str) -> None:
    old = _fill(vault_dir, passphrase, 10)
    assert _child(vault_dir, passphrase, "rekey_catalog", "after") == -9
    assert _pending(vault_dir) is not None
    assert _child(vault_dir, passphrase, "commit_pending", "before", action="unlock") == -9  # killed mid-resume
    assert _pending(vault_dir) is not None
    assert _check(vault_dir, passphrase) != old


def test_kill_at_random_moments_inside_the_rekey(vault_dir: Path, passphrase: str) -> None:
    old = _fill(vault_dir, passphrase, 4000)  # a catalog of a few MB, so the rekey takes a while
    outcomes = []
    for delay in (0.01, 0.05, 0.09, 0.11, 0.125, 0.14, 0.3):  # the rekey of this catalog takes ~0.1 s
        code = _child(vault_dir, passphrase, "rekey_catalog", "timer", delay)
        assert code in (-9, 0)
        master = _check(vault_dir, passphrase)
        outcomes.append(master == old)
        old = master
    print("outcomes (True = old key)", outcomes)


def test_other_steward_during_an_interrupted_rotation_is_told_why(vault_dir: Path, passphrase: str) -> None:
    from intake.errors import AuthError
    from intake.keys.slots import add_slot

    with unlock(vault_dir, passphrase, settings=cheap_settings()) as vault:
        add_slot(vault, "second steward passphrase", "B")
    assert _child(vault_dir, passphrase, "rekey_catalog", "after") == -9
    with pytest.raises(AuthError, match="a key rotation was interrupted"):
        unlock(vault_dir, "second steward passphrase")
    assert _pending(vault_dir) is not None  # still there for the steward who started it
    _check(vault_dir, passphrase)
