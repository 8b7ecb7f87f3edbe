"""Steward key slots: list, add, remove, change a passphrase (docs/keys.md, docs/format.md §3.3).

Every change follows the key area's update protocol (reserve, write, commit, wipe): the commit that uses
the new material is written inside the catalog transaction that records the change (labels in the
``stewards`` table, one audit row), just before it commits. A kill leaves at worst a slot without a label;
a replaced or removed slot's position is overwritten in place, never left behind in a freed block.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from typing import Any

from crypto.errors import KdfParamsError
from crypto.kdf import Argon2Params, KdfPolicy
from intake.errors import DamagedError, NotFoundError, RefusedError, UsageError
from intake.vault.areaheader import MAX_SLOTS, KeyState, SlotEntry
from intake.vault.catalog import Connection
from intake.vault.keyarea import KeyArea
from intake.vault.keyring import seal_passphrase_entry
from intake.vault.open import Vault, check_passphrase, check_work
from intake.vault.stewards import add_steward, remove_stewards, steward_labels

MAX_LABEL = 80
Maker = Callable[[list[int]], list[tuple[SlotEntry, bytes]]]


@dataclass(frozen=True)
class SlotInfo:
    """One key slot as a steward may see it (no key material)."""

    id: str
    kind: str
    label: str | None
    added: str | None
    kdf: dict[str, int] | None
    current: bool

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def list_slots(vault: Vault) -> list[SlotInfo]:
    """The key area's slots in order, with the labels kept in the catalog."""
    labels: dict[str, tuple[str | None, str | None]] = {**steward_labels(vault.conn)}
    out = []
    for slot in vault.area.state.slots:
        label, added = labels.get(slot.id, (None, None))
        kdf = None if slot.params is None else {"t": slot.params.t, "m_kib": slot.params.m_kib, "p": slot.params.p}
        out.append(SlotInfo(slot.id, slot.kind, label, added, kdf, slot.id == vault.slot_id))
    return out


def check_label(label: str) -> str:
    label = label.strip()
    if not label or len(label) > MAX_LABEL or any(ord(c) < 32 for c in label):
        raise UsageError(f"a slot label is 1-{MAX_LABEL} printable characters",
                         hint="labels are stored encrypted in the catalog; initials or a role are enough")
    return label


def update_slots(vault: Vault, count: int, make: Maker, remove: set[str],
                 record: Callable[[Connection], None]) -> list[SlotEntry]:
    """Add ``count`` slots made by ``make(positions)`` and remove the slots ``remove``, crash-safely."""
    with KeyArea.open(vault.path, write=True) as area:
        mac_key = vault.keys.area_mac
        if not area.header.mac_ok(mac_key) or area.header.pending is not None:
            raise DamagedError("the key area changed while the vault was open", hint="run the command again")
        positions = area.reserve(count, mac_key)
        made = make(positions)
        for entry, material in made:
            area.write_position(entry.pos, material)
        area.sync()
        state = area.header.state
        kept = tuple(s for s in state.slots if s.id not in remove)
        new_state = KeyState((*kept, *(e for e, _ in made)), state.epoch)
        if len(new_state.slots) > MAX_SLOTS:
            raise RefusedError(f"a vault holds at most {MAX_SLOTS} key slots")
        stale = tuple(s.pos for s in state.slots if s.id in remove)
        dirty = (*(i for i in area.header.dirty if i not in positions), *stale)
        with vault.transaction() as conn:
            record(conn)
            area.commit(replace(area.header, state=new_state, dirty=dirty), mac_key)
        area.wipe_dirty(mac_key)
        vault.area = area.header
    return [e for e, _ in made]


def add_slot(vault: Vault, passphrase: str, label: str, *, params: Argon2Params | None = None) -> str:
    """Add a passphrase slot for a new steward; returns its slot id."""
    check_passphrase(passphrase)
    label = check_label(label)
    params = params or vault.settings.kdf.defaults()
    try:
        vault.settings.kdf.check_creatable(params)
    except KdfParamsError as exc:
        raise UsageError(str(exc)) from exc
    check_work([s.work for s in vault.area.state.slots] + [params.t * params.m_kib])

    made: list[str] = []

    def make(positions: list[int]) -> list[tuple[SlotEntry, bytes]]:
        entry, material = seal_passphrase_entry(vault.master_key, passphrase, vault.area.vault_id, params,
                                                positions[0], policy=vault.settings.kdf)
        made.append(entry.id)
        return [(entry, material)]

    def record(conn: Connection) -> None:
        add_steward(conn, made[0], label, "passphrase")
        vault.audit("keys.add", made[0], kind="passphrase", kdf_t=params.t, kdf_m_kib=params.m_kib)

    update_slots(vault, 1, make, set(), record)
    return made[0]


def remove_slot(vault: Vault, slot_id: str) -> SlotEntry:
    """Remove a slot (its position is overwritten). Refuses to remove the last passphrase slot."""
    target = _find(vault, slot_id)
    passphrase_slots = [s for s in vault.area.state.slots if s.kind == "passphrase"]
    if target.kind == "passphrase" and len(passphrase_slots) == 1:
        raise RefusedError("refusing to remove the last passphrase slot",
                           hint="add another steward first with 'intake keys add'")

    def record(conn: Connection) -> None:
        remove_stewards(conn, [slot_id])
        vault.audit("keys.remove", slot_id, kind=target.kind)

    update_slots(vault, 0, lambda positions: [], {slot_id}, record)
    return target


def change_passphrase(vault: Vault, new_passphrase: str) -> None:
    """Re-seal only the slot used to unlock (new salt, nonce, KEK, position); its old position is overwritten.

    The KDF cost is the one authenticated when the vault was unlocked (or the defaults when that is below
    the floor), never a value read again from disk, which someone could have edited in between.
    """
    check_passphrase(new_passphrase)
    old = _find(vault, vault.slot_id)  # the slot as authenticated and opened at unlock
    if old.kind != "passphrase":
        raise UsageError("the vault was opened with the recovery shares; add a passphrase slot instead")
    params = keep_or_default_params(old.params, vault.settings.kdf)

    def make(positions: list[int]) -> list[tuple[SlotEntry, bytes]]:
        return [seal_passphrase_entry(vault.master_key, new_passphrase, vault.area.vault_id, params, positions[0],
                                      slot_id=old.id, policy=vault.settings.kdf)]

    def record(conn: Connection) -> None:
        vault.audit("keys.passwd", old.id, kdf_t=params.t, kdf_m_kib=params.m_kib)

    update_slots(vault, 1, make, {old.id}, record)


def keep_or_default_params(params: Argon2Params | None, policy: KdfPolicy) -> Argon2Params:
    """The slot's own cost when it still meets the floor (never silently weaker), else the defaults."""
    if params is not None:
        try:
            policy.check_creatable(params)
            return params
        except KdfParamsError:
            pass
    return policy.defaults()


def _find(vault: Vault, slot_id: str) -> SlotEntry:
    slot = vault.area.state.slot(slot_id)
    if slot is None:
        raise NotFoundError(f"no key slot {slot_id!r} in this vault", hint="'intake keys list' shows the slots")
    return slot
