"""Key hierarchy and file encryption. Knows nothing of interviews.

Safe recipes only: callers never pick nonces or algorithms. Seams for salt, nonce and KDF cost exist so
known-answer vectors can be checked byte for byte.
"""

from crypto.errors import CryptoError, DecryptError, KdfParamsError, SlotOpenError
from crypto.hkdf import derive_key
from crypto.kdf import Argon2Params
from crypto.keyslot import KeySlot, open_slot, seal_slot

__all__ = [
    "Argon2Params",
    "CryptoError",
    "DecryptError",
    "KdfParamsError",
    "KeySlot",
    "SlotOpenError",
    "derive_key",
    "open_slot",
    "seal_slot",
]
