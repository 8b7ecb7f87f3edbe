"""Key slots: the master key sealed under a passphrase- or secret-derived KEK (docs/format.md §3)."""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from crypto import afsplit
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
        version = data.get("v") if isinstance(data, dict) else None
        if not isinstance(version, int) or isinstance(version, bool) or version != SLOT_VERSION:
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
    if not isinstance(kdf, dict) or kdf.get("alg") != "argon2id" or type(kdf.get("version")) is not int \
            or kdf.get("version") != 19:
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


# --- format 2: boxes split across a fixed position of the key area (docs/format.md §3.2) -------------------

STRIPES = 170
MATERIAL_LEN = STRIPES * SEALED_LEN  # 8160 bytes
AAD2_PREFIX = b"intake/v2/keyslot\x00"
EPOCH_AAD_PREFIX = b"intake/v2/epoch\x00"
SECRET_LEN = 32


def slot_aad(vault_id: bytes, slot_id: str, kind: str, kdf_json: bytes, version: int = 2) -> bytes:
    """The slot's associated data: version 2 binds kind and KDF parameters; version 1 (migrated slots) does not."""
    if version == 1:
        return _aad(vault_id, slot_id)
    if version != 2 or kind not in KINDS or not _is_slot_id(slot_id) or len(vault_id) != 16:
        raise FormatError("malformed key slot")
    return AAD2_PREFIX + vault_id + slot_id.encode("ascii") + b"\x00" + kind.encode("ascii") + b"\x00" + kdf_json


def epoch_aad(vault_id: bytes, epoch_id: str) -> bytes:
    if len(vault_id) != 16 or not _is_slot_id(epoch_id):
        raise FormatError("malformed epoch entry")
    return EPOCH_AAD_PREFIX + vault_id + epoch_id.encode("ascii")


def seal_split(secret: bytes, key: bytes, aad: bytes, *, nonce: bytes | None = None,
               rng: Callable[[int], bytes] = os.urandom) -> tuple[bytes, bytes]:
    """(nonce, material): the 32-byte ``secret`` sealed under ``key`` and split into STRIPES stripes.

    ``nonce`` and ``rng`` are seams for known-answer vectors only.
    """
    if len(secret) != SECRET_LEN or len(key) != 32:
        raise ValueError("secret and key must be 32 bytes")
    nonce = nonce if nonce is not None else os.urandom(NONCE_LEN)
    box = ChaCha20Poly1305(key).encrypt(nonce, secret, aad)
    return nonce, afsplit.split(box, STRIPES, rng)


def split_box(box: bytes, rng: Callable[[int], bytes] = os.urandom) -> bytes:
    """Split an already sealed 48-byte box (a version-1 slot carried into the key area)."""
    if len(box) != SEALED_LEN:
        raise FormatError("malformed key slot")
    return afsplit.split(box, STRIPES, rng)


def open_split(material: bytes, key: bytes, nonce: bytes, aad: bytes) -> bytes:
    """The secret, or the opaque :class:`SlotOpenError` for any change anywhere in the material."""
    if len(material) != MATERIAL_LEN or len(nonce) != NONCE_LEN or len(key) != 32:
        raise SlotOpenError()
    box = afsplit.merge(material, STRIPES)
    try:
        secret = ChaCha20Poly1305(key).decrypt(nonce, box, aad)
    except (InvalidTag, ValueError) as exc:
        raise SlotOpenError() from exc
    if len(secret) != SECRET_LEN:
        raise SlotOpenError()
    return secret
