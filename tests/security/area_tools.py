"""Test helpers: read and rewrite the key area's header as an attacker with write access (or a test) would."""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import replace
from pathlib import Path

from crypto.kdf import KdfPolicy
from crypto.keyslot import recovery_kek, seal_passphrase_slot, seal_slot
from intake.vault.areaheader import AreaHeader
from intake.vault.keyarea import AREA_NAME, AREA_OFFSET, COPY_SIZE, POS_SIZE, encode_copy, read_headers

CHEAP_KDF = KdfPolicy(test_cost=True)  # the library never reads INTAKE_INSECURE_TEST_KDF: tests pass it


def read_area(vault_dir: Path) -> tuple[AreaHeader, int]:
    fd = os.open(vault_dir / AREA_NAME, os.O_RDONLY)
    try:
        return read_headers(fd)
    finally:
        os.close(fd)


def write_area(vault_dir: Path, header: AreaHeader, *, mac_key: bytes | None = None) -> None:
    """Write ``header`` as the newest copy; signed with ``mac_key`` if given, else with its old (now wrong) MAC."""
    current, copy = read_area(vault_dir)
    seq = current.seq + 1
    new = header.signed(mac_key, seq) if mac_key is not None else replace(header, seq=seq)
    fd = os.open(vault_dir / AREA_NAME, os.O_RDWR)
    try:
        os.pwrite(fd, encode_copy(new), (1 - copy) * COPY_SIZE)
    finally:
        os.close(fd)


def position_offset(pos: int) -> int:
    return AREA_OFFSET + pos * POS_SIZE


def read_position(vault_dir: Path, pos: int) -> bytes:
    with open(vault_dir / AREA_NAME, "rb") as fh:
        fh.seek(position_offset(pos))
        return fh.read(POS_SIZE)


def flip_byte(path: Path, offset: int, mask: int = 0x01) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        byte = os.pread(fd, 1, offset)
        os.pwrite(fd, bytes([byte[0] ^ mask]), offset)
    finally:
        os.close(fd)


def make_v1(vault_dir: Path, master: bytes, passphrases: list[str], recovery_secret: bytes | None = None) -> None:
    """Turn a fresh format-2 vault back into what Intake 0.1.0 wrote: slots in vault.json, v1 catalog key."""
    from intake.vault.catalog import CATALOG_NAME, connect, rekey
    from intake.vault.keyring import v1_catalog_key
    from intake.vault.open import unlock

    with unlock(vault_dir, passphrases[0]) as vault:
        vid, recipient, key = vault.area.vault_id, vault.area.recipient, vault.keys.catalog
        assert vault.master_key == master
    slots = [seal_passphrase_slot(master, p, vid, CHEAP_KDF.defaults(), policy=CHEAP_KDF).to_dict()
             for p in passphrases]
    if recovery_secret is not None:
        slots.append(seal_slot(master, recovery_kek(recovery_secret, vid), vid, kind="recovery").to_dict())
    conn = connect(vault_dir / CATALOG_NAME, key)
    rekey(conn, v1_catalog_key(master, vid))
    conn.close()
    os.unlink(vault_dir / "keyslots.bin")
    doc = {"format": "intake-vault", "version": 1, "vault_id": vid.hex(), "recipient": recipient, "slots": slots}
    (vault_dir / "vault.json").write_text(json.dumps(doc, indent=2) + "\n")


def unmount(mnt: Path) -> None:
    os.sync()
    subprocess.run(["umount", str(mnt)], check=True)
