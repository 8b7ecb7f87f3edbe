"""LUKS's anti-forensic splitter (SHA-256 diffusion): one secret spread over many stripes, so that destroying
any part of them destroys the secret (docs/format.md §3.2)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable

DIGEST = 32


def _xor(a: bytes, b: bytes) -> bytes:
    return bytes(x ^ y for x, y in zip(a, b, strict=True))


def _diffuse(block: bytes) -> bytes:
    out = bytearray()
    for index in range(0, len(block), DIGEST):
        chunk = block[index:index + DIGEST]
        out += hashlib.sha256((index // DIGEST).to_bytes(4, "big") + chunk).digest()[:len(chunk)]
    return bytes(out)


def split(secret: bytes, stripes: int, rng: Callable[[int], bytes] = os.urandom) -> bytes:
    """``stripes`` blocks of ``len(secret)`` bytes; the last one is the secret XOR the diffused rest."""
    if stripes < 2 or not secret:
        raise ValueError("at least two stripes of a non-empty secret")
    size = len(secret)
    d = bytes(size)
    parts = []
    for _ in range(stripes - 1):
        stripe = rng(size)
        parts.append(stripe)
        d = _diffuse(_xor(d, stripe))
    parts.append(_xor(d, secret))
    return b"".join(parts)


def merge(material: bytes, stripes: int) -> bytes:
    """The secret from ``split``'s output (any change in any stripe gives a different, useless value)."""
    if stripes < 2 or len(material) % stripes:
        raise ValueError("material is not a whole number of stripes")
    size = len(material) // stripes
    d = bytes(size)
    for k in range(stripes - 1):
        d = _diffuse(_xor(d, material[k * size:(k + 1) * size]))
    return _xor(d, material[(stripes - 1) * size:])
