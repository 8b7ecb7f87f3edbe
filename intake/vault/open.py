"""Create and unlock vaults; the unlocked :class:`Vault` holds the master key and the catalog connection.

Unlocking (docs/format.md §2-3): parse ``vault.json`` and the key area strictly, refuse a slot list whose
total Argon2 work exceeds the bound, open a slot, then :func:`intake.vault.resolve.settle` authenticates
the area and compares ``vault.json`` with it, and the catalog's vault id and identity are compared too.
A version-1 vault is migrated on the way (:mod:`intake.vault.migrate`). A catalog whose audit log lacks
the row the key area anchors (an older copy: a rollback or a restored backup) is refused, except for
diagnostics (``diagnose=True``), which get it with :attr:`Vault.rollback` set and cannot append to it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Any

from crypto import agefile
from crypto.errors import KdfParamsError, SlotOpenError
from crypto.kdf import Argon2Params
from intake.errors import AuthError, CatalogRolledBack, DamagedError, IntakeError, UsageError, VaultPanicked
from intake.vault import audit, migrate
from intake.vault.areaheader import AreaHeader, AuditAnchor, KeyState, SlotEntry, check_work
from intake.vault.audit import AuditReport, Rollback
from intake.vault.blobs import Recovery, recover
from intake.vault.catalog import CATALOG_NAME, Connection, catalog_present, connect, meta_get, meta_set, transaction
from intake.vault.header import HEADER_NAME, VaultHeader, read_header, write_header
from intake.vault.keyarea import KeyArea, create_area
from intake.vault.keyring import derive_keys, open_passphrase_entry, seal_epoch, seal_passphrase_entry
from intake.vault.resolve import check_catalog_binding, settle
from intake.vault.settings import DEFAULT_SETTINGS, VaultSettings
from intake.vault.stewards import add_steward

MIN_PASSPHRASE = 12


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UsageError(f"the passphrase must have at least {MIN_PASSPHRASE} characters",
                         hint="six random words (a diceware phrase) are strong and easy to type")


class Vault:
    """An unlocked vault. Use as a context manager; closing drops the catalog connection.

    ``settings`` are the caller's choices (lock wait, KDF cost for new slots) that every operation on this
    vault uses; nothing below reads the environment. ``header`` holds the authenticated values of the key
    area (``area``), never the untrusted ``vault.json``.
    """

    def __init__(self, path: Path, area: AreaHeader, master: bytes, epoch: bytes, slot_id: str, conn: Connection,
                 settings: VaultSettings = DEFAULT_SETTINGS):
        self.path = path
        self.settings = settings
        self.area = area
        self.header = VaultHeader(vault_id=area.vault_id, recipient=area.recipient)  # authenticated values
        self._master = master
        self._epoch = epoch
        self.slot_id = slot_id
        self.keys = derive_keys(master, area.vault_id, epoch)
        self.conn = conn
        self.leftovers = Recovery()
        self.rollback: Rollback | None = None  # set only when opened for diagnostics (see module docstring)

    def __repr__(self) -> str:
        return f"Vault({str(self.path)!r})"

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.advance_anchor()
        self.drop()

    def drop(self) -> None:
        """Close the catalog connection without touching the key area (used while its lock is held)."""
        with contextlib.suppress(Exception):
            self.conn.close()

    @property
    def blobs(self) -> Path:
        return self.path / "blobs"

    @property
    def tmp(self) -> Path:
        return self.path / "tmp"

    @property
    def weak_slots(self) -> tuple[str, ...]:
        """Ids of passphrase slots whose KDF cost is below the floor for new slots (made under the test
        switch, or by an old version): their passphrases are cheaper to guess from a copy of keyslots.bin."""
        return tuple(s.id for s in self.area.state.slots
                     if s.kind == "passphrase" and s.params is not None and not s.params.meets_floor())

    @property
    def master_key(self) -> bytes:
        return self._master

    @property
    def epoch_secret(self) -> bytes:
        return self._epoch

    def switch_epoch(self, epoch: bytes, area: AreaHeader) -> None:
        """After a withdrawal or retirement rekeyed the catalog (:mod:`intake.vault.epoch`)."""
        self._epoch, self.area = epoch, area
        self.header = VaultHeader(vault_id=area.vault_id, recipient=area.recipient)
        self.keys = derive_keys(self._master, area.vault_id, epoch)

    def audit(self, action: str, object_id: str = "", **details: Any) -> int:
        """Append an audit row in the caller's transaction (or a fresh one); never to a rolled-back catalog."""
        if self.rollback is not None:
            raise CatalogRolledBack(self.rollback.describe())
        if self.conn.in_transaction:
            return audit.append(self.conn, self.keys.audit, self.slot_id, action, object_id, details)
        with transaction(self.conn):
            return audit.append(self.conn, self.keys.audit, self.slot_id, action, object_id, details)

    def verify_audit(self) -> AuditReport:
        """The audit chain, checked against the anchor in the authenticated key area too."""
        return audit.verify(self.conn, self.keys.audit, anchor=self.area.audit)

    def advance_anchor(self) -> None:
        """Record the audit head in the key area (monotonic, under its lock) so emptying the log shows.

        Only onto a chain that extends the anchored row: rows appended to an older copy of the catalog (a
        fork) never move it (``intake audit accept-rollback`` is the one audited way).
        """
        head = meta_get(self.conn, "audit_head")
        if not head or ":" not in head:
            return
        seq_text, row_hash = head.split(":", 1)
        with KeyArea.open(self.path, write=True, wait=False) as area:  # never block closing on another writer
            current = area.header
            if not current.mac_ok(self.keys.area_mac) or (current.audit and current.audit.seq >= int(seq_text)):
                return
            if not audit.extends(self.conn, self.keys.audit, current.audit):
                return
            self.area = area.commit(replace(current, audit=AuditAnchor(int(seq_text), row_hash)), self.keys.area_mac)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        with transaction(self.conn) as conn:
            yield conn

    def blob_referenced(self, name: str) -> bool:
        return self.conn.execute("SELECT 1 FROM recordings WHERE blob=?", (name,)).fetchone() is not None

    def recover_leftovers(self) -> Recovery:
        """Finish or undo blob writes that a killed process left in ``tmp/`` (see intake/vault/blobs.py).

        The result (also kept as :attr:`leftovers`) names entries that are not regular files, for a warning.
        """
        self.leftovers = recover(self.path, self.blob_referenced)
        return self.leftovers

    def age_identity(self) -> str:
        value = meta_get(self.conn, "age_identity")
        if not value:
            raise DamagedError("the catalog has no vault identity")
        return value

    def fingerprint(self) -> str:
        return agefile.recipient_fingerprint(self.header.recipient)


