"""Migration of a version-1 vault (slots in ``vault.json``) to format 2 (docs/format.md §10).

Runs on the first unlock by any steward, with a passphrase or the recovery shares (it needs only the
master key: every version-1 slot box is carried over unchanged, split into its own position):

1. check the catalog opens with the version-1 key and matches the header's recipient and vault id;
2. write ``keyslots.bin`` (positions, fsync, then header copy A with ``pending = migrate``);
3. (in :func:`intake.vault.resolve.settle`) rekey the catalog to the version-2 key, commit;
4. (in :func:`rewrite_public`) overwrite ``vault.json`` in place with the version-2 header, and the
   version-1 rotation journal in place before unlinking it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from crypto.errors import SlotOpenError
from crypto.keyslot import KeySlot, open_passphrase_slot, open_slot, recovery_kek, split_box
from intake.errors import AuthError, DamagedError, IntakeError
from intake.fs import NOT_REGULAR, fsync_dir, open_regular
from intake.vault.areaheader import POSITIONS, AreaHeader, KeyState, Pending, SlotEntry, check_work
from intake.vault.catalog import CATALOG_NAME, connect, meta_get
from intake.vault.header import HEADER_NAME, VaultHeader
from intake.vault.keyarea import AREA_NAME, create_area, read_headers
from intake.vault.keyring import area_mac_key, seal_epoch, v1_catalog_key
from intake.vault.resolve import check_catalog_binding
from intake.vault.settings import BUSY_TIMEOUT_MS

V1_JOURNAL = "rotate.json"


def area_ready(path: Path) -> bool:
    """True when ``keyslots.bin`` exists with a valid header (a version-2 vault, or a migration under way)."""
    try:
        fd = open_regular(path / AREA_NAME, os.O_RDONLY)
    except OSError:
        return False
    try:
        read_headers(fd)
    except IntakeError:
        return False
    finally:
        os.close(fd)
    return True


def open_v1_slot(public: VaultHeader, passphrase: str, slot_id: str | None) -> tuple[bytes, str]:
    """A version-1 passphrase slot's master key (the caps were checked when ``vault.json`` was parsed)."""
    slots = [s for s in public.slots if s.kind == "passphrase" and (slot_id is None or s.slot_id == slot_id)]
    check_work([0 if s.params is None else s.params.t * s.params.m_kib for s in slots])
    for slot in slots:
        try:
            return open_passphrase_slot(slot, passphrase, public.vault_id), slot.slot_id
        except SlotOpenError:
            continue
    raise AuthError()


def open_v1_recovery(public: VaultHeader, secret: bytes) -> tuple[bytes, str] | None:
    kek = recovery_kek(secret, public.vault_id)
    for slot in (s for s in public.slots if s.kind == "recovery"):
        with contextlib.suppress(SlotOpenError):
            return open_slot(slot, kek, public.vault_id), slot.slot_id
    return None


def migrate_v1(path: Path, public: VaultHeader, master: bytes, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    """Steps 1-2: the key area, holding every version-1 slot and a new epoch, with ``pending = migrate``."""
    _check_v1_catalog(path, public, master, busy_timeout_ms)
    if len(public.slots) + 1 > POSITIONS:
        raise DamagedError("vault.json holds too many slots to migrate")
    entries, materials = [], {}
    for pos, slot in enumerate(public.slots):
        entries.append(_carried(slot, pos))
        materials[pos] = split_box(slot.sealed)
    epoch, material, _ = seal_epoch(master, public.vault_id, len(entries))
    materials[epoch.pos] = material
    state = KeyState(tuple(entries), epoch)
    header = AreaHeader(vault_id=public.vault_id, recipient=public.recipient, state=state,
                        pending=Pending("migrate", state))
    create_area(path, header, materials, area_mac_key(master, public.vault_id))


def _carried(slot: KeySlot, pos: int) -> SlotEntry:
    return SlotEntry(id=slot.slot_id, kind=slot.kind, pos=pos, nonce=slot.nonce, params=slot.params,
                     salt=slot.salt, aad=1)


def _check_v1_catalog(path: Path, public: VaultHeader, master: bytes, busy_timeout_ms: int) -> None:
    conn = connect(path / CATALOG_NAME, v1_catalog_key(master, public.vault_id), busy_timeout_ms=busy_timeout_ms)
    try:
        check_catalog_binding(conn, public.vault_id, public.recipient)
        if meta_get(conn, "age_identity") is None:
            raise DamagedError("the catalog has no vault identity")
    finally:
        conn.close()


def rewrite_public(path: Path, public: VaultHeader) -> None:
    """Step 4: ``vault.json`` overwritten in place (same inode, one write) with the version-2 header."""
    target = path / HEADER_NAME
    new = public.to_json()
    try:
        fd = open_regular(target, os.O_RDWR)
    except OSError as exc:
        raise DamagedError(f"cannot rewrite {HEADER_NAME} ({exc.strerror})") from exc
    try:
        old_len = os.fstat(fd).st_size
        padded = new[:-1] + b" " * max(0, old_len - len(new)) + b"\n"
        os.pwrite(fd, padded, 0)
        os.fsync(fd)
    finally:
        os.close(fd)
    _shred_v1_journal(path / "tmp" / V1_JOURNAL)


def _shred_v1_journal(journal: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        try:
            fd = open_regular(journal, os.O_WRONLY)
        except OSError as exc:
            if exc.strerror == NOT_REGULAR:
                return  # not a journal Intake wrote (a FIFO, a link): left alone, like other odd tmp/ entries
            raise
        try:
            os.pwrite(fd, os.urandom(os.fstat(fd).st_size), 0)
            os.fsync(fd)
        finally:
            os.close(fd)
        journal.unlink()
        fsync_dir(journal.parent)
