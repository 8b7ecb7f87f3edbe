"""Argon2id key derivation with caps on parameters read from untrusted files."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass

from _argon2_cffi_bindings import ffi, lib
from argon2.low_level import ARGON2_VERSION as _LIB_VERSION
from argon2.low_level import Type, core

from crypto.errors import KdfLibraryError, KdfParamsError

# Caps for parameters read from disk: a crafted header must not hang or exhaust the machine.
MAX_T = 20
MAX_M_KIB = 4 * 1024 * 1024  # 4 GiB
MAX_P = 16
MIN_M_KIB = 8
# Floor for new slots: RFC 9106, second recommended option.
FLOOR_T = 3
FLOOR_M_KIB = 64 * 1024
DEFAULT_M_KIB = 256 * 1024
SALT_LEN = 16
KEY_LEN = 32
ARGON2_VERSION = 0x13
TEST_PARAMS_T, TEST_PARAMS_M_KIB = 1, 8192


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost parameters: iterations ``t``, memory ``m_kib`` (KiB), lanes ``p``."""

    t: int
    m_kib: int
    p: int

    def check_readable(self) -> None:
        """Raise :class:`KdfParamsError` unless the parameters are within the caps (for values read from disk)."""
        for name, value, low, high in (
            ("t", self.t, 1, MAX_T),
            ("m_kib", self.m_kib, MIN_M_KIB, MAX_M_KIB),
            ("p", self.p, 1, MAX_P),
        ):
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise KdfParamsError(f"KDF parameter {name}={value!r} outside the accepted range {low}..{high}")
        if self.m_kib < 8 * self.p:
            raise KdfParamsError("KDF memory must be at least 8 KiB per lane")

    def meets_floor(self) -> bool:
        """True when the cost is at least the floor for new slots (whatever any test policy says)."""
        return self.t >= FLOOR_T and self.m_kib >= FLOOR_M_KIB


@dataclass(frozen=True)
class KdfPolicy:
    """What a *new* key slot may cost. Reading a slot never depends on it (only the caps apply there).

    The default is the only policy for real data: at least t=3 and 64 MiB, 256 MiB by default.
    ``test_cost=True`` allows a cheap cost below that floor so test suites run fast; the library never turns
    it on by itself (the CLI does for the documented INTAKE_INSECURE_TEST_KDF=1, and warns).
    """

    test_cost: bool = False

    def check_creatable(self, params: Argon2Params) -> None:
        """Raise :class:`KdfParamsError` unless ``params`` may be used for a new slot."""
        params.check_readable()
        if self.test_cost:
            return
        if not params.meets_floor():
            raise KdfParamsError(f"KDF cost below the floor (t >= {FLOOR_T}, memory >= {FLOOR_M_KIB // 1024} MiB)")

    def defaults(self, m_kib: int | None = None) -> Argon2Params:
        """Defaults for new slots: t=3, 256 MiB (or ``m_kib``), p=min(4, cores); t=1, 8 MiB, p=1 under test cost."""
        if self.test_cost and m_kib is None:
            return Argon2Params(t=TEST_PARAMS_T, m_kib=TEST_PARAMS_M_KIB, p=1)
        lanes = max(1, min(4, os.cpu_count() or 1))
        return Argon2Params(t=FLOOR_T, m_kib=m_kib if m_kib is not None else DEFAULT_M_KIB, p=lanes)


SECURE = KdfPolicy()


def normalise_passphrase(passphrase: str) -> bytes:
    """UTF-8 of the NFC form, so the same passphrase typed on two systems gives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def argon2id(secret: bytes, salt: bytes, params: Argon2Params, *, key: bytes = b"", ad: bytes = b"") -> bytes:
    """Raw 32-byte Argon2id (version 0x13) output. Checks the caps first.

    ``key`` (Argon2's optional secret K) and ``ad`` (associated data X) exist so the RFC 9106 test vector
    can run through this exact function; Intake itself passes neither.
    """
    params.check_readable()
    if len(salt) < 8:
        raise KdfParamsError("salt too short")
    if _LIB_VERSION != ARGON2_VERSION:
        raise KdfLibraryError(f"the Argon2 library implements version {_LIB_VERSION:#x}, not {ARGON2_VERSION:#x}")
    out = ffi.new("uint8_t[]", KEY_LEN)
    buffers = [ffi.new("uint8_t[]", b) if b else ffi.NULL for b in (secret, salt, key, ad)]
    ctx = ffi.new("argon2_context *", {
        "out": out, "outlen": KEY_LEN,
        "pwd": buffers[0], "pwdlen": len(secret),
        "salt": buffers[1], "saltlen": len(salt),
        "secret": buffers[2], "secretlen": len(key),
        "ad": buffers[3], "adlen": len(ad),
        "t_cost": params.t, "m_cost": params.m_kib, "lanes": params.p, "threads": params.p,
        "version": ARGON2_VERSION,
        "allocate_cbk": ffi.NULL, "free_cbk": ffi.NULL, "flags": lib.ARGON2_DEFAULT_FLAGS,
    })
    rc = core(ctx, Type.ID.value)
    if rc != lib.ARGON2_OK:
        raise KdfParamsError(f"Argon2 failed with code {rc}")
    return bytes(ffi.buffer(out, KEY_LEN))