def create_vault(path: Path, passphrase: str, *, label: str = "steward 1", kdf_memory_mib: int | None = None,
                 settings: VaultSettings = DEFAULT_SETTINGS) -> Vault:
    """Create a new vault directory (must not exist or be empty) with one passphrase slot."""
    check_passphrase(passphrase)
    params = _creation_params(kdf_memory_mib, settings)
    _prepare_dir(path)
    master, vault_id = os.urandom(32), os.urandom(16)
    keypair = agefile.generate_keypair()
    try:
        slot, slot_material = seal_passphrase_entry(master, passphrase, vault_id, params, 0, policy=settings.kdf)
        epoch, epoch_material, secret = seal_epoch(master, vault_id, 1)
        keys = derive_keys(master, vault_id, secret)
        conn = connect(path / CATALOG_NAME, keys.catalog, create=True, busy_timeout_ms=settings.busy_timeout_ms)
        with transaction(conn):
            meta_set(conn, "age_identity", keypair.identity)
            meta_set(conn, "vault_id", vault_id.hex())
            add_steward(conn, slot.id, label, "passphrase")
            audit.append(conn, keys.audit, slot.id, "vault.init", vault_id.hex(),
                         {"kdf_t": params.t, "kdf_m_kib": params.m_kib, "kdf_p": params.p})
        seq, row_hash = str(meta_get(conn, "audit_head")).split(":", 1)
        area = AreaHeader(vault_id=vault_id, recipient=keypair.recipient, state=KeyState((slot,), epoch),
                          audit=AuditAnchor(int(seq), row_hash))
        create_area(path, area, {0: slot_material, 1: epoch_material}, keys.area_mac)
        write_header(path, VaultHeader(vault_id=vault_id, recipient=keypair.recipient))  # last
    except BaseException:
        shutil.rmtree(path, ignore_errors=True)
        raise
    return Vault(path, area.signed(keys.area_mac, 1), master, secret, slot.id, conn, settings)


def _creation_params(kdf_memory_mib: int | None, settings: VaultSettings) -> Argon2Params:
    params = settings.kdf.defaults(kdf_memory_mib * 1024 if kdf_memory_mib else None)
    try:
        settings.kdf.check_creatable(params)
    except KdfParamsError as exc:
        raise UsageError(str(exc)) from exc
    return params


def check_new_vault_dir(path: Path) -> None:
    """Refuse a path that cannot become a new vault (callers check this before asking for a passphrase)."""
    if path.exists() and (not path.is_dir() or path.is_symlink() or any(path.iterdir())):
        raise UsageError(f"{path} exists and is not an empty directory",
                         hint="choose a new path for the vault")
    parent = next((p for p in path.absolute().parents if p.exists()), None)
    if not path.exists() and (parent is None or not os.access(parent, os.W_OK | os.X_OK)):
        raise UsageError(f"{path} cannot be created: {parent} is not writable", hint="choose a path you can write to")


def _prepare_dir(path: Path) -> None:
    check_new_vault_dir(path)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)  # whatever mode an existing empty directory had
    for sub in ("blobs", "tmp"):
        (path / sub).mkdir(mode=0o700, exist_ok=True)


