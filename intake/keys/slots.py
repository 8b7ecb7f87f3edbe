"""Steward key slots: list, add, remove, change a passphrase (docs/keys.md, docs/format.md §3).

Every change rewrites ``vault.json`` atomically inside the catalog transaction that records it (labels in
the ``stewards`` table, one audit row), so a kill leaves at worst a slot without a label, never a label that
unlocks nothing or a half-written header.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from crypto.errors import KdfParamsError
from crypto.kdf import Argon2Params, KdfPolicy
from crypto.keyslot import KeySlot, seal_passphrase_slot
from intake.errors import NotFoundError, RefusedError, UsageError
from intake.vault.header import VaultHeader, read_header
from intake.vault.open import Vault, check_passphrase
from intake.vault.stewards import add_steward, remove_stewards, steward_labels

MAX_LABEL = 80


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
    """The header's slots in order, with the labels kept in the catalog."""
    labels: dict[str, tuple[str | None, str | None]] = {**steward_labels(vault.conn)}
    out = []
    for slot in vault.header.slots:
        label, added = labels.get(slot.slot_id, (None, None))
        kdf = None if slot.params is None else {"t": slot.params.t, "m_kib": slot.params.m_kib, "p": slot.params.p}
        out.append(SlotInfo(slot.slot_id, slot.kind, label, added, kdf, slot.slot_id == vault.slot_id))
    return out


def check_label(label: str) -> str:
    label = label.strip()
    if not label or len(label) > MAX_LABEL or any(ord(c) < 32 for c in label):
        raise UsageError(f"a slot label is 1-{MAX_LABEL} printable characters",
                         hint="labels are stored encrypted in the catalog; initials or a role are enough")
    return label


def commit_header(vault: Vault, header: VaultHeader) -> None:
    """Replace ``vault.json``; call inside the catalog transaction that records the change."""
    vault.write_header(header)


def add_slot(vault: Vault, passphrase: str, label: str, *, params: Argon2Params | None = None) -> str:
    """Add a passphrase slot for a new steward; returns its slot id."""
    check_passphrase(passphrase)
    label = check_label(label)
    params = params or vault.settings.kdf.defaults()
    try:
        slot = seal_passphrase_slot(vault.master_key, passphrase, vault.header.vault_id, params,
                                    policy=vault.settings.kdf)
    except KdfParamsError as exc:
        raise UsageError(str(exc)) from exc
    header = read_header(vault.path)  # the file, not a possibly stale copy held since unlocking
    with vault.transaction() as conn:
        add_steward(conn, slot.slot_id, label, "passphrase")
        vault.audit("keys.add", slot.slot_id, kind="passphrase", kdf_t=params.t, kdf_m_kib=params.m_kib)
        commit_header(vault, header.with_slots([*header.slots, slot]))
    return slot.slot_id


def remove_slot(vault: Vault, slot_id: str) -> KeySlot:
    """Remove a slot. Refuses to remove the last passphrase slot (the vault would only open by recovery)."""
    header = read_header(vault.path)
    target = _find(header, slot_id)
    passphrase_slots = [s for s in header.slots if s.kind == "passphrase"]
    if target.kind == "passphrase" and len(passphrase_slots) == 1:
        raise RefusedError("refusing to remove the last passphrase slot",
                           hint="add another steward first with 'intake keys add'")
    with vault.transaction() as conn:
        remove_stewards(conn, [slot_id])
        vault.audit("keys.remove", slot_id, kind=target.kind)
        commit_header(vault, header.with_slots([s for s in header.slots if s.slot_id != slot_id]))
    return target


def change_passphrase(vault: Vault, new_passphrase: str) -> None:
    """Rewrite only the slot used to unlock (new salt, nonce and KEK); every other slot stays byte-identical.

    The KDF cost is the one validated when the vault was unlocked (or the defaults when that is below the
    floor), never a value read again from ``vault.json``, which someone could have edited in between.
    """
    check_passphrase(new_passphrase)
    old = _find(vault.header, vault.slot_id)  # the slot as read and opened at unlock
    if old.kind != "passphrase":
        raise UsageError("the vault was opened with the recovery shares; add a passphrase slot instead")
    # never re-read the cost: vault.json may have changed since unlocking
    params = keep_or_default_params(old.params, vault.settings.kdf)
    header = read_header(vault.path)  # for the other stewards' slots, kept byte-identical
    _find(header, vault.slot_id)  # the slot must still be there to be replaced
    new = seal_passphrase_slot(vault.master_key, new_passphrase, header.vault_id, params, slot_id=old.slot_id,
                               policy=vault.settings.kdf)
    slots = [new if s.slot_id == old.slot_id else s for s in header.slots]
    with vault.transaction():
        vault.audit("keys.passwd", old.slot_id, kdf_t=params.t, kdf_m_kib=params.m_kib)
        commit_header(vault, header.with_slots(slots))


def keep_or_default_params(params: Argon2Params | None, policy: KdfPolicy) -> Argon2Params:
    """The slot's own cost when it still meets the floor (never silently weaker), else the defaults."""
    if params is not None:
        try:
            policy.check_creatable(params)
            return params
        except KdfParamsError:
            pass
    return policy.defaults()


def _find(header: VaultHeader, slot_id: str) -> KeySlot:
    for slot in header.slots:
        if slot.slot_id == slot_id:
            return slot
    raise NotFoundError(f"no key slot {slot_id!r} in this vault", hint="'intake keys list' shows the slots")
