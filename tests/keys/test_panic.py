"""``panic``: passphrase slots overwritten in place and removed; scratch files shredded; no KDF needed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from intake.errors import DamagedError
from intake.keys.panic import panic
from intake.keys.slots import add_slot
from intake.vault.open import unlock


def test_panic_overwrites_every_slot_position_in_place(vault, vault_dir: Path, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    from area_tools import read_area, read_position

    add_slot(vault, "second steward passphrase", "B")
    vault.close()
    header = read_area(vault_dir)[0]
    materials = [read_position(vault_dir, s.pos) for s in header.state.slots]
    inode = os.stat(vault_dir / "keyslots.bin").st_ino
    report = panic(vault_dir)
    assert report.destroyed_slots == 2 and not report.recovery_kept and report.positions_overwritten == 24
    assert os.stat(vault_dir / "keyslots.bin").st_ino == inode  # the same file, overwritten in place
    area = (vault_dir / "keyslots.bin").read_bytes()
    for material in materials:
        assert material[:64] not in area and material[-64:] not in area
    with pytest.raises(DamagedError, match="no valid header"):
        unlock(vault_dir, passphrase)


def test_panic_shreds_scratch_files(vault_dir: Path) -> None:
    journal = vault_dir / "tmp" / "rotate.json"
    journal.write_bytes((vault_dir / "vault.json").read_bytes())
    report = panic(vault_dir)
    assert report.tmp_files == 1 and not journal.exists()


def test_panic_keeps_catalog_and_blobs(vault_dir: Path) -> None:
    before = (vault_dir / "catalog.db").read_bytes()
    panic(vault_dir)
    assert (vault_dir / "catalog.db").read_bytes() == before