def unlock(path: Path, passphrase: str, *, slot_id: str | None = None, settings: VaultSettings = DEFAULT_SETTINGS,
           diagnose: bool = False) -> Vault:
    """Try the slots in turn (or only ``slot_id``); opaque :class:`AuthError` when none opens.

    ``diagnose``: open a rolled-back catalog too, for commands that only report (see :func:`open_unlocked`).
    """
    public = read_header(path)
    if public.version == 1 and not migrate.area_ready(path):
        master, used = _open_v1(path, public, passphrase, slot_id, settings)
        return open_unlocked(path, public, master, used, passphrase, settings, diagnose=diagnose)
    with KeyArea.open(path) as area:
        if area.header.panicked:  # says only what the header itself says; no KDF is run
            raise VaultPanicked()
        entries = _candidates(area.header, slot_id)
        master, used = _open_any(area, entries, passphrase)
    return open_unlocked(path, public, master, used, passphrase, settings, diagnose=diagnose)


def _open_v1(path: Path, public: VaultHeader, passphrase: str, slot_id: str | None,
             settings: VaultSettings) -> tuple[bytes, str]:
    from intake.vault.journal import interrupted_rotation

    master, used = migrate.open_v1_slot(public, passphrase, slot_id)
    try:
        migrate.migrate_v1(path, public, master, busy_timeout_ms=settings.busy_timeout_ms)
    except AuthError:  # a version-1 rotation killed after its rekey: its journal holds the new master key
        found = interrupted_rotation(path, passphrase, public.vault_id)
        if found is None:
            raise
        migrate.migrate_v1(path, replace(found.header, recipient=public.recipient), found.master,
                           busy_timeout_ms=settings.busy_timeout_ms)
        return found.master, found.slot_id
    return master, used


def _candidates(header: AreaHeader, slot_id: str | None) -> list[SlotEntry]:
    passphrase_slots = [s for s in header.state.slots if s.kind == "passphrase"]
    if slot_id is not None:
        passphrase_slots = [s for s in passphrase_slots if s.id == slot_id]
        if not passphrase_slots:
            raise UsageError(f"no passphrase slot {slot_id!r} in this vault", hint="'intake keys list' shows the slots")
    pending = header.pending.state.slots if header.pending and header.pending.op == "rotate" else ()
    check_work([s.work for s in passphrase_slots] + [s.work for s in pending])
    return passphrase_slots


def _open_any(area: KeyArea, slots: list[SlotEntry], passphrase: str) -> tuple[bytes, str]:
    for slot in slots:
        try:
            return open_passphrase_entry(slot, area.read_position(slot.pos), passphrase,
                                         area.header.vault_id), slot.id
        except SlotOpenError:
            continue
    raise AuthError()


def open_unlocked(path: Path, public: VaultHeader, master: bytes, slot_id: str, passphrase: str | None,
                  settings: VaultSettings = DEFAULT_SETTINGS, *, diagnose: bool = False) -> Vault:
    """Settle the key area with an unsealed master key, open the catalog and check it (unlock and recovery).

    A catalog without the audit row the key area anchors raises :class:`CatalogRolledBack`; with
    ``diagnose`` it opens with :attr:`Vault.rollback` set instead: audited actions are refused, the anchor
    never moves, and ``tmp/`` leftovers are left alone (an older catalog must not decide what to delete).
    """
    if not catalog_present(path / CATALOG_NAME):
        raise DamagedError("the vault has no catalog.db")
    opened = settle(path, public, master, slot_id, passphrase, busy_timeout_ms=settings.busy_timeout_ms)
    keys = derive_keys(opened.master, opened.area.vault_id, opened.epoch)
    conn = connect(path / CATALOG_NAME, keys.catalog, busy_timeout_ms=settings.busy_timeout_ms)
    try:
        check_catalog_binding(conn, opened.area.vault_id, opened.area.recipient)
        rollback = audit.rollback_from(conn, opened.area.audit)
        if rollback is not None and not diagnose:
            raise CatalogRolledBack(rollback.describe())
        authentic = VaultHeader(vault_id=opened.area.vault_id, recipient=opened.area.recipient)
        if public.version != 2:
            migrate.rewrite_public(path, authentic)
        elif public.recipient != authentic.recipient:  # a retirement killed before or after its vault.json write
            write_header(path, authentic)
    except BaseException:
        conn.close()
        raise
    for sub in ("blobs", "tmp"):
        (path / sub).mkdir(mode=0o700, exist_ok=True)
    vault = Vault(path, opened.area, opened.master, opened.epoch, opened.slot_id, conn, settings)
    vault.rollback = rollback
    if rollback is None:
        vault.recover_leftovers()
    return vault


def is_vault(path: Path) -> bool:
    return (path / HEADER_NAME).is_file()


__all__ = ["IntakeError", "Vault", "check_catalog_binding", "check_work", "create_vault", "open_unlocked", "unlock"]
