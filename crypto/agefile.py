"""Standard age (v1, X25519) files, streamed: any size in constant memory.

Every blob Intake stores is a plain age file, so ``age -d -i KEY`` can always open it. Every header is read
and checked here (:mod:`crypto.ageheader`: at most 4 KiB, one X25519 stanza) before pyrage is handed the
file, on the streaming and the in-memory paths alike.
"""

from __future__ import annotations

import hashlib
import hmac
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO, Protocol

import pyrage
from pyrage import x25519

from crypto.ageheader import MAX_HEADER_BYTES, header_length
from crypto.errors import ContentMismatch, DecryptError, FormatError

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer, WriteableBuffer

AGE_MAGIC = b"age-encryption.org/v1\n"


class _Hasher(Protocol):
    def update(self, data: bytes, /) -> None: ...


class Sink(Protocol):
    """Where plaintext or ciphertext goes: a binary file, or a :class:`HashingWriter`."""

    def write(self, data: bytes, /) -> int | None: ...


@dataclass(frozen=True)
class Keypair:
    """A fresh age X25519 identity (secret, ``AGE-SECRET-KEY-1…``) and its recipient (``age1…``)."""

    identity: str
    recipient: str

    def __repr__(self) -> str:  # never print the secret half
        return f"Keypair(recipient={self.recipient!r})"


def generate_keypair() -> Keypair:
    ident = x25519.Identity.generate()
    return Keypair(identity=str(ident), recipient=str(ident.to_public()))


def parse_recipient(text: str) -> x25519.Recipient:
    """An ``age1…`` recipient, or :class:`FormatError` (the message never echoes the value)."""
    if not isinstance(text, str) or not text.startswith("age1"):
        raise FormatError("not an age X25519 recipient (age1…)")
    try:
        return x25519.Recipient.from_str(text.strip())
    except Exception as exc:  # pyrage raises its own RecipientError
        raise FormatError("not a valid age recipient") from exc


def parse_identity(text: str) -> x25519.Identity:
    if not isinstance(text, str) or not text.startswith("AGE-SECRET-KEY-1"):
        raise FormatError("not an age identity")
    try:
        return x25519.Identity.from_str(text.strip())
    except Exception as exc:
        raise FormatError("not a valid age identity") from exc


class HashingReader(io.RawIOBase):
    """Reads from ``src`` and feeds every byte to ``hasher``; counts bytes."""

    def __init__(self, src: BinaryIO, hasher: _Hasher, progress: Callable[[int], None] | None = None) -> None:
        self._src = src
        self._hasher = hasher
        self._progress = progress
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer, /) -> int:
        view = memoryview(buffer).cast("B")
        data = self._src.read(len(view))
        n = len(data)
        view[:n] = data
        self._hasher.update(data)
        self.count += n
        if self._progress is not None and n:
            self._progress(n)
        return n


class HashingWriter(io.RawIOBase):
    """A write-only sink that hashes and counts what is written; optionally forwards to ``dst``."""

    def __init__(self, hasher: _Hasher, dst: Sink | None = None) -> None:
        self._hasher = hasher
        self._dst = dst
        self.count = 0

    def writable(self) -> bool:
        return True

    def write(self, data: ReadableBuffer, /) -> int:
        view = bytes(data)
        self._hasher.update(view)
        if self._dst is not None:
            self._dst.write(view)
        self.count += len(view)
        return len(view)


class _Guarded(io.RawIOBase):
    """``src`` read through pyrage, remembering an interrupt (Ctrl-C) raised while reading.

    pyrage turns an exception raised inside a Python callback into its own error (``EncryptError:
    KeyboardInterrupt``); the caller re-raises the interrupt itself so that Ctrl-C stays Ctrl-C.
    """

    def __init__(self, src: BinaryIO | io.RawIOBase) -> None:
        self._src = src
        self.interrupt: BaseException | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer, /) -> int:
        view = memoryview(buffer).cast("B")
        try:
            data = self._src.read(len(view)) or b""
        except BaseException as exc:
            if not isinstance(exc, Exception):
                self.interrupt = exc
            raise
        view[:len(data)] = data
        return len(data)


class _GuardedSink:
    """``dst`` written through pyrage, remembering whatever a write raised.

    pyrage 1.x loses an exception raised by the sink's ``write`` (measured: ``encrypt_io`` then returns as if
    everything was written), so :func:`encrypt_stream` re-raises it itself: Ctrl-C stays Ctrl-C, and a
    failed write (a full disk) is never taken for a finished file.
    """

    def __init__(self, dst: Sink) -> None:
        self._dst = dst
        self.interrupt: BaseException | None = None

    def write(self, data: bytes, /) -> int | None:
        if self.interrupt is not None:
            raise self.interrupt
        try:
            return self._dst.write(data)
        except BaseException as exc:
            self.interrupt = exc
            raise


def _reraise_interrupt(*guards: _Guarded | _GuardedSink) -> None:
    for guard in guards:
        if guard.interrupt is not None:
            raise guard.interrupt


