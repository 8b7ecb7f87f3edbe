"""Steward key slots: add, list, remove, passwd — what changes in the key area and what must not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake.errors import AuthError, NotFoundError, RefusedError, UsageError
from intake.keys.slots import add_slot, change_passphrase, list_slots, remove_slot
from intake.vault import audit
from intake.vault.open import unlock

SECOND = "second steward passphrase"


def _slots(vault_dir: Path) -> list[dict]:  # type: ignore[type-arg]
    from area_tools import read_area

    return [s.to_doc() for s in read_area(vault_dir)[0].state.slots]


def test_add_then_both_passphrases_open(vault, vault_dir: Path, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    new_id = add_slot(vault, SECOND, "Ганна")
    assert [s["id"] for s in _slots(vault_dir)][-1] == new_id
    assert "Ганна" not in (vault_dir / "vault.json").read_text(encoding="utf-8")
    assert "Ганна".encode() not in (vault_dir / "keyslots.bin").read_bytes()
    infos = {s.id: s for s in list_slots(vault)}
    assert infos[new_id].label == "Ганна" and not infos[new_id].current
    assert infos[vault.slot_id].current
    with unlock(vault_dir, SECOND) as other:
        assert other.slot_id == new_id and other.master_key == vault.master_key
    with unlock(vault_dir, passphrase) as first:
        assert first.slot_id != new_id
    assert audit.rows(vault.conn, action="keys.add")[0].object_id == new_id


def test_add_checks_passphrase_and_label(vault) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UsageError, match="at least 12"):
        add_slot(vault, "short", "B")
    with pytest.raises(UsageError, match="label"):
        add_slot(vault, SECOND, "   ")
    assert len(vault.area.state.slots) == 1


def test_passwd_rewrites_only_its_own_slot(vault, vault_dir: Path, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    from area_tools import read_position

    add_slot(vault, SECOND, "B")
    before = {s["id"]: s for s in _slots(vault_dir)}
    old_material = {sid: read_position(vault_dir, s["pos"]) for sid, s in before.items()}
    change_passphrase(vault, "a completely new passphrase")
    after = {s["id"]: s for s in _slots(vault_dir)}
    own_before, own_after = before[vault.slot_id], after[vault.slot_id]
    assert own_after["kdf"]["salt"] != own_before["kdf"]["salt"] and own_after["nonce"] != own_before["nonce"]
    assert own_after["pos"] != own_before["pos"]
    assert read_position(vault_dir, own_before["pos"]) != old_material[vault.slot_id]  # overwritten in place
    others = [sid for sid in before if sid != vault.slot_id]
    assert [json.dumps(before[i], sort_keys=True) for i in others] == [
        json.dumps(after[i], sort_keys=True) for i in others]
    assert all(read_position(vault_dir, after[i]["pos"]) == old_material[i] for i in others)
    with pytest.raises(AuthError):
        unlock(vault_dir, passphrase)
    with unlock(vault_dir, "a completely new passphrase") as v:
        assert v.slot_id == vault.slot_id
    with unlock(vault_dir, SECOND):
        pass


def test_passwd_keeps_the_slot_cost(tmp_path: Path, passphrase: str) -> None:
    from intake.vault.open import create_vault

    with create_vault(tmp_path / "v", passphrase, kdf_memory_mib=64) as vault:
        change_passphrase(vault, "a completely new passphrase")
    assert _slots(tmp_path / "v")[0]["kdf"]["m_kib"] == 65536


def test_remove_last_passphrase_slot_is_refused(vault, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    before = (vault_dir / "keyslots.bin").read_bytes()
    with pytest.raises(RefusedError, match="last passphrase slot") as info:
        remove_slot(vault, vault.slot_id)
    assert info.value.exit_code == 6
    assert (vault_dir / "keyslots.bin").read_bytes() == before


def test_remove_other_slot(vault, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    new_id = add_slot(vault, SECOND, "B")
    remove_slot(vault, new_id)
    assert [s["id"] for s in _slots(vault_dir)] == [vault.slot_id]
    assert vault.conn.execute("SELECT count(*) FROM stewards WHERE slot_id=?", (new_id,)).fetchone()[0] == 0
    with pytest.raises(AuthError):
        unlock(vault_dir, SECOND)
    with pytest.raises(NotFoundError):
        remove_slot(vault, "0" * 16)
    assert audit.verify(vault.conn, vault.keys.audit).ok


def test_removed_steward_keeps_what_they_copied(vault, vault_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """What docs/keys.md says plainly: removal is not revocation of copies already made."""
    import shutil

    new_id = add_slot(vault, SECOND, "B")
    vault.close()
    copy = tmp_path / "copy"
    shutil.copytree(vault_dir, copy)
    with unlock(vault_dir, "correct horse battery staple") as v:
        remove_slot(v, new_id)
    with unlock(copy, SECOND) as old_copy:  # the old copy still opens with the removed passphrase
        assert old_copy.slot_id == new_id
    shutil.copy(copy / "keyslots.bin", vault_dir / "keyslots.bin")
    with unlock(vault_dir, SECOND):  # and so does the live catalog with an old key area: same master key and epoch
        pass
