"""Hand-assembled legacy torch files (pickle opcodes written out), so the loader is tested without torch."""

from __future__ import annotations

import pickle
import struct
from dataclasses import dataclass

import numpy as np

MAGIC = 0x1950A86A20F9469CFC6C


@dataclass
class FakeTensor:
    storage: str
    numel: int
    offset: int
    size: tuple[int, ...]
    stride: tuple[int, ...]
    storage_type: bytes = b"torch\nFloatStorage\n"


def _text(value: str) -> bytes:
    return b"V" + value.encode() + b"\n"


def _ints(values: tuple[int, ...]) -> bytes:
    return b"(" + b"".join(b"I%d\n" % v for v in values) + b"t"


def tensor_ops(t: FakeTensor) -> bytes:
    pid = b"(" + _text("storage") + b"c" + t.storage_type + _text(t.storage) + _text("cpu")
    pid += b"I%d\nNtQ" % t.numel
    hooks = b"ccollections\nOrderedDict\n)R"
    args = b"(" + pid + b"I%d\n" % t.offset + _ints(t.size) + _ints(t.stride) + b"\x89" + hooks + b"t"
    return b"ctorch._utils\n_rebuild_tensor_v2\n" + args + b"R"


def main_pickle(tensors: dict[str, FakeTensor], extra: bytes = b"") -> bytes:
    body = b"\x80\x02}" + _text("model_state") + b"ccollections\nOrderedDict\n)R"
    for name, t in tensors.items():
        body += _text(name) + tensor_ops(t) + b"s"
    return body + extra + b"s."


def legacy_file(tensors: dict[str, FakeTensor], storages: dict[str, np.ndarray], main: bytes | None = None) -> bytes:
    out = pickle.dumps(MAGIC, protocol=2) + pickle.dumps(1001, protocol=2)
    out += pickle.dumps({"protocol_version": 1001, "little_endian": True}, protocol=2)
    out += main if main is not None else main_pickle(tensors)
    out += pickle.dumps(list(storages), protocol=2)
    for data in storages.values():
        flat = np.asarray(data, dtype="<f4").ravel()
        out += struct.pack("<q", flat.size) + flat.tobytes()
    return out
