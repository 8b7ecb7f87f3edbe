"""Exceptions of the crypto package. Messages never contain key material."""


class CryptoError(Exception):
    """Base class for crypto failures."""


class SlotOpenError(CryptoError):
    """Wrong passphrase or damaged key slot (deliberately opaque)."""

    def __init__(self) -> None:
        super().__init__("wrong passphrase or damaged key slot")


class KdfParamsError(CryptoError):
    """KDF parameters outside the accepted range."""


class KdfLibraryError(CryptoError):
    """The installed Argon2 library is not the version this format needs (0x13)."""


class DecryptError(CryptoError):
    """Decryption failed: wrong key or damaged file."""

    def __init__(self, message: str = "wrong key or damaged file") -> None:
        super().__init__(message)


class FormatError(CryptoError):
    """A stored structure is malformed or of an unknown version."""


class HeaderRefused(DecryptError):
    """An age header that is not one Intake writes, refused before it is decrypted (docs/format.md §6.1)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"not an age file as Intake writes it ({reason})")


class ContentMismatch(CryptoError):
    """The plaintext does not match the SHA-256 or size it was expected to have."""

    def __init__(self) -> None:
        super().__init__("the decrypted content does not match its expected checksum and size")
