"""``panic``: passphrase slots overwritten in place and removed; scratch files shredded; no KDF needed."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest

from intake.errors import AuthError
from intake.keys.panic import panic
from intake.keys.slots import add_slot
from intake.vault.open import unlock


def test_panic_overwrites_the_old_header_bytes(vault, vault_dir: Path, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    add_slot(vault, "second steward passphrase", "B")
    vault.close()
    header = vault_dir / "vault.json"
    sealed = [base64.b64decode(s["sealed"]) for s in json.loads(header.read_text())["slots"]]
    fd = os.open(header, os.O_RDONLY)  # keeps the old inode readable after the atomic replace
    try:
        report = panic(vault_dir)
        old_inode_now = os.pread(fd, 1 << 16, 0)
    finally:
        os.close(fd)
    assert report.destroyed_slots == 2 and not report.recovery_kept
    for value in sealed:
        assert base64.b64encode(value) not in old_inode_now
    assert json.loads(header.read_text())["slots"] == []
    with pytest.raises(AuthError):
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
