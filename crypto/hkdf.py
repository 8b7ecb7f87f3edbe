"""Purpose-labelled subkeys: key(label) = HKDF-SHA-256(master, salt=vault_id, info=label)."""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_LEN = 32


def derive_key(master: bytes, salt: bytes, label: str, length: int = KEY_LEN) -> bytes:
    """Derive the key for ``label`` (e.g. ``intake/v1/catalog``) from a 32-byte master key."""
    if len(master) != 32:
        raise ValueError("master key must be 32 bytes")
    if not label.startswith("intake/v") or "/" not in label[8:]:
        raise ValueError("labels look like 'intake/v1/<purpose>'")
    hkdf = HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=label.encode("ascii"))
    return hkdf.derive(master)


def derive_epoch_key(master: bytes, epoch: bytes, salt: bytes, label: str) -> bytes:
    """A key that needs both the master key and a 32-byte epoch secret: HKDF(ikm = master || epoch)."""
    if len(master) != 32 or len(epoch) != 32:
        raise ValueError("master key and epoch secret must be 32 bytes")
    if not label.startswith("intake/v") or "/" not in label[8:]:
        raise ValueError("labels look like 'intake/v2/<purpose>'")
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_LEN, salt=salt, info=label.encode("ascii"))
    return hkdf.derive(master + epoch)
