"""What every unlock does once a slot has given the master key (docs/format.md §2, §3.3).

1. authenticate the key-area header with the master key (a panicked header has no MAC and no passphrase slot);
2. compare ``vault.json`` with the authenticated values and name what differs (during a pending ``retire``
   its recipient may be the authenticated pending one; the caller then rewrites ``vault.json``);
3. resolve a pending change left by a killed withdrawal, retirement, rotation or migration (roll forward, or
   roll back a rotation whose rekey never committed; a retirement keeps the recipient whose identity the
   catalog holds);
4. re-sign a panicked header, listing every position it does not use as dirty (its lack of a MAC means
   nothing vouches that the positions it leaves out are free); wipe positions listed as dirty.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from crypto import agefile
from crypto.errors import CryptoError, SlotOpenError
from crypto.hkdf import derive_epoch_key
from intake.errors import AuthError, DamagedError, HeaderMismatch
from intake.vault.areaheader import AreaHeader
from intake.vault.catalog import CATALOG_NAME, Connection, connect, meta_get, opens_with, rekey_file
from intake.vault.header import VERSION, VaultHeader
from intake.vault.keyarea import KeyArea
from intake.vault.keyring import (
    LABEL_CATALOG,
    area_mac_key,
    open_epoch,
    open_passphrase_entry,
    v1_catalog_key,
)
from intake.vault.settings import BUSY_TIMEOUT_MS


@dataclass(frozen=True)
class Opened:
    """The result of settling: keys are never printed."""

    master: bytes
    slot_id: str
    epoch: bytes
    area: AreaHeader

    def __repr__(self) -> str:
        return f"Opened(slot_id={self.slot_id!r})"


def settle(path: Path, public: VaultHeader, master: bytes, slot_id: str, passphrase: str | None, *,
           busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Opened:
    """Steps 1-4 under the key area's lock; returns the master key and epoch secret to open the catalog with.

    ``busy_timeout_ms``: how long the catalog checks of step 3 wait for another process's lock.
    """
    with KeyArea.open(path, write=True) as area:
        mac_key = area_mac_key(master, area.header.vault_id)
        authenticate(area.header, mac_key)
        compare_public(public, area.header)
        if area.header.pending is not None:
            master, mac_key = _resolve_pending(path, area, master, mac_key, passphrase, busy_timeout_ms)
        epoch = read_epoch(area, master)
        if area.header.panicked:
            area.commit(unpanicked(area.header), mac_key)
        area.wipe_dirty(mac_key)
        return Opened(master, slot_id, epoch, area.header)


def unpanicked(header: AreaHeader) -> AreaHeader:
    """The signed successor of a panicked header: it had no MAC, so positions it does not list may still hold
    slots (a forged "panicked" header leaves them in place). They are listed dirty, so step 4 overwrites them
    (a kill before that leaves them listed, and the next unlock wipes them)."""
    unlisted = set(header.dirty) | set(header.free())
    return replace(header, panicked=False, dirty=tuple(sorted(unlisted)))


def authenticate(header: AreaHeader, mac_key: bytes) -> None:
    if header.panicked and header.mac is None:
        if any(s.kind == "passphrase" for s in header.state.slots):
            raise DamagedError("keyslots.bin failed its authentication check (a passphrase slot after panic)")
        return
    if not header.mac_ok(mac_key):
        raise DamagedError("keyslots.bin failed its authentication check: its slot list, public key or "
                           "settings were changed by someone without the vault's key",
                           hint="restore keyslots.bin from a backup; do not trust vault.json meanwhile")


def compare_public(public: VaultHeader, header: AreaHeader) -> None:
    """``vault.json`` against the authenticated area; the message names what changed."""
    if public.version not in (1, VERSION):
        raise HeaderMismatch("the format version in vault.json does not match the key area")
    if public.vault_id != header.vault_id:
        raise HeaderMismatch("the vault id in vault.json does not match the authenticated one")
    retiring = header.pending.recipient if header.pending is not None and header.pending.op == "retire" else None
    if public.recipient not in (header.recipient, retiring):
        raise HeaderMismatch("the vault's public key (recipient) in vault.json does not match the "
                             "authenticated one")


def read_epoch(area: KeyArea, master: bytes) -> bytes:
    entry = area.header.state.epoch
    try:
        return open_epoch(entry, area.read_position(entry.pos), master, area.header.vault_id)
    except SlotOpenError as exc:
        raise DamagedError("the catalog epoch secret in keyslots.bin is damaged",
                           hint="restore keyslots.bin and catalog.db together from a backup") from exc


def catalog_key(master: bytes, epoch: bytes, vault_id: bytes) -> bytes:
    return derive_epoch_key(master, epoch, vault_id, LABEL_CATALOG)


def commit_pending(area: KeyArea, mac_key: bytes, recipient: str | None = None) -> None:
    """Make the pending state current; the positions only the old state used are wiped.

    ``recipient``: the public recipient the new header names (a retirement's pending one, or the current one
    when the catalog kept its identity); by default the pending one, else the current one.
    """
    header = area.header
    assert header.pending is not None
    new = header.pending.state
    recipient = recipient or header.pending.recipient or header.recipient
    stale = header.state.positions() - new.positions()
    area.commit(replace(header, state=new, pending=None, recipient=recipient, dirty=(*header.dirty, *sorted(stale))),
                mac_key)
    area.wipe_dirty(mac_key)


def roll_back(area: KeyArea, mac_key: bytes) -> None:
    header = area.header
    assert header.pending is not None
    stale = header.pending.state.positions() - header.state.positions()
    area.commit(replace(header, pending=None, dirty=(*header.dirty, *sorted(stale))), mac_key)
    area.wipe_dirty(mac_key)


def _resolve_pending(path: Path, area: KeyArea, master: bytes, mac_key: bytes, passphrase: str | None,
                     busy_timeout_ms: int) -> tuple[bytes, bytes]:
    header = area.header
    assert header.pending is not None
    vid, catalog = header.vault_id, path / CATALOG_NAME
    if header.pending.op == "migrate":
        current = v1_catalog_key(master, vid)
    else:
        current = catalog_key(master, read_epoch(area, master), vid)
    if header.pending.op == "rotate":
        return _resolve_rotation(path, area, master, mac_key, passphrase, current, busy_timeout_ms)
    pend_epoch = header.pending.state.epoch
    try:
        epoch = open_epoch(pend_epoch, area.read_position(pend_epoch.pos), master, vid)
    except SlotOpenError as exc:
        raise DamagedError("a pending epoch in keyslots.bin is damaged") from exc
    new = catalog_key(master, epoch, vid)
    if not opens_with(catalog, new, busy_timeout_ms=busy_timeout_ms):
        if not opens_with(catalog, current, busy_timeout_ms=busy_timeout_ms):
            raise DamagedError("the catalog opens with neither the current nor the pending key")
        # roll forward: pages under the old epoch become unreadable
        rekey_file(catalog, current, new, busy_timeout_ms=busy_timeout_ms)
    recipient = None
    if header.pending.op == "retire":
        recipient = _kept_recipient(catalog, new, header, busy_timeout_ms)
    commit_pending(area, mac_key, recipient)
    return master, mac_key


def _kept_recipient(catalog: Path, key: bytes, header: AreaHeader, busy_timeout_ms: int) -> str:
    """A killed retirement: the catalog decides. Its identity was replaced in the same commit as its rekey, so
    it holds the new identity (retirement done) or the old one (not done; the epoch still moved on)."""
    assert header.pending is not None
    conn = connect(catalog, key, busy_timeout_ms=busy_timeout_ms)
    try:
        identity = meta_get(conn, "age_identity")
    finally:
        conn.close()
    try:
        held = agefile.recipient_of(identity or "")
    except CryptoError as exc:
        raise DamagedError("the catalog has no valid vault identity") from exc
    if held not in (header.recipient, header.pending.recipient):
        raise HeaderMismatch("the vault's public key (recipient) does not match the catalog's identity")
    return held


def _resolve_rotation(path: Path, area: KeyArea, master: bytes, mac_key: bytes, passphrase: str | None,
                      current: bytes, busy_timeout_ms: int) -> tuple[bytes, bytes]:
    header = area.header
    assert header.pending is not None
    catalog = path / CATALOG_NAME
    # killed before the rekey committed: the rotation did not happen
    if opens_with(catalog, current, busy_timeout_ms=busy_timeout_ms):
        roll_back(area, mac_key)
        return master, mac_key
    new_master = _open_pending_slot(area, passphrase)
    new_mac = area_mac_key(new_master, header.vault_id)
    pend_epoch = header.pending.state.epoch
    epoch = open_epoch(pend_epoch, area.read_position(pend_epoch.pos), new_master, header.vault_id)
    if not opens_with(catalog, catalog_key(new_master, epoch, header.vault_id), busy_timeout_ms=busy_timeout_ms):
        raise DamagedError("the catalog opens with neither the old nor the new master key")
    commit_pending(area, new_mac)
    return new_master, new_mac


def _open_pending_slot(area: KeyArea, passphrase: str | None) -> bytes:
    assert area.header.pending is not None
    for entry in area.header.pending.state.slots:
        if passphrase is None or entry.kind != "passphrase":
            continue
        try:
            return open_passphrase_entry(entry, area.read_position(entry.pos), passphrase, area.header.vault_id)
        except SlotOpenError:
            continue
    raise AuthError("a key rotation was interrupted; the vault now opens only with the passphrase of "
                    "the steward who started it",
                    hint="that steward unlocks once (any command) to finish the rotation")


def check_catalog_binding(conn: Connection, vault_id: bytes, recipient: str) -> None:
    """The catalog's own vault id and identity against the header's: what a hostile folder could swap."""
    if meta_get(conn, "vault_id") != vault_id.hex():
        raise HeaderMismatch("the vault id does not match the catalog's")
    identity = meta_get(conn, "age_identity")
    try:
        matches = identity is not None and agefile.recipient_of(identity) == recipient
    except CryptoError:
        matches = False
    if not matches:
        raise HeaderMismatch("the vault's public key (recipient) does not match the catalog's identity")
