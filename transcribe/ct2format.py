"""Reader for CTranslate2's ``model.bin`` (binary version 6), written from its serializer's layout.

Layout, all integers little-endian::

    u32 binary_version            (6)
    str spec_name                 ("WhisperSpec")
    u32 spec_revision
    u32 n_variables
    n_variables times:
        str  name                 (e.g. "encoder/layer_0/self_attention/linear_0/weight")
        u8   rank, then rank x u32 dimensions
        u8   dtype id             (0 float32, 1 int8, 2 int16, 3 int32, 4 float16, 5 bfloat16)
        u32  byte count, then the raw values
    u32 n_aliases
    n_aliases times: str alias, str target

where ``str`` is a u16 length (including a trailing NUL), the UTF-8 bytes and the NUL.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from transcribe.errors import ModelError

if TYPE_CHECKING:
    import numpy as np

SUPPORTED_VERSION = 6
_DTYPES = ("float32", "int8", "int16", "int32", "float16", None)  # bfloat16 unsupported here


@dataclass
class Ct2Model:
    """Variables of a CTranslate2 model, as numpy arrays that view the input buffer (no copy)."""

    spec: str
    revision: int
    variables: dict[str, np.ndarray] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)

    def get(self, name: str) -> np.ndarray:
        """The variable ``name``, following an alias; raises :class:`ModelError` when absent."""
        target = self.aliases.get(name, name)
        try:
            return self.variables[target]
        except KeyError:
            raise ModelError(f"model.bin lacks the variable {name!r}") from None


class _Reader:
    def __init__(self, buf: memoryview) -> None:
        self.buf = buf
        self.pos = 0

    def unpack(self, fmt: str) -> int:
        size = struct.calcsize(fmt)
        if self.pos + size > len(self.buf):
            raise ModelError("model.bin is truncated")
        (value,) = struct.unpack_from(fmt, self.buf, self.pos)
        self.pos += size
        return int(value)

    def string(self) -> str:
        length = self.unpack("<H")
        raw = self.take(length)
        if length == 0 or raw[-1] != 0:
            raise ModelError("model.bin is damaged (bad string)")
        try:
            return bytes(raw[:-1]).decode("utf-8")
        except UnicodeDecodeError:
            raise ModelError("model.bin is damaged (bad string)") from None

    def take(self, size: int) -> memoryview:
        if self.pos + size > len(self.buf):
            raise ModelError("model.bin is truncated")
        view = self.buf[self.pos : self.pos + size]
        self.pos += size
        return view


def read_header(data: bytes | bytearray | memoryview) -> tuple[int, str, int]:
    """(binary version, spec name, spec revision); raises :class:`ModelError` for other formats."""
    reader = _Reader(memoryview(data))
    version = reader.unpack("<I")
    if version != SUPPORTED_VERSION:
        raise ModelError(f"model.bin has binary version {version}; only version {SUPPORTED_VERSION} is read")
    spec = reader.string()
    return version, spec, reader.unpack("<I")


def read_model(data: bytes | bytearray | memoryview) -> Ct2Model:
    """Parses a whole ``model.bin``; the arrays share memory with ``data`` (keep it alive)."""
    import numpy as np

    reader = _Reader(memoryview(data))
    read_header(data)
    reader.unpack("<I")
    model = Ct2Model(spec=reader.string(), revision=reader.unpack("<I"))
    for _ in range(reader.unpack("<I")):
        name = reader.string()
        shape = tuple(reader.unpack("<I") for _ in range(reader.unpack("<B")))
        type_id = reader.unpack("<B")
        dtype = _DTYPES[type_id] if type_id < len(_DTYPES) else None
        if dtype is None:
            raise ModelError(f"model.bin variable {name!r} has an unsupported type id {type_id}")
        raw = reader.take(reader.unpack("<I"))
        array = np.frombuffer(raw, dtype=np.dtype(dtype).newbyteorder("<"))
        if array.size != int(np.prod(shape, dtype=np.int64)):
            raise ModelError(f"model.bin variable {name!r} has a size that does not match its shape")
        model.variables[name] = array.reshape(shape)
    for _ in range(reader.unpack("<I")):
        alias = reader.string()
        model.aliases[alias] = reader.string()
    if reader.pos != len(reader.buf):
        raise ModelError("model.bin has trailing bytes")
    return model
