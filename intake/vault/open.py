"""Create and unlock vaults; the unlocked :class:`Vault` holds the master key and the catalog connection."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from crypto import agefile
from crypto.errors import KdfParamsError, SlotOpenError
from crypto.kdf import Argon2Params
from crypto.keyslot import KeySlot, open_passphrase_slot, seal_passphrase_slot
from intake.errors import AuthError, DamagedError, UsageError
from intake.vault import audit, journal
from intake.vault.blobs import Recovery, recover
from intake.vault.catalog import CATALOG_NAME, Connection, connect, meta_get, meta_set, transaction
from intake.vault.header import HEADER_NAME, VaultHeader, read_header, write_header
from intake.vault.keyring import derive_keys
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
    vault uses; nothing below reads the environment.
    """

    def __init__(self, path: Path, header: VaultHeader, master: bytes, slot_id: str, conn: Connection,
                 settings: VaultSettings = DEFAULT_SETTINGS):
        self.path = path
        self.settings = settings
        self.header = header
        self._master = master
        self.slot_id = slot_id
        self.keys = derive_keys(master, header.vault_id)
        self.conn = conn
        self.leftovers = Recovery()

    def __repr__(self) -> str:
        return f"Vault({str(self.path)!r})"

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
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
        switch, or by an old version): their passphrases are cheaper to guess from a copy of vault.json."""
        return tuple(s.slot_id for s in self.header.slots
                     if s.kind == "passphrase" and s.params is not None and not s.params.meets_floor())

    @property
    def master_key(self) -> bytes:
        return self._master

    def audit(self, action: str, object_id: str = "", **details: Any) -> int:
        """Append an audit row in the caller's transaction (or a fresh one)."""
        if self.conn.in_transaction:
            return audit.append(self.conn, self.keys.audit, self.slot_id, action, object_id, details)
        with transaction(self.conn):
            return audit.append(self.conn, self.keys.audit, self.slot_id, action, object_id, details)

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

    def write_header(self, header: VaultHeader) -> None:
        write_header(self.path, header)
        self.header = header


def create_vault(path: Path, passphrase: str, *, label: str = "steward 1", kdf_memory_mib: int | None = None,
                 settings: VaultSettings = DEFAULT_SETTINGS) -> Vault:
    """Create a new vault directory (must not exist or be empty) with one passphrase slot."""
    check_passphrase(passphrase)
    params = _creation_params(kdf_memory_mib, settings)
    _prepare_dir(path)
    master, vault_id = os.urandom(32), os.urandom(16)
    keypair = agefile.generate_keypair()
    try:
        slot = seal_passphrase_slot(master, passphrase, vault_id, params, policy=settings.kdf)
        header = VaultHeader(vault_id=vault_id, recipient=keypair.recipient, slots=(slot,))
        keys = derive_keys(master, vault_id)
        conn = connect(path / CATALOG_NAME, keys.catalog, create=True, busy_timeout_ms=settings.busy_timeout_ms)
        with transaction(conn):
            meta_set(conn, "age_identity", keypair.identity)
            meta_set(conn, "vault_id", vault_id.hex())
            add_steward(conn, slot.slot_id, label, "passphrase")
            audit.append(conn, keys.audit, slot.slot_id, "vault.init", vault_id.hex(),
                         {"kdf_t": params.t, "kdf_m_kib": params.m_kib, "kdf_p": params.p})
        write_header(path, header)  # last: a vault exists only once its header does
    except BaseException:
        shutil.rmtree(path, ignore_errors=True)
        raise
    return Vault(path, header, master, slot.slot_id, conn, settings)


def _creation_params(kdf_memory_mib: int | None, settings: VaultSettings) -> Argon2Params:
    params = settings.kdf.defaults(kdf_memory_mib * 1024 if kdf_memory_mib else None)
    try:
        settings.kdf.check_creatable(params)
    except KdfParamsError as exc:
        raise UsageError(str(exc)) from exc
    return params


def check_new_vault_dir(path: Path) -> None:
    """Refuse a path that cannot become a new vault (callers check this before asking for a passphrase)."""
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise UsageError(f"{path} exists and is not an empty directory",
                         hint="choose a new path for the vault")
    parent = next((p for p in path.absolute().parents if p.exists()), None)
    if not path.exists() and (parent is None or not os.access(parent, os.W_OK | os.X_OK)):
        raise UsageError(f"{path} cannot be created: {parent} is not writable", hint="choose a path you can write to")


def _prepare_dir(path: Path) -> None:
    check_new_vault_dir(path)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    for sub in ("blobs", "tmp"):
        (path / sub).mkdir(mode=0o700, exist_ok=True)


def unlock(path: Path, passphrase: str, *, slot_id: str | None = None,
           settings: VaultSettings = DEFAULT_SETTINGS) -> Vault:
    """Try the slots in turn (or only ``slot_id``); opaque :class:`AuthError` when none opens."""
    header = read_header(path)
    slots = [header.slot(slot_id)] if slot_id else [s for s in header.slots if s.kind == "passphrase"]
    master, used = _open_any(slots, passphrase, header.vault_id)
    try:
        return open_with_master(path, header, master, used.slot_id, settings)
    except AuthError:
        resumed = _resume_rotation(path, passphrase, settings)  # a 'keys rotate' killed after rekeying
        if resumed is None:
            raise
        return resumed


def _resume_rotation(path: Path, passphrase: str, settings: VaultSettings) -> Vault | None:
    with journal.interrupted_rotation(path, passphrase) as found:
        if found is None:
            return None
        vault = open_with_master(path, found.header, found.master, found.slot_id, settings)
        vault.write_header(found.header)  # the journal's lock keeps leftover cleanup away until here
        vault.audit("keys.rotate.finish")
        journal.drop_journal(path)
        return vault


def _open_any(slots: list[KeySlot], passphrase: str, vault_id: bytes) -> tuple[bytes, KeySlot]:
    for slot in slots:
        try:
            return open_passphrase_slot(slot, passphrase, vault_id), slot
        except SlotOpenError:
            continue
    raise AuthError()


def open_with_master(path: Path, header: VaultHeader, master: bytes, slot_id: str,
                     settings: VaultSettings = DEFAULT_SETTINGS) -> Vault:
    """Open the catalog with an already unsealed master key (used by unlock and recovery)."""
    if not (path / CATALOG_NAME).is_file():
        raise DamagedError("the vault has no catalog.db")
    keys = derive_keys(master, header.vault_id)
    conn = connect(path / CATALOG_NAME, keys.catalog, busy_timeout_ms=settings.busy_timeout_ms)
    for sub in ("blobs", "tmp"):
        (path / sub).mkdir(mode=0o700, exist_ok=True)
    vault = Vault(path, header, master, slot_id, conn, settings)
    vault.recover_leftovers()
    return vault


def is_vault(path: Path) -> bool:
    return (path / HEADER_NAME).is_file()
