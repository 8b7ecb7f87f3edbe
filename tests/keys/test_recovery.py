"""Recovery shares (SLIP-39): exactly the threshold opens, one fewer fails cleanly; panic then recovery."""

from __future__ import annotations

from pathlib import Path

import pytest

from crypto import kdf
from crypto.kdf import KdfPolicy
from intake.errors import AuthError, InputError, UsageError
from intake.keys.panic import panic
from intake.keys.recovery import combine_shares, create_recovery, recover_access, unlock_with_shares
from intake.keys.slots import list_slots
from intake.vault import audit
from intake.vault.open import create_vault, unlock
from intake.vault.settings import VaultSettings

CHEAP = VaultSettings(kdf=KdfPolicy(test_cost=True))  # test-only cost for new key slots

NEW = "a passphrase chosen after recovery"


def test_exactly_the_threshold_opens(vault, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    made = create_recovery(vault, 5, 3)
    assert len(made.shares) == 5 and len(set(made.shares)) == 5
    assert "shares=<5 hidden>" in repr(made) and made.shares[0] not in repr(made)
    for chosen in (made.shares[:3], made.shares[2:], [made.shares[4], made.shares[0], made.shares[2]]):
        with unlock_with_shares(vault_dir, chosen) as v:
            assert v.master_key == vault.master_key and v.slot_id == made.slot_id


def test_one_share_fewer_fails_cleanly(vault, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    made = create_recovery(vault, 5, 3)
    with pytest.raises(InputError) as info:
        unlock_with_shares(vault_dir, made.shares[:2])
    assert info.value.message == "3 different shares are needed, 2 were given"
    with pytest.raises(InputError):
        unlock_with_shares(vault_dir, [made.shares[0], made.shares[0], made.shares[1]])  # a repeated share


def test_mistyped_share_never_echoes_words(vault, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    shares = create_recovery(vault, 3, 2).shares
    words = shares[1].split()
    words[5] = "academic" if words[5] != "academic" else "acid"
    with pytest.raises(InputError) as info:
        combine_shares([shares[0], " ".join(words)])
    text = info.value.message + " " + (info.value.hint or "")
    ordinary = {"check", "paper"}  # SLIP-39 words that the hint itself uses
    assert not (set(shares[0].split()) | set(words)) - ordinary & set(text.split())


def test_old_set_stops_working_when_replaced(vault, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    old = create_recovery(vault, 3, 2)
    new = create_recovery(vault, 3, 2)
    assert [s.kind for s in vault.area.state.slots].count("recovery") == 1
    with pytest.raises(AuthError, match="do not open this vault"):
        unlock_with_shares(vault_dir, old.shares[:2])
    with unlock_with_shares(vault_dir, new.shares[1:]):
        pass


def test_shares_of_another_vault(vault, tmp_path: Path, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    with create_vault(tmp_path / "other", passphrase, settings=CHEAP) as other:
        foreign = create_recovery(other, 3, 2).shares
    create_recovery(vault, 3, 2)
    with pytest.raises(AuthError):
        unlock_with_shares(vault.path, foreign[:2])


def test_bad_split_parameters(vault) -> None:  # type: ignore[no-untyped-def]
    for shares, threshold in ((3, 1), (2, 3), (17, 3), (1, 1)):
        with pytest.raises(UsageError):
            create_recovery(vault, shares, threshold)


def test_slot_follows_format_section_7(vault, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    create_recovery(vault, 3, 2)
    from area_tools import read_area

    slot = next(s.to_doc() for s in read_area(vault_dir)[0].state.slots if s.kind == "recovery")
    assert slot["kdf"] is None and set(slot) == {"id", "kind", "pos", "aad", "nonce", "kdf"} and slot["aad"] == 2


def test_panic_then_recovery(vault, vault_dir: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    shares = create_recovery(vault, 5, 3).shares
    master = vault.master_key
    vault.close()

    def no_kdf(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("panic must not run a KDF")

    monkeypatch.setattr(kdf, "argon2id", no_kdf)
    monkeypatch.setattr("crypto.keyslot.argon2id", no_kdf)
    report = panic(vault_dir)
    monkeypatch.undo()
    assert report.destroyed_slots == 1 and report.recovery_kept
    from area_tools import read_area

    assert [s.kind for s in read_area(vault_dir)[0].state.slots] == ["recovery"]
    with pytest.raises(AuthError):
        unlock(vault_dir, passphrase)
    with recover_access(vault_dir, shares[1:4], NEW, "after panic", settings=CHEAP) as v:
        assert v.master_key == master
        labels = {s.label for s in list_slots(v)}
        assert labels == {"after panic", "recovery 3 of 5"}  # the destroyed slot's label was dropped
        assert [r.action for r in audit.rows(v.conn)][-3:] == ["keys.recovery.unlock", "keys.add", "keys.forget"]
        assert audit.verify(v.conn, v.keys.audit).ok
    with unlock(vault_dir, NEW):
        pass


def test_recovery_checks_the_new_passphrase_first(vault, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    shares = create_recovery(vault, 3, 2).shares
    with pytest.raises(UsageError):
        recover_access(vault_dir, shares[:2], "short", "x", settings=CHEAP)
    from area_tools import read_area

    assert len(read_area(vault_dir)[0].state.slots) == 2
