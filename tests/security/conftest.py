"""Helpers for the security findings' tests (issue 13): a version-1 vault maker and an ext4 loop image."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from crypto.kdf import default_params
from crypto.keyslot import recovery_kek, seal_passphrase_slot, seal_slot


def make_v1(vault_dir: Path, master: bytes, passphrases: list[str], recovery_secret: bytes | None = None) -> None:
    """Turn a fresh format-2 vault back into what Intake 0.1.0 wrote: slots in vault.json, v1 catalog key."""
    from intake.vault.catalog import CATALOG_NAME, connect, rekey
    from intake.vault.keyring import v1_catalog_key
    from intake.vault.open import unlock

    with unlock(vault_dir, passphrases[0]) as vault:
        vid, recipient, key = vault.area.vault_id, vault.area.recipient, vault.keys.catalog
        assert vault.master_key == master
    slots = [seal_passphrase_slot(master, p, vid, default_params()).to_dict() for p in passphrases]
    if recovery_secret is not None:
        slots.append(seal_slot(master, recovery_kek(recovery_secret, vid), vid, kind="recovery").to_dict())
    conn = connect(vault_dir / CATALOG_NAME, key)
    rekey(conn, v1_catalog_key(master, vid))
    conn.close()
    os.unlink(vault_dir / "keyslots.bin")
    doc = {"format": "intake-vault", "version": 1, "vault_id": vid.hex(), "recipient": recipient, "slots": slots}
    (vault_dir / "vault.json").write_text(json.dumps(doc, indent=2) + "\n")


def _loop_mount_problem() -> str | None:
    if os.geteuid() != 0:
        return "loop-mounting an ext4 image needs root"
    for tool in ("mkfs.ext4", "mount", "umount"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    return None


@pytest.fixture
def ext4_image(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(image file, mount point) of a fresh 64 MiB ext4 (data=ordered, the default) mounted by loop."""
    problem = _loop_mount_problem()
    if problem:
        pytest.skip(f"no ext4 disk-image test here: {problem}")
    image, mnt = tmp_path / "disk.img", tmp_path / "mnt"
    mnt.mkdir()
    subprocess.run(["truncate", "-s", "64M", str(image)], check=True)
    subprocess.run(["mkfs.ext4", "-q", "-F", str(image)], check=True)
    done = subprocess.run(["mount", "-o", "loop", str(image), str(mnt)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"no ext4 disk-image test here: mount -o loop failed ({done.stderr.strip()})")
    try:
        yield image, mnt
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            subprocess.run(["umount", str(mnt)], check=True)


def unmount(mnt: Path) -> None:
    os.sync()
    subprocess.run(["umount", str(mnt)], check=True)
