"""``vault.json``: the public header (docs/format.md §2). Untrusted: parsed strictly, then compared with the
authenticated key area at every unlock. Version 1 headers (which held the slots) are read for migration."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crypto.agefile import parse_recipient
from crypto.errors import CryptoError
from crypto.keyslot import KeySlot
from intake.errors import DamagedError, NoVaultError
from intake.fs import NOT_REGULAR, atomic_write_bytes, open_regular
from intake.vault.strictjson import StrictJSONError, is_int, loads

FORMAT = "intake-vault"
VERSION = 2
HEADER_NAME = "vault.json"
MAX_HEADER_BYTES = 1 << 20
MAX_V1_SLOTS = 16
_KEYS = {"format", "version", "vault_id", "recipient"}


@dataclass(frozen=True)
class VaultHeader:
    """``vault.json`` as read: untrusted until compared with the key area. ``slots`` only in version 1."""

    vault_id: bytes
    recipient: str
    version: int = VERSION
    slots: tuple[KeySlot, ...] = field(default_factory=tuple)

    def to_json(self) -> bytes:
        doc = {"format": FORMAT, "version": VERSION, "vault_id": self.vault_id.hex(), "recipient": self.recipient}
        return (json.dumps(doc, indent=2) + "\n").encode("utf-8")


def parse_header(raw: bytes) -> VaultHeader:
    """Parse untrusted header bytes; any problem is a :class:`DamagedError` without echoing content."""
    if len(raw) > MAX_HEADER_BYTES:
        raise DamagedError("vault.json is too large to be a vault header")
    try:
        doc = loads(raw)
    except StrictJSONError as exc:
        raise DamagedError("vault.json is not valid JSON (or has a member twice)") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise DamagedError("vault.json is not an Intake vault header")
    version = doc.get("version")
    if not is_int(version) or version not in (1, 2):
        raise DamagedError("vault.json has a format version this Intake does not know",
                           hint="upgrade Intake to open this vault")
    if set(doc) != (_KEYS | {"slots"} if version == 1 else _KEYS):
        raise DamagedError("vault.json has unexpected or missing members")
    slots = _slots(doc["slots"]) if version == 1 else ()
    return VaultHeader(vault_id=_vault_id(doc["vault_id"]), recipient=_recipient(doc["recipient"]),
                       version=int(version), slots=slots)


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
    if not isinstance(value, list) or len(value) > MAX_V1_SLOTS:
        raise DamagedError(f"vault.json has a malformed slot list (at most {MAX_V1_SLOTS} slots)")
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
    try:
        fd = open_regular(path, os.O_RDONLY)  # a FIFO in its place must not hang every command
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise NoVaultError(f"no vault at {vault_dir}") from exc
    except OSError as exc:
        if exc.strerror == NOT_REGULAR:
            raise DamagedError(f"{HEADER_NAME} is {NOT_REGULAR}", hint="restore it from a backup") from exc
        raise DamagedError(f"cannot read {path}: {exc.strerror}") from exc
    with os.fdopen(fd, "rb") as fh:
        raw = fh.read(MAX_HEADER_BYTES + 1)
    return parse_header(raw)


def write_header(vault_dir: Path, header: VaultHeader) -> None:
    """Replace ``vault.json`` atomically (it holds no secret, so a rename leaves nothing to destroy)."""
    atomic_write_bytes(vault_dir / HEADER_NAME, header.to_json(), vault_dir / "tmp")
