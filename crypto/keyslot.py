"""Key slots: the master key sealed under a passphrase- or secret-derived KEK (docs/format.md §3)."""

from __future__ import annotations

import base64
import binascii
import os
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from crypto.errors import FormatError, KdfParamsError, SlotOpenError
from crypto.hkdf import derive_key
from crypto.kdf import SALT_LEN, SECURE, Argon2Params, KdfPolicy, argon2id, normalise_passphrase

SLOT_VERSION = 1
NONCE_LEN = 12
MASTER_LEN = 32
SEALED_LEN = MASTER_LEN + 16
AAD_PREFIX = b"intake/v1/keyslot\x00"
RECOVERY_LABEL = "intake/v1/recovery"
KINDS = ("passphrase", "recovery")


@dataclass(frozen=True)
class KeySlot:
    """One sealed copy of the master key. ``params`` and ``salt`` are None for recovery slots."""

    slot_id: str
    kind: str
    params: Argon2Params | None
    salt: bytes | None
    nonce: bytes
    sealed: bytes

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"v": SLOT_VERSION, "id": self.slot_id, "kind": self.kind}
        if self.params is not None and self.salt is not None:
            out["kdf"] = {
                "alg": "argon2id",
                "version": 19,
                "t": self.params.t,
                "m_kib": self.params.m_kib,
                "p": self.params.p,
                "salt": _b64(self.salt),
            }
        out.update({"aead": "chacha20-poly1305", "nonce": _b64(self.nonce), "sealed": _b64(self.sealed)})
        return out

    @classmethod
    def from_dict(cls, data: Any) -> KeySlot:
        """Parse an untrusted slot object; raises :class:`FormatError` or :class:`KdfParamsError`."""
        if not isinstance(data, dict) or data.get("v") != SLOT_VERSION:
            raise FormatError("key slot of unknown version")
        kind = data.get("kind")
        slot_id = data.get("id")
        if kind not in KINDS or not isinstance(slot_id, str) or not _is_slot_id(slot_id):
            raise FormatError("malformed key slot")
        if data.get("aead") != "chacha20-poly1305":
            raise FormatError("malformed key slot")
        params, salt = _parse_kdf(data.get("kdf"), kind)
        nonce, sealed = _unb64(data.get("nonce")), _unb64(data.get("sealed"))
        if len(nonce) != NONCE_LEN or len(sealed) != SEALED_LEN:
            raise FormatError("malformed key slot")
        return cls(slot_id=slot_id, kind=kind, params=params, salt=salt, nonce=nonce, sealed=sealed)


def _parse_kdf(kdf: Any, kind: str) -> tuple[Argon2Params | None, bytes | None]:
    if kind == "recovery":
        if kdf is not None:
            raise FormatError("malformed key slot")
        return None, None
    if not isinstance(kdf, dict) or kdf.get("alg") != "argon2id" or kdf.get("version") != 19:
        raise FormatError("malformed key slot")
    params = Argon2Params(t=_kdf_int(kdf, "t"), m_kib=_kdf_int(kdf, "m_kib"), p=_kdf_int(kdf, "p"))
    params.check_readable()
    salt = _unb64(kdf.get("salt"))
    if len(salt) != SALT_LEN:
        raise KdfParamsError("salt must be 16 bytes")
    return params, salt


def _kdf_int(kdf: dict[str, Any], name: str) -> int:
    value = kdf.get(name)
    if not isinstance(value, int) or isinstance(value, bool):
        raise KdfParamsError(f"KDF parameter {name} is not an integer")
    return value


def _is_slot_id(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 16 and all(c in "0123456789abcdef" for c in value)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise FormatError("malformed key slot")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise FormatError("malformed key slot") from exc


def new_slot_id() -> str:
    return os.urandom(8).hex()


def _aad(vault_id: bytes, slot_id: str) -> bytes:
    return AAD_PREFIX + vault_id + slot_id.encode("ascii")


def passphrase_kek(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    return argon2id(normalise_passphrase(passphrase), salt, params)


def recovery_kek(secret: bytes, vault_id: bytes) -> bytes:
    return derive_key(secret, vault_id, RECOVERY_LABEL)


def seal_slot(
    master: bytes,
    kek: bytes,
    vault_id: bytes,
    *,
    kind: str = "passphrase",
    params: Argon2Params | None = None,
    salt: bytes | None = None,
    slot_id: str | None = None,
    nonce: bytes | None = None,
) -> KeySlot:
    """Seal ``master`` under ``kek``. ``slot_id`` and ``nonce`` are seams for test vectors only."""
    if len(master) != MASTER_LEN or len(kek) != 32:
        raise ValueError("master key and KEK must be 32 bytes")
    sid = slot_id or new_slot_id()
    nonce = nonce if nonce is not None else os.urandom(NONCE_LEN)
    sealed = ChaCha20Poly1305(kek).encrypt(nonce, master, _aad(vault_id, sid))
    return KeySlot(slot_id=sid, kind=kind, params=params, salt=salt, nonce=nonce, sealed=sealed)


def seal_passphrase_slot(
    master: bytes,
    passphrase: str,
    vault_id: bytes,
    params: Argon2Params,
    *,
    slot_id: str | None = None,
    salt: bytes | None = None,
    nonce: bytes | None = None,
    policy: KdfPolicy = SECURE,
) -> KeySlot:
    """A new passphrase slot (fresh salt and nonce unless given for test vectors); ``params`` must meet ``policy``."""
    policy.check_creatable(params)
    salt = salt if salt is not None else os.urandom(SALT_LEN)
    kek = passphrase_kek(passphrase, salt, params)
    return seal_slot(master, kek, vault_id, params=params, salt=salt, slot_id=slot_id, nonce=nonce)


def open_slot(slot: KeySlot, kek: bytes, vault_id: bytes) -> bytes:
    """The master key, or :class:`SlotOpenError` (opaque) for any failure."""
    try:
        master = ChaCha20Poly1305(kek).decrypt(slot.nonce, slot.sealed, _aad(vault_id, slot.slot_id))
    except (InvalidTag, ValueError) as exc:
        raise SlotOpenError() from exc
    if len(master) != MASTER_LEN:
        raise SlotOpenError()
    return master


def open_passphrase_slot(slot: KeySlot, passphrase: str, vault_id: bytes) -> bytes:
    """Run the slot's KDF and open it; opaque :class:`SlotOpenError` on any failure."""
    if slot.kind != "passphrase" or slot.params is None or slot.salt is None:
        raise SlotOpenError()
    return open_slot(slot, passphrase_kek(passphrase, slot.salt, slot.params), vault_id)
