"""Kill a field-identity retirement (alone, or inside a withdrawal) with SIGKILL at every step and at every write
of the key area: the vault must then open, pass verify, hold no pending change, and name ONE coherent
identity everywhere (key area, ``vault.json``, catalog), either the old one or the new one; the old epoch is
destroyed in every case (intake/vault/epoch.py, docs/format.md §3.3)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crypto import agefile
from intake.vault.check import verify_vault
from intake.vault.open import create_vault, unlock
from tests.conftest import PASSPHRASE, cheap_settings
from tests.faults.killpoints import prelude

CHILD = prelude() + """
import os, signal
from pathlib import Path
import intake.vault.epoch as epoch

vault_dir, op, where, when, n = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])

def die():
    os.kill(os.getpid(), signal.SIGKILL)

counter = None
if where == "keyarea":  # every write and fsync of keyslots.bin
    counter = kill_at_keyarea_io(n)
else:
    original = getattr(epoch, where)
    def wrapper(*args, **kwargs):
        if when == "before":
            die()
        result = original(*args, **kwargs)
        if when == "after":
            die()
        return result
    setattr(epoch, where, wrapper)

from crypto.kdf import KdfPolicy
from intake.vault.open import unlock
from intake.vault.settings import VaultSettings
with unlock(vault_dir, sys.argv[6], settings=VaultSettings(kdf=KdfPolicy(test_cost=True))) as v:
    if op == "withdraw":
        from intake.lifecycle import withdraw
        withdraw(v, "P-1", retire_field_identity=True)
    else:
        from intake.keys.field_identity import retire_field_identity
        retire_field_identity(v)
print("events", counter.count if counter else 0, flush=True)
"""

# (function of intake.vault.epoch wrapped, kill before/after it) -> whether the new identity must be in place
STEPS = [
    ("retire_and_rekey", "before", False),  # pending committed, catalog untouched: epoch rolled forward only
    ("retire_and_rekey", "after", True),  # catalog rekeyed with the new identity; vault.json still old
    ("write_public", "after", True),  # vault.json new, key area still pending
    ("commit_pending", "after", True),
]


def _setup(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "vault"
    with create_vault(path, PASSPHRASE, settings=cheap_settings()) as vault:
        with vault.transaction() as conn:
            conn.execute("INSERT INTO interviews(id, language, created) VALUES ('P-1', 'ru', '2026-01-01T00:00:00Z')")
        return path, vault.age_identity()


def _child(vault_dir: Path, op: str, where: str, when: str = "", n: int = 0) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CHILD, str(vault_dir), op, where, when, str(n), PASSPHRASE],
                          capture_output=True, text=True, timeout=120, check=False)


def _coherent(vault_dir: Path, old_identity: str) -> bool:
    """Open, verify, and return whether the identity was replaced; every copy must name the same recipient."""
    from area_tools import read_area

    with unlock(vault_dir, PASSPHRASE, settings=cheap_settings()) as vault:  # resolves, repairs vault.json
        assert verify_vault(vault).ok
        identity, recipient = vault.age_identity(), vault.header.recipient
        assert vault.area.state.epoch == read_area(vault_dir)[0].state.epoch
    header = read_area(vault_dir)[0]
    assert header.pending is None and header.dirty == ()
    public = json.loads((vault_dir / "vault.json").read_text())["recipient"]
    assert agefile.recipient_of(identity) == recipient == header.recipient == public
    with unlock(vault_dir, PASSPHRASE, settings=cheap_settings()) as again:  # and it opens again unchanged
        assert again.age_identity() == identity
    return identity != old_identity


@pytest.mark.parametrize(("where", "when", "replaced"), STEPS, ids=[f"{w}-{t}" for w, t, _ in STEPS])
@pytest.mark.parametrize("op", ["retire", "withdraw"])
def test_kill_at_each_step_of_a_retirement(tmp_path: Path, op: str, where: str, when: str, replaced: bool) -> None:
    vault_dir, old = _setup(tmp_path)
    epoch_before = _epoch(vault_dir)
    assert _child(vault_dir, op, where, when).returncode == -9
    assert _coherent(vault_dir, old) == replaced
    assert _epoch(vault_dir) != epoch_before  # the old epoch (and every page under it) is gone either way


def test_kill_at_every_key_area_write_of_a_retirement(tmp_path: Path) -> None:
    dry, _ = _setup(tmp_path / "dry")
    done = _child(dry, "withdraw", "keyarea")
    assert done.returncode == 0, done.stderr
    events = int(done.stdout.split()[-1])
    assert events >= 6
    outcomes = set()
    for n in range(1, events + 1):
        vault_dir, old = _setup(tmp_path / f"n{n}")
        assert _child(vault_dir, "withdraw", "keyarea", n=n).returncode == -9
        outcomes.add(_coherent(vault_dir, old))
    assert outcomes == {False, True}  # killed before the catalog commit: old identity; after: the new one


def _epoch(vault_dir: Path) -> str:
    from area_tools import read_area

    return read_area(vault_dir)[0].state.epoch.id
