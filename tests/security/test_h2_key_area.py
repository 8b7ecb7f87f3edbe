"""High 2: key material lives only in keyslots.bin, overwritten in place; panic and passwd really destroy it;
version-1 vaults migrate and lose their in-file slots."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from area_tools import flip_byte, make_v1, position_offset, read_area, read_position
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.errors import AuthError, DamagedError
from intake.keys.panic import PanicIncomplete, panic
from intake.keys.slots import add_slot, change_passphrase
from intake.vault.keyarea import AREA_SIZE
from intake.vault.open import create_vault, unlock
from tests.conftest import cheap_settings

PASS = "correct horse battery staple"
SECOND = "second steward passphrase"


def test_h2_passwd_overwrites_the_old_slot_in_place(vault, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    old = read_area(vault_dir)[0].state.slot(vault.slot_id)
    assert old is not None
    material = read_position(vault_dir, old.pos)
    change_passphrase(vault, "a completely new passphrase")
    area = (vault_dir / "keyslots.bin").read_bytes()
    assert material[:64] not in area and material[4000:4064] not in area
    assert not any((vault_dir / "tmp").iterdir())


def test_h2_panic_ignores_a_reformatted_vault_json(vault, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    add_slot(vault, SECOND, "B")
    vault.close()
    doc = json.loads((vault_dir / "vault.json").read_text())
    (vault_dir / "vault.json").write_text(json.dumps(doc, separators=(",", ":")))  # hand-formatted
    slots = [read_position(vault_dir, s.pos) for s in read_area(vault_dir)[0].state.slots]
    report = panic(vault_dir)
    assert report.destroyed_slots == 2 and report.positions_overwritten == 24
    area = (vault_dir / "keyslots.bin").read_bytes()
    assert all(m[:64] not in area for m in slots)


def test_h2_panic_of_a_reformatted_v1_header_overwrites_it_in_place(vault, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    master = vault.master_key
    vault.close()
    make_v1(vault_dir, master, [PASS, SECOND])
    doc = json.loads((vault_dir / "vault.json").read_text())
    (vault_dir / "vault.json").write_text(json.dumps(doc, separators=(",", ":")))
    sealed = [s["sealed"].encode() for s in doc["slots"]]
    fd = os.open(vault_dir / "vault.json", os.O_RDONLY)  # the same inode is what a carver would find
    try:
        report = panic(vault_dir)
        now = os.pread(fd, 1 << 16, 0)
    finally:
        os.close(fd)
    assert report.destroyed_slots == 2
    assert all(s not in now for s in sealed)
    with pytest.raises(AuthError):
        unlock(vault_dir, PASS)


def test_h2_panic_reports_a_failed_overwrite(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import intake.vault.keyarea as keyarea

    real = os.pread
    monkeypatch.setattr(keyarea.os, "pread", lambda fd, n, off: bytes(n) if n == keyarea.POS_SIZE else real(fd, n, off))
    with pytest.raises(PanicIncomplete):
        panic(vault_dir)


def test_h2_rotation_writes_no_journal(vault, passphrase: str, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from intake.keys.rotate import rotate

    created: list[str] = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda p, *a, **k: (created.append(str(p)), real_open(p, *a, **k))[1])
    rotate(vault, passphrase).vault.close()
    assert not [p for p in created if "/tmp/" in p.replace(str(vault.path), "") and "rotate" in p]
    assert not any(vault.tmp.iterdir())


def test_h2_migration_of_a_v1_vault(vault, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    master = vault.master_key
    vault.close()
    secret = os.urandom(32)
    make_v1(vault_dir, master, [PASS, SECOND], secret)
    doc = json.loads((vault_dir / "vault.json").read_text())
    inode = os.stat(vault_dir / "vault.json").st_ino
    with unlock(vault_dir, SECOND) as migrated:  # any steward's first unlock migrates
        assert migrated.master_key == master
    raw = (vault_dir / "vault.json").read_bytes()
    assert os.stat(vault_dir / "vault.json").st_ino == inode  # overwritten in place, not replaced
    assert json.loads(raw)["version"] == 2 and all(s["sealed"].encode() not in raw for s in doc["slots"])
    assert os.path.getsize(vault_dir / "keyslots.bin") == AREA_SIZE
    header = read_area(vault_dir)[0]
    assert [s.aad for s in header.state.slots] == [1, 1, 1] and header.pending is None
    with unlock(vault_dir, PASS) as again:
        assert again.master_key == master and again.verify_audit().ok
    from intake.keys.recovery import unlock_with_shares
    from intake.vault.keyring import open_recovery_entry

    entry = next(s for s in header.state.slots if s.kind == "recovery")
    assert open_recovery_entry(entry, read_position(vault_dir, entry.pos)[:8160], secret, header.vault_id) == master
    assert callable(unlock_with_shares)


def test_h2_migration_survives_a_kill_at_every_step(tmp_path: Path) -> None:
    import subprocess
    import sys

    child = ("import os, signal, sys\nimport intake.vault.keyarea as ka\nfrom pathlib import Path\n"
             "n = int(sys.argv[2]); c = [0]\nrp, rf = ka._pwrite, ka._fsync\n"
             "def t():\n    c[0] += 1\n    if c[0] == n: os.kill(os.getpid(), signal.SIGKILL)\n"
             "ka._pwrite = lambda fd, d, o: (t(), rp(fd, d, o))\nka._fsync = lambda fd: (rf(fd), t())\n"
             "from intake.vault.open import unlock\nunlock(Path(sys.argv[1]), sys.argv[3]).close()\nprint(c[0])\n")
    counts = []
    for n in range(1, 16):
        path = tmp_path / f"v{n}"
        with create_vault(path, PASS, settings=cheap_settings()) as v:
            master = v.master_key
        make_v1(path, master, [PASS])
        done = subprocess.run([sys.executable, "-c", child, str(path), str(n), PASS], capture_output=True, text=True,
                              check=False, timeout=120)
        counts.append(done.returncode)
        with unlock(path, PASS) as vault:
            assert vault.master_key == master and vault.verify_audit().ok
        assert json.loads((path / "vault.json").read_text())["version"] == 2
        if done.returncode == 0:
            break
    assert -9 in counts and counts[-1] == 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(offset=st.integers(min_value=0, max_value=AREA_SIZE - 1), mask=st.integers(min_value=1, max_value=255))
def test_h2_flip_any_byte_of_the_key_area_is_a_clean_error(tmp_path_factory: pytest.TempPathFactory, offset: int,
                                                          mask: int) -> None:
    path = tmp_path_factory.mktemp("flip") / "v"
    with create_vault(path, PASS, settings=cheap_settings()) as vault:
        master = vault.master_key
    flip_byte(path / "keyslots.bin", offset, mask)
    try:
        with unlock(path, PASS) as again:
            assert again.master_key == master  # a flip in unused bytes or a stale copy: never a wrong key
    except (AuthError, DamagedError):
        pass


def test_h2_a_partly_overwritten_slot_yields_nothing(vault_dir: Path) -> None:
    slot = read_area(vault_dir)[0].state.slots[0]
    fd = os.open(vault_dir / "keyslots.bin", os.O_RDWR)
    try:
        os.pwrite(fd, os.urandom(512), position_offset(slot.pos) + 4096)  # one sector of 16
    finally:
        os.close(fd)
    with pytest.raises(AuthError):
        unlock(vault_dir, PASS)
