"""High 2 and Medium 3 on a real ext4 file system (loop-mounted image, data=ordered): after ordinary use,
``withdraw`` and ``panic``, the raw image holds no copy of any slot's key material nor the withdrawn
interview's epoch secret, so a carved slot plus the passphrase opens nothing."""

from __future__ import annotations

from pathlib import Path

from area_tools import read_area, read_position, unmount

from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
from intake.keys.panic import panic
from intake.keys.recovery import create_recovery
from intake.keys.slots import add_slot, change_passphrase
from intake.lifecycle import withdraw
from intake.vault.open import create_vault, unlock
from tests.conftest import cheap_settings

PASS = "correct horse battery staple"
SECOND = "second steward passphrase"


def _fragments(material: bytes) -> list[bytes]:
    """Several 64-byte pieces of a position (any one of them found on disk would be a surviving copy)."""
    return [material[i:i + 64] for i in range(0, 8160 - 64, 1024)]


def _all_materials(vault_dir: Path) -> list[bytes]:
    header = read_area(vault_dir)[0]
    return [read_position(vault_dir, p)[:8160] for p in sorted(header.used())]


def test_h2_m3_panic_and_withdraw_leave_no_key_on_the_disk_image(ext4_image, make_media) -> None:  # type: ignore[no-untyped-def]
    image, mnt = ext4_image
    path = mnt / "vault"
    seen: list[bytes] = []
    with create_vault(path, PASS, settings=cheap_settings()) as vault:
        create_recovery(vault, 3, 2)
        add_slot(vault, SECOND, "B")
        ingest_file(vault, make_media("wav", seconds=1.0), IngestOptions(interview="P-1"))
        ingest_file(vault, make_media("wav", seconds=1.0, freq=660), IngestOptions(interview="P-2"))
        seen += _all_materials(path)
        change_passphrase(vault, "steward one new passphrase")  # the old slot must be gone
        seen += _all_materials(path)
    header = read_area(path)[0]
    old_epoch = read_position(path, header.state.epoch.pos)[:8160]
    with unlock(path, SECOND) as vault:
        withdraw(vault, "P-1")
        seen += _all_materials(path)
    recovery_pos = {s.pos for s in read_area(path)[0].state.slots if s.kind == "recovery"}
    keep = {read_position(path, p)[:8160] for p in recovery_pos | {read_area(path)[0].state.epoch.pos}}
    panic(path)
    unmount(mnt)
    raw = image.read_bytes()
    doomed = [m for m in seen if m not in keep]
    assert doomed, "nothing to look for"
    found = [m for m in doomed if any(f in raw for f in _fragments(m))]
    assert not found, f"{len(found)} key-area positions survive on the raw image"
    assert not any(f in raw for f in _fragments(old_epoch)), "the withdrawn interview's epoch secret survives"
