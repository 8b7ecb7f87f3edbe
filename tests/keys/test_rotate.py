"""Master-key rotation: new key, catalog rekeyed, audit chain re-signed, other slots removed, blobs untouched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from intake.errors import AuthError, RefusedError
from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
from intake.keys.recovery import create_recovery, unlock_with_shares
from intake.keys.rotate import rotate
from intake.keys.slots import add_slot, list_slots
from intake.vault import audit
from intake.vault.catalog import CATALOG_NAME, connect
from intake.vault.check import verify_vault
from intake.vault.journal import journal_path
from intake.vault.open import unlock

SECOND = "second steward passphrase"


def test_rotate_changes_the_master_key_and_keeps_everything(vault, vault_dir: Path, passphrase: str,  # type: ignore[no-untyped-def]
                                                            make_media) -> None:
    rec = ingest_file(vault, make_media("wav", seconds=1.0), IngestOptions(interview="P-1"))
    add_slot(vault, SECOND, "B")
    shares = create_recovery(vault, 3, 2).shares
    blobs_before = {p.name: p.read_bytes() for p in vault.blobs.iterdir()}
    old_master, old_keys = vault.master_key, vault.keys
    result = rotate(vault, passphrase)
    with result.vault as new:
        assert new.master_key != old_master and new.slot_id == vault.slot_id
        assert {s.kind for s in result.removed} == {"passphrase", "recovery"} and len(result.removed) == 2
        assert [s.id for s in list_slots(new)] == [vault.slot_id]
        assert new.conn.execute("SELECT count(*) FROM stewards").fetchone()[0] == 1
        assert audit.rows(new.conn)[-1].action == "keys.rotate"
        assert audit.verify(new.conn, new.keys.audit).ok
        assert verify_vault(new).ok
        assert new.conn.execute("SELECT id FROM recordings").fetchone()[0] == rec.recording_id
    assert {p.name: p.read_bytes() for p in (vault_dir / "blobs").iterdir()} == blobs_before
    assert not journal_path(vault_dir).exists()
    with pytest.raises(AuthError):
        connect(vault_dir / CATALOG_NAME, old_keys.catalog)  # the old key opens nothing any more
    with pytest.raises(AuthError):
        unlock(vault_dir, SECOND)
    with pytest.raises(AuthError):
        unlock_with_shares(vault_dir, shares[:2])  # old shares stop working
    with unlock(vault_dir, passphrase) as again:
        assert again.master_key == result.vault.master_key
        assert again.keys.catalog != old_keys.catalog and again.keys.audit != old_keys.audit


def test_old_copy_of_header_does_not_open_the_rotated_catalog(vault, vault_dir: Path, passphrase: str,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path) -> None:
    add_slot(vault, SECOND, "B")
    old_header = tmp_path / "old-keyslots.bin"
    shutil.copy(vault_dir / "keyslots.bin", old_header)
    rotate(vault, passphrase).vault.close()
    shutil.copy(old_header, vault_dir / "keyslots.bin")
    with pytest.raises(AuthError):
        unlock(vault_dir, SECOND)


def test_rotate_needs_the_unlocking_passphrase(vault, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    add_slot(vault, SECOND, "B")
    with pytest.raises(AuthError):
        rotate(vault, SECOND)  # another steward's passphrase is not the one this vault was opened with
    with unlock(vault.path, passphrase) as v:
        assert len(v.area.state.slots) == 2


def test_rotate_refuses_a_broken_audit_log(vault, vault_dir: Path, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    vault.audit("test.row", "x")
    with vault.transaction() as conn:
        conn.execute("UPDATE audit SET action='forged' WHERE seq=1")
    with pytest.raises(RefusedError, match="audit log is broken"):
        rotate(vault, passphrase)
    with unlock(vault_dir, passphrase) as v:
        assert v.master_key == vault.master_key
    assert not journal_path(vault_dir).exists()


def test_rotate_twice(vault, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    first = rotate(vault, passphrase).vault
    second = rotate(first, passphrase).vault
    with second:
        assert audit.verify(second.conn, second.keys.audit).ok
        assert [r.action for r in audit.rows(second.conn)].count("keys.rotate") == 2


def test_rotation_changes_every_derived_key(vault, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    old = vault.keys
    with rotate(vault, passphrase).vault as new:
        assert old.catalog != new.keys.catalog and old.audit != new.keys.audit
        assert old.pseudonym != new.keys.pseudonym
