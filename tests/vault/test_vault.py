"""Vault creation, unlocking, header parsing, catalog encryption."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from crypto.kdf import KdfPolicy
from intake.errors import AuthError, DamagedError, NoVaultError, UsageError
from intake.vault.header import read_header
from intake.vault.open import create_vault, unlock
from intake.vault.settings import VaultSettings

CHEAP = VaultSettings(kdf=KdfPolicy(test_cost=True))  # test-only cost for new key slots


def test_create_and_unlock(vault_dir: Path, passphrase: str) -> None:
    with unlock(vault_dir, passphrase) as vault:
        assert vault.age_identity().startswith("AGE-SECRET-KEY-1")
        assert vault.header.recipient.startswith("age1")
    assert sorted(p.name for p in vault_dir.iterdir()) == ["blobs", "catalog.db", "keyslots.bin", "tmp", "vault.json"]


def test_wrong_passphrase_is_opaque(vault_dir: Path) -> None:
    with pytest.raises(AuthError) as info:
        unlock(vault_dir, "not the passphrase at all")
    assert info.value.message == "wrong passphrase or damaged key slot"
    assert info.value.exit_code == 4


def test_damaged_slot_gives_the_same_message(vault_dir: Path, passphrase: str) -> None:
    from area_tools import flip_byte, position_offset, read_area

    slot = read_area(vault_dir)[0].state.slots[0]
    flip_byte(vault_dir / "keyslots.bin", position_offset(slot.pos) + 100)
    with pytest.raises(AuthError) as info:
        unlock(vault_dir, passphrase)
    assert info.value.message == "wrong passphrase or damaged key slot"


def test_header_holds_nothing_identifying(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "v"
    create_vault(path, passphrase, label="Ганна Сяргеевна", settings=CHEAP).close()
    raw = (path / "vault.json").read_text()
    assert "Ганна" not in raw and "steward" not in raw
    assert set(json.loads(raw)) == {"format", "version", "vault_id", "recipient"}
    area = (path / "keyslots.bin").read_bytes()
    assert "Ганна".encode() not in area and b"steward" not in area


def test_catalog_is_encrypted_and_holds_no_marker(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "v"
    marker = "MARKER-PLAINTEXT-7731"
    with create_vault(path, passphrase, label=marker, settings=CHEAP) as vault:
        vault.audit("test.marker", "x")
    data = (path / "catalog.db").read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert marker.encode() not in data and marker.encode("utf-16-le") not in data


def test_sqlcipher_is_really_in_use(vault) -> None:  # type: ignore[no-untyped-def]
    assert vault.conn.execute("PRAGMA cipher_version").fetchone()[0]
    assert vault.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert vault.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_crafted_kdf_cost_is_refused_before_running(vault_dir: Path, passphrase: str) -> None:
    from dataclasses import replace

    from area_tools import read_area, write_area

    from crypto.kdf import Argon2Params

    header = read_area(vault_dir)[0]
    slot = replace(header.state.slots[0], params=Argon2Params(t=3, m_kib=64 * 1024 * 1024, p=1))  # 64 GiB
    write_area(vault_dir, replace(header, state=replace(header.state, slots=(slot,))))
    start = time.monotonic()
    with pytest.raises(DamagedError, match="outside the accepted range"):
        unlock(vault_dir, passphrase)
    assert time.monotonic() - start < 5  # refused up front, not after allocating 64 GiB


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b'{"format": "intake-vault", "version": 2}',
                                     b"\xff\xfe", json.dumps({"format": "intake-vault", "version": 1}).encode()])
def test_garbage_header_is_damaged(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "vault.json").write_bytes(content)
    with pytest.raises(DamagedError):
        read_header(tmp_path)


def test_no_vault(tmp_path: Path, passphrase: str) -> None:
    with pytest.raises(NoVaultError):
        unlock(tmp_path, passphrase)


def test_refuses_non_empty_target_and_short_passphrase(tmp_path: Path, passphrase: str) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(UsageError):
        create_vault(tmp_path, passphrase, settings=CHEAP)
    with pytest.raises(UsageError, match="at least 12"):
        create_vault(tmp_path / "new", "short", settings=CHEAP)


def test_catalog_of_another_vault_is_refused(tmp_path: Path, passphrase: str) -> None:
    create_vault(tmp_path / "a", passphrase, settings=CHEAP).close()
    create_vault(tmp_path / "b", passphrase, settings=CHEAP).close()
    (tmp_path / "a" / "catalog.db").write_bytes((tmp_path / "b" / "catalog.db").read_bytes())
    with pytest.raises(AuthError, match="catalog"):
        unlock(tmp_path / "a", passphrase)


def test_every_wrong_guess_pays_the_full_kdf(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No shortcut for a wrong passphrase: each guess runs Argon2id with the slot's own parameters."""
    import crypto.keyslot as keyslot

    calls = []
    real = keyslot.argon2id

    def counting(secret, salt, params, **kw):  # type: ignore[no-untyped-def]
        calls.append(params)
        return real(secret, salt, params, **kw)

    monkeypatch.setattr(keyslot, "argon2id", counting)
    from area_tools import read_area

    slot = read_area(vault_dir)[0].state.slots[0]
    for guess in ("wrong guess number one", "wrong guess number two"):
        with pytest.raises(AuthError):
            unlock(vault_dir, guess)
    assert calls == [slot.params, slot.params]
