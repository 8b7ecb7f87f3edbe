"""Medium 3: after withdraw (and rotate) every page written under the old epoch needs a secret that no
longer exists, so a copy of the old catalog and its rollback journal is useless even with the passphrase."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from area_tools import read_area, read_position

from intake.errors import AuthError
from intake.keys.rotate import rotate
from intake.lifecycle import withdraw
from intake.vault.catalog import CATALOG_NAME, connect
from intake.vault.open import unlock

PASS = "correct horse battery staple"
MARKER = "MARKER-WITHDRAWN-4471"


def _interview(vault) -> None:  # type: ignore[no-untyped-def]
    with vault.transaction() as conn:
        conn.execute("INSERT INTO interviews(id, language, created) VALUES ('P-1', ?, '2026-01-01T00:00:00Z')",
                     (MARKER,))


def test_m3_old_catalog_copy_is_unreadable_after_withdraw_even_with_the_passphrase(vault, vault_dir: Path,  # type: ignore[no-untyped-def]
                                                                                   tmp_path: Path) -> None:
    _interview(vault)
    old_copy = tmp_path / "carved-catalog.db"  # what a carver gets back from freed blocks or a deleted journal
    shutil.copy(vault_dir / CATALOG_NAME, old_copy)
    old_epoch = read_area(vault_dir)[0].state.epoch
    old_material = read_position(vault_dir, old_epoch.pos)
    withdraw(vault, "P-1")
    vault.close()
    header = read_area(vault_dir)[0]
    assert header.state.epoch.id != old_epoch.id
    assert old_material[:64] not in (vault_dir / "keyslots.bin").read_bytes()  # overwritten in place
    with unlock(vault_dir, PASS) as again:  # the compelled passphrase: master key and today's epoch
        with pytest.raises(AuthError):
            connect(old_copy, again.keys.catalog)
        assert again.conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 0


def test_m3_rotation_moves_the_catalog_to_a_new_epoch_too(vault, vault_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _interview(vault)
    old_copy = tmp_path / "carved-catalog.db"
    shutil.copy(vault_dir / CATALOG_NAME, old_copy)
    old_epoch = read_area(vault_dir)[0].state.epoch
    old_material = read_position(vault_dir, old_epoch.pos)
    with rotate(vault, PASS).vault as new, pytest.raises(AuthError):
        connect(old_copy, new.keys.catalog)
    assert old_material[:64] not in (vault_dir / "keyslots.bin").read_bytes()


def test_m3_no_temporary_files_outside_the_catalog(vault) -> None:  # type: ignore[no-untyped-def]
    assert vault.conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY: VACUUM's copy stays in memory
