"""Finding F2 (round 21): a rolled-back catalog.db must not be accepted silently, nor re-anchored onto a fork.

The audit head is anchored in the authenticated key area (keyslots.bin). Restoring an older catalog.db of the
same epoch (a careless restore, or someone with write access to the vault folder) used to unlock silently,
and the next close moved the anchor onto the forked chain, erasing the evidence of the rollback.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from area_tools import read_area

from intake.errors import DamagedError
from intake.vault.catalog import CATALOG_NAME
from intake.vault.open import unlock
from tests.conftest import cheap_settings

PASS = "correct horse battery staple"


def _work(vault_dir: Path, action: str, count: int) -> None:
    with unlock(vault_dir, PASS, settings=cheap_settings()) as vault:
        for i in range(count):
            vault.audit(action, f"x{i}")


def _anchor(vault_dir: Path) -> tuple[int, str]:
    anchor = read_area(vault_dir)[0].audit
    assert anchor is not None
    return anchor.seq, anchor.hash


@pytest.fixture
def rolled_back(vault_dir: Path, tmp_path: Path) -> tuple[Path, tuple[int, str]]:
    """A vault whose catalog.db was replaced by a copy taken before three audited actions."""
    _work(vault_dir, "test.before", 2)
    backup = tmp_path / "catalog-backup.db"
    shutil.copyfile(vault_dir / CATALOG_NAME, backup)
    _work(vault_dir, "test.after", 3)  # e.g. a withdrawal's or an approval's rows
    anchored = _anchor(vault_dir)
    shutil.copyfile(backup, vault_dir / CATALOG_NAME)  # the restore (same epoch: it decrypts)
    return vault_dir, anchored


def test_f2_unlock_refuses_a_catalog_behind_the_anchor(rolled_back: tuple[Path, tuple[int, str]]) -> None:
    """(i) failed on main: the older catalog unlocked silently."""
    vault_dir, _ = rolled_back
    with pytest.raises(DamagedError, match="older than the key area records"):
        unlock(vault_dir, PASS, settings=cheap_settings())


def test_f2_working_on_a_restored_catalog_never_moves_the_anchor(rolled_back: tuple[Path, tuple[int, str]]) -> None:
    """(ii) failed on main: rows appended to the old chain (a fork) were anchored on close."""
    vault_dir, anchored = rolled_back
    try:
        vault = unlock(vault_dir, PASS, settings=cheap_settings())
    except DamagedError:
        pass  # refused: nothing can be appended
    else:
        with vault:
            for i in range(5):  # more rows than the anchor records: the fork's head seq passes it
                vault.audit("test.fork", f"y{i}")
    assert _anchor(vault_dir) == anchored


def test_f2_a_catalog_replaced_while_open_is_not_anchored(vault_dir: Path, tmp_path: Path) -> None:
    """(ii) failed on main: a long-running holder (workspace) whose catalog.db is rolled back under it."""
    _work(vault_dir, "test.before", 1)
    backup = tmp_path / "catalog-backup.db"
    shutil.copyfile(vault_dir / CATALOG_NAME, backup)
    _work(vault_dir, "test.after", 2)
    anchored = _anchor(vault_dir)
    with unlock(vault_dir, PASS, settings=cheap_settings()) as vault:  # the anchored row is there: opens
        shutil.copyfile(backup, vault_dir / CATALOG_NAME)  # in place, under the open connection
        for i in range(5):
            vault.audit("test.fork", f"y{i}")
    assert _anchor(vault_dir) == anchored
    with pytest.raises(DamagedError, match="older than the key area records"):
        unlock(vault_dir, PASS, settings=cheap_settings())