def encrypt_stream(
    src: BinaryIO, dst: Sink, recipients: list[str], progress: Callable[[int], None] | None = None
) -> tuple[str, int]:
    """Encrypt ``src`` to ``dst`` for ``recipients``; returns (SHA-256 hex of the plaintext, size).

    ``progress`` is called with the number of plaintext bytes read, chunk by chunk.
    """
    if not recipients:
        raise FormatError("at least one recipient is needed")
    parsed = [parse_recipient(r) for r in recipients]
    digest = hashlib.sha256()
    raw = HashingReader(src, digest, progress)
    guard, sink = _Guarded(raw), _GuardedSink(dst)
    try:
        pyrage.encrypt_io(io.BufferedReader(guard, buffer_size=1 << 20), sink, parsed)
    except Exception:
        _reraise_interrupt(guard, sink)
        raise
    _reraise_interrupt(sink)
    return digest.hexdigest(), raw.count


def read_header(data: bytes) -> bytes:
    """The checked age header at the start of ``data``; :class:`HeaderRefused` unless Intake could have
    written it (docs/format.md §6.1)."""
    return data[:header_length(data)]


def _read_up_to(src: BinaryIO, limit: int) -> bytes:
    """Up to ``limit`` bytes: fewer only at the end of ``src`` (a read may return less than asked)."""
    parts: list[bytes] = []
    got = 0
    while got < limit:
        chunk = src.read(limit - got)
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


class _Prefixed(io.RawIOBase):
    """``head`` (bytes already read from ``src``), then the rest of ``src``."""

    def __init__(self, head: bytes, src: BinaryIO) -> None:
        self._head = memoryview(head)
        self._src = src

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer, /) -> int:
        view = memoryview(buffer).cast("B")
        if self._head.nbytes:
            n = min(len(view), self._head.nbytes)
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._src.read(len(view))
        view[:len(data)] = data
        return len(data)


def checked_source(src: BinaryIO) -> _Prefixed:
    """``src`` with its header read and checked first (:class:`HeaderRefused`), then replayed whole
    (unbuffered: the caller's one buffer is enough)."""
    head = _read_up_to(src, MAX_HEADER_BYTES)
    header_length(head)
    return _Prefixed(head, src)


def decrypt_stream(src: BinaryIO, dst: Sink, identity: str) -> None:
    """Decrypt an age file; :class:`HeaderRefused` for a header Intake does not write (before any
    decryption work), :class:`DecryptError` for a wrong key or any damage."""
    ident = parse_identity(identity)
    guard = _Guarded(checked_source(src))
    try:
        pyrage.decrypt_io(io.BufferedReader(guard, buffer_size=1 << 16), dst, [ident])
    except Exception as exc:
        _reraise_interrupt(guard)
        raise DecryptError() from exc


def decrypt_digest(src: BinaryIO, identity: str) -> tuple[str, int]:
    """Decrypt without keeping the plaintext: (SHA-256 hex, size). Used to verify blobs."""
    digest = hashlib.sha256()
    sink = HashingWriter(digest)
    decrypt_stream(src, sink, identity)
    return digest.hexdigest(), sink.count


class _Bounded(HashingWriter):
    """A :class:`HashingWriter` that refuses (before forwarding) any byte beyond ``limit``."""

    def __init__(self, hasher: _Hasher, dst: Sink, limit: int) -> None:
        super().__init__(hasher, dst)
        self.limit = limit
        self.overflow = False

    def write(self, data: ReadableBuffer, /) -> int:
        if self.count + memoryview(data).nbytes > self.limit:
            self.overflow = True
            raise ContentMismatch()
        return super().write(data)


def decrypt_checked(src: BinaryIO, dst: Sink, identity: str, sha256: str, size: int) -> None:
    """Decrypt into ``dst``, checking while streaming that the plaintext is ``size`` bytes with this SHA-256.

    No more than ``size`` bytes ever reach ``dst``; a shorter or different plaintext is found at the end.
    :class:`ContentMismatch` then, or the errors of :func:`decrypt_stream`: the caller MUST discard what
    ``dst`` holds on any error.
    """
    digest = hashlib.sha256()
    sink = _Bounded(digest, dst, size)
    try:
        decrypt_stream(src, sink, identity)
    except DecryptError:
        if sink.overflow:
            raise ContentMismatch() from None
        raise
    if sink.count != size or not hmac.compare_digest(digest.hexdigest(), sha256.lower()):
        raise ContentMismatch()


def decrypt_bytes(data: bytes, identity: str) -> bytes:
    """Decrypt a small age file held in memory (its header checked first, as in :func:`decrypt_stream`)."""
    ident = parse_identity(identity)
    header_length(data)
    try:
        plain: bytes = pyrage.decrypt(data, [ident])
        return plain
    except Exception as exc:
        raise DecryptError() from exc


def encrypt_bytes(data: bytes, recipients: list[str]) -> bytes:
    sealed: bytes = pyrage.encrypt(data, [parse_recipient(r) for r in recipients])
    return sealed


FINGERPRINT_PREFIX = b"intake/v1/recipient-fingerprint\x00"


def recipient_fingerprint(recipient: str) -> str:
    """A short value two people can compare by phone: 16 hex digits of a labelled SHA-256, e.g. 3F2A-91C0-…."""
    parse_recipient(recipient)
    digest = hashlib.sha256(FINGERPRINT_PREFIX + recipient.strip().encode("ascii")).hexdigest()[:16].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 16, 4))


def recipient_of(identity: str) -> str:
    """The public recipient (``age1…``) of an identity."""
    return str(parse_identity(identity).to_public())
