"""The age v1 header, read and checked by Intake before pyrage sees it (docs/format.md §6.1).

rage (under pyrage) spends CPU time quadratic in a header's size: a forged header of a few hundred
kilobytes costs minutes. Intake writes headers of under 400 bytes, so it reads at most
:data:`MAX_HEADER_BYTES` itself and accepts exactly the shape it writes:

    age-encryption.org/v1
    -> X25519 <32-byte share, base64>          exactly one
    <32-byte body, base64>
    -> <tag>-grease [args…]                     at most one (rage adds it to keep parsers lenient)
    <0-128 byte body, base64, 64 columns>
    --- <32-byte MAC, base64>

Anything else is :class:`HeaderRefused` before any decryption work. This module parses only; age's own
checks (base64 canonical form, the X25519 unwrap, the header MAC) stay pyrage's.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from crypto.errors import HeaderRefused

VERSION_LINE = b"age-encryption.org/v1"
MAX_HEADER_BYTES = 4096
MAX_STANZAS = 2
COLUMNS = 64
GREASE_SUFFIX = b"-grease"
MAX_GREASE_ARGS = 8
MAX_GREASE_WORD = 32
MAX_GREASE_BODY = 128
_B64 = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
_VCHAR = frozenset(range(0x21, 0x7F))


@dataclass(frozen=True)
class Stanza:
    tag: bytes
    args: tuple[bytes, ...]
    body: bytes


class _Lines:
    """``\\n``-terminated lines of the first :data:`MAX_HEADER_BYTES` bytes; a missing end is a refusal."""

    def __init__(self, data: bytes) -> None:
        self._data = data[:MAX_HEADER_BYTES]
        self.pos = 0

    def next(self) -> bytes:
        end = self._data.find(b"\n", self.pos)
        if end < 0:
            raise HeaderRefused(f"no complete header in the first {MAX_HEADER_BYTES} bytes")
        line, self.pos = self._data[self.pos:end], end + 1
        return line


def header_length(data: bytes) -> int:
    """The length of the checked header at the start of ``data``, which holds the file's first
    :data:`MAX_HEADER_BYTES` bytes (or all of a shorter file); :class:`HeaderRefused` otherwise."""
    lines = _Lines(data)
    if lines.next() != VERSION_LINE:
        raise HeaderRefused("not an age v1 file")
    stanzas: list[Stanza] = []
    while True:
        line = lines.next()
        if line.startswith(b"--- "):
            _decode(line[4:], exact=32)
            break
        if len(stanzas) == MAX_STANZAS:
            raise HeaderRefused(f"more than {MAX_STANZAS} stanzas")
        stanzas.append(_stanza(line, lines))
    check_stanzas(stanzas)
    return lines.pos


def _stanza(line: bytes, lines: _Lines) -> Stanza:
    if not line.startswith(b"-> "):
        raise HeaderRefused("a line that is neither a stanza nor the MAC")
    words = line[3:].split(b" ")
    if any(not w or not set(w) <= _VCHAR for w in words):
        raise HeaderRefused("a stanza line with an empty or non-printable argument")
    body = bytearray()
    while True:
        chunk = lines.next()
        if len(chunk) > COLUMNS:
            raise HeaderRefused(f"a body line longer than {COLUMNS} columns")
        body += chunk
        if len(chunk) < COLUMNS:
            break
    return Stanza(words[0], tuple(words[1:]), _decode(bytes(body)))


def _decode(text: bytes, exact: int | None = None) -> bytes:
    """Unpadded standard base64 (age's encoding)."""
    if not set(text) <= _B64 or len(text) % 4 == 1:
        raise HeaderRefused("a body or MAC that is not unpadded base64")
    try:
        raw = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except binascii.Error as exc:
        raise HeaderRefused("a body or MAC that is not unpadded base64") from exc
    if exact is not None and len(raw) != exact:
        raise HeaderRefused(f"a value that is not {exact} bytes")
    return raw


def check_stanzas(stanzas: list[Stanza]) -> None:
    """Exactly one X25519 stanza, at most one small grease stanza, nothing else."""
    x25519 = [s for s in stanzas if s.tag == b"X25519"]
    grease = [s for s in stanzas if s.tag.endswith(GREASE_SUFFIX)]
    if len(x25519) + len(grease) != len(stanzas):
        raise HeaderRefused("a stanza of a type Intake does not write (only X25519)")
    if len(x25519) != 1:
        raise HeaderRefused("not exactly one X25519 recipient stanza")
    share = x25519[0]
    if len(share.args) != 1 or len(_decode(share.args[0])) != 32 or len(share.body) != 32:
        raise HeaderRefused("an X25519 stanza of the wrong shape")
    if len(grease) > 1:
        raise HeaderRefused("more than one grease stanza")
    for g in grease:
        if (len(g.tag) > MAX_GREASE_WORD or len(g.args) > MAX_GREASE_ARGS
                or any(len(a) > MAX_GREASE_WORD for a in g.args) or len(g.body) > MAX_GREASE_BODY):
            raise HeaderRefused("a grease stanza larger than rage writes")
