"""The field package container (docs/keys.md, "Field package format, version 1").

    package   = magic || u16 header_len || header || u16 identity_len || identity || recording
                || meta || u32 meta_len || digest
    magic     = "intake-field-package/v1" || 0x0A
    header    = UTF-8 JSON {"v": 1, "target": T}
    T         = first 32 hex digits of SHA-256("intake/v1/field-target" || 0x00 || vault recipient)
    identity  = age file to the vault recipient; plaintext: a fresh "AGE-SECRET-KEY-1…" identity
    recording = age file to that identity's recipient; plaintext: the recording's bytes
    meta      = age file to the vault recipient; plaintext: UTF-8 JSON metadata (sha256 of the recording…),
                followed by spaces up to a multiple of 4096 bytes (since round 22; readers accept either)
    digest    = SHA-256 of every preceding byte

Integers are big-endian. The recording comes before the metadata so a package is written in one streaming
pass: its SHA-256 is known only once it has been read.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from crypto import agefile
from crypto.agefile import HashingWriter, Keypair
from intake.errors import PackageDamaged

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

MAGIC = b"intake-field-package/v1\n"
SUFFIX = ".intake"
MAX_HEADER = 4096
MAX_IDENTITY = 4096
MAX_META = 64 * 1024
#: The metadata plaintext is padded with spaces to a multiple of this, so that its sealed length does not tell
#: the lengths of the codes or the file name inside (docs/keys.md §5.2).
META_BUCKET = 4096
DIGEST_LEN = 32
TAIL_LEN = 4 + DIGEST_LEN
TARGET_LABEL = b"intake/v1/field-target\x00"
CHUNK = 1 << 20


def target_of(recipient: str) -> str:
    """The package's public pointer to its vault (a hash, so the recipient itself is not repeated)."""
    return hashlib.sha256(TARGET_LABEL + recipient.encode("ascii")).hexdigest()[:32]


@dataclass(frozen=True)
class Layout:
    """A parsed, digest-checked package: small parts in memory, the recording as an offset range."""

    target: str
    identity: bytes
    meta: bytes
    rec_offset: int
    rec_length: int


def write_package(dst: BinaryIO, src: BinaryIO, recipient: str, keypair: Keypair,
                  meta_for: Callable[[str, int], dict[str, Any]]) -> tuple[str, int]:
    """Stream one package into ``dst``; ``meta_for(sha256, size)`` returns the metadata dict.

    Returns (SHA-256 hex, size) of the recording's plaintext.
    """
    digest = hashlib.sha256()
    out = HashingWriter(digest, dst)
    header = json.dumps({"v": 1, "target": target_of(recipient)}, separators=(",", ":")).encode("ascii")
    sealed_identity = agefile.encrypt_bytes(keypair.identity.encode("ascii"), [recipient])
    out.write(MAGIC + struct.pack(">H", len(header)) + header)
    out.write(struct.pack(">H", len(sealed_identity)) + sealed_identity)
    sha, size = agefile.encrypt_stream(src, out, [keypair.recipient])
    meta = json.dumps(meta_for(sha, size), sort_keys=True, separators=(",", ":")).encode("utf-8")
    sealed_meta = agefile.encrypt_bytes(padded(meta), [recipient])
    out.write(sealed_meta + struct.pack(">I", len(sealed_meta)))
    dst.write(digest.digest())
    return sha, size


def padded(meta: bytes) -> bytes:
    """``meta`` and trailing spaces (JSON whitespace) up to the next multiple of :data:`META_BUCKET`."""
    return meta + b" " * (-len(meta) % META_BUCKET)


def read_layout(fh: BinaryIO, name: str) -> Layout:
    """Check magic, lengths and the digest of the whole file; :class:`PackageDamaged` otherwise."""
    total = fh.seek(0, os.SEEK_END)
    fh.seek(0)
    head = fh.read(len(MAGIC) + 2)
    if head[: len(MAGIC)] != MAGIC:
        raise PackageDamaged(f"{name}: not an Intake field package (or of an unknown version)")
    header = _take(fh, _u16(head[len(MAGIC):], name), MAX_HEADER, name)
    identity = _take(fh, _u16(fh.read(2), name), MAX_IDENTITY, name)
    rec_offset = fh.tell()
    fh.seek(total - TAIL_LEN)
    tail = fh.read(TAIL_LEN)
    if len(tail) != TAIL_LEN:
        raise PackageDamaged(f"{name}: the package is truncated")
    meta_len = struct.unpack(">I", tail[:4])[0]
    rec_length = total - TAIL_LEN - meta_len - rec_offset
    if meta_len > MAX_META or rec_length <= 0:
        raise PackageDamaged(f"{name}: the package is truncated or malformed")
    fh.seek(rec_offset + rec_length)
    meta = fh.read(meta_len)
    _check_digest(fh, total - DIGEST_LEN, tail[4:], name)
    return Layout(_target(header, name), identity, meta, rec_offset, rec_length)


def _u16(raw: bytes, name: str) -> int:
    if len(raw) != 2:
        raise PackageDamaged(f"{name}: the package is truncated")
    return int(struct.unpack(">H", raw)[0])


def _take(fh: BinaryIO, length: int, limit: int, name: str) -> bytes:
    data = fh.read(length)
    if length == 0 or length > limit or len(data) != length:
        raise PackageDamaged(f"{name}: the package is truncated or malformed")
    return data


def _target(header: bytes, name: str) -> str:
    try:
        doc = json.loads(header.decode("ascii"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageDamaged(f"{name}: the package header is malformed") from exc
    if not isinstance(doc, dict) or set(doc) != {"v", "target"} or type(doc["v"]) is not int or doc["v"] != 1:
        raise PackageDamaged(f"{name}: the package header is of an unknown version")
    target = doc["target"]
    if not isinstance(target, str) or len(target) != 32 or any(c not in "0123456789abcdef" for c in target):
        raise PackageDamaged(f"{name}: the package header is malformed")
    return target


def _check_digest(fh: BinaryIO, length: int, expected: bytes, name: str) -> None:
    digest = hashlib.sha256()
    fh.seek(0)
    left = length
    while left > 0:
        chunk = fh.read(min(CHUNK, left))
        if not chunk:
            break
        digest.update(chunk)
        left -= len(chunk)
    if left or digest.digest() != expected:
        raise PackageDamaged(f"{name}: the package is damaged (its checksum does not match)")


class Window(io.RawIOBase):
    """Read ``length`` bytes of ``fh`` from ``offset``: the recording section as a file of its own."""

    def __init__(self, fh: BinaryIO, offset: int, length: int) -> None:
        self._fh = fh
        self._left = length
        fh.seek(offset)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer, /) -> int:
        view = memoryview(buffer).cast("B")
        n = min(len(view), self._left)
        data = self._fh.read(n) if n else b""
        view[: len(data)] = data
        self._left -= len(data)
        return len(data)


def open_recording(fh: BinaryIO, layout: Layout) -> BinaryIO:
    return io.BufferedReader(Window(fh, layout.rec_offset, layout.rec_length), buffer_size=CHUNK)


def package_name() -> str:
    return os.urandom(16).hex() + SUFFIX


def is_package(path: Path) -> bool:
    return path.name.endswith(SUFFIX)
