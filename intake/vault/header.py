"""``vault.json``: the public header (docs/format.md §2). Parsing treats the file as untrusted."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from crypto.agefile import parse_recipient
from crypto.errors import CryptoError
from crypto.keyslot import KeySlot
from intake.errors import DamagedError, NoVaultError, UsageError
from intake.fs import atomic_write_bytes

FORMAT = "intake-vault"
VERSION = 1
HEADER_NAME = "vault.json"
MAX_HEADER_BYTES = 1 << 20
MAX_SLOTS = 64
_KEYS = {"format", "version", "vault_id", "recipient", "slots"}


@dataclass(frozen=True)
class VaultHeader:
    vault_id: bytes
    recipient: str
    slots: tuple[KeySlot, ...] = field(default_factory=tuple)

    def to_json(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id.hex(),
            "recipient": self.recipient,
            "slots": [s.to_dict() for s in self.slots],
        }
        return (json.dumps(doc, indent=2) + "\n").encode("utf-8")

    def with_slots(self, slots: list[KeySlot]) -> VaultHeader:
        return replace(self, slots=tuple(slots))

    def slot(self, slot_id: str) -> KeySlot:
        for s in self.slots:
            if s.slot_id == slot_id:
                return s
        raise UsageError(f"no key slot {slot_id!r} in this vault", hint="'intake keys list' shows the slots")


def parse_header(raw: bytes) -> VaultHeader:
    """Parse untrusted header bytes; any problem is a :class:`DamagedError` without echoing content."""
    if len(raw) > MAX_HEADER_BYTES:
        raise DamagedError("vault.json is too large to be a vault header")
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise DamagedError("vault.json is not valid JSON") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise DamagedError("vault.json is not an Intake vault header")
    if doc.get("version") != VERSION:
        raise DamagedError("vault.json has a format version this Intake does not know",
                           hint="upgrade Intake to open this vault")
    if set(doc) != _KEYS:
        raise DamagedError("vault.json has unexpected or missing members")
    return VaultHeader(vault_id=_vault_id(doc["vault_id"]), recipient=_recipient(doc["recipient"]),
                       slots=_slots(doc["slots"]))


def _vault_id(value: Any) -> bytes:
    try:
        vid = bytes.fromhex(value) if isinstance(value, str) else b""
    except ValueError:
        vid = b""
    if len(vid) != 16:
        raise DamagedError("vault.json has a malformed vault id")
    return vid


def _recipient(value: Any) -> str:
    try:
        parse_recipient(value)
    except CryptoError as exc:
        raise DamagedError("vault.json has a malformed recipient") from exc
    return str(value)


def _slots(value: Any) -> tuple[KeySlot, ...]:
    if not isinstance(value, list) or len(value) > MAX_SLOTS:
        raise DamagedError("vault.json has a malformed slot list")
    slots = []
    for i, item in enumerate(value, 1):
        try:
            slots.append(KeySlot.from_dict(item))
        except CryptoError as exc:
            raise DamagedError(f"key slot {i} in vault.json is malformed: {exc}") from exc
    if len({s.slot_id for s in slots}) != len(slots):
        raise DamagedError("vault.json has duplicate slot ids")
    return tuple(slots)


def read_header(vault_dir: Path) -> VaultHeader:
    path = vault_dir / HEADER_NAME
    if not path.is_file():
        raise NoVaultError(f"no vault at {vault_dir}")
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_HEADER_BYTES + 1)
    except OSError as exc:
        raise DamagedError(f"cannot read {path}: {exc.strerror}") from exc
    return parse_header(raw)


def write_header(vault_dir: Path, header: VaultHeader) -> None:
    atomic_write_bytes(vault_dir / HEADER_NAME, header.to_json(), vault_dir / "tmp")
    os.chmod(vault_dir / HEADER_NAME, 0o600)
