"""Read float32 tensors from a legacy (pre-zip) PyTorch ``.pt`` file into numpy, without torch.

A legacy ``torch.save`` file is a sequence of pickles followed by raw storages:

1. pickle: the magic number ``0x1950A86A20F9469CFC6C``;
2. pickle: the protocol version ``1001``;
3. pickle: system info, a dict of plain values (``little_endian`` MUST be true);
4. pickle: the saved object; each tensor is ``torch._utils._rebuild_tensor_v2(storage, offset, size,
   stride, requires_grad, hooks)`` and each storage a persistent id
   ``("storage", torch.FloatStorage, key, location, numel, None)``;
5. pickle: the list of storage keys, in file order;
6. per key: ``numel`` as little-endian int64, then ``numel`` little-endian float32 values.

Pickle can run arbitrary code, so every pickle here goes through :class:`_RestrictedUnpickler`, which
resolves exactly three globals to inert stand-ins and refuses every other one. A tensor becomes
numpy data only when it is C-contiguous and lies inside its storage. Any departure from this layout
raises :class:`UnsafeWeightsError` or :class:`WeightsError`; nothing in the file is ever called.
"""

from __future__ import annotations

import io
import math
import pickle
import struct
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from .errors import UnsafeWeightsError, WeightsError

MAGIC = 0x1950A86A20F9469CFC6C
PROTOCOL = 1001
MAX_STORAGES = 4096


class _FloatStorageType:
    """Stand-in for ``torch.FloatStorage``: only a marker inside a persistent id."""

    def __repr__(self) -> str:
        return "FloatStorage"


FLOAT_STORAGE = _FloatStorageType()


@dataclass(frozen=True, slots=True)
class _StorageRef:
    key: str
    numel: int


@dataclass(frozen=True, slots=True)
class TensorRef:
    """Where a tensor's values lie; slots keep a pickle BUILD from altering it after the checks."""

    key: str
    offset: int
    shape: tuple[int, ...]


def _is_int(value: object) -> bool:
    return type(value) is int and value >= 0


def _rebuild_tensor(storage: object, offset: object, size: object, stride: object, *rest: object) -> TensorRef:
    """Stand-in for ``_rebuild_tensor_v2``: checks the arguments and records them, nothing more."""
    if not isinstance(storage, _StorageRef) or not _is_int(offset):
        raise UnsafeWeightsError("tensor does not point into a float storage")
    if not isinstance(size, tuple) or not isinstance(stride, tuple) or len(size) != len(stride):
        raise UnsafeWeightsError("tensor shape is malformed")
    if not all(_is_int(n) for n in size) or not all(_is_int(s) for s in stride) or len(rest) > 3:
        raise UnsafeWeightsError("tensor shape is malformed")
    step = 1
    for n, s in zip(reversed(size), reversed(stride), strict=True):
        if n > 1 and s != step:
            raise UnsafeWeightsError("tensor is not C-contiguous")
        step *= n
    assert isinstance(offset, int)
    if offset + math.prod(size) > storage.numel:
        raise UnsafeWeightsError("tensor lies outside its storage")
    return TensorRef(storage.key, offset, tuple(size))


_ALLOWED = {
    ("collections", "OrderedDict"): OrderedDict,
    ("torch._utils", "_rebuild_tensor_v2"): _rebuild_tensor,
    ("torch", "FloatStorage"): FLOAT_STORAGE,
}


class _RestrictedUnpickler(pickle.Unpickler):
    def __init__(self, stream: io.BytesIO, *, tensors: bool) -> None:
        super().__init__(stream)
        self._tensors = tensors

    def find_class(self, module: str, name: str) -> object:
        if self._tensors and (module, name) in _ALLOWED:
            return _ALLOWED[(module, name)]
        raise UnsafeWeightsError("weights file refers to a forbidden global")

    def persistent_load(self, pid: object) -> _StorageRef:
        if not self._tensors or not isinstance(pid, tuple) or len(pid) != 6:
            raise UnsafeWeightsError("unexpected persistent id in weights file")
        kind, storage_type, key, location, numel, view = pid
        if kind != "storage" or storage_type is not FLOAT_STORAGE or view is not None:
            raise UnsafeWeightsError("only float32 storages are accepted")
        if not isinstance(key, str) or not isinstance(location, str) or not _is_int(numel):
            raise UnsafeWeightsError("malformed storage reference")
        return _StorageRef(key, numel)


def _unpickle(stream: io.BytesIO, *, tensors: bool = False) -> object:
    try:
        return _RestrictedUnpickler(stream, tensors=tensors).load()
    except UnsafeWeightsError:
        raise
    except Exception as exc:  # any parse failure of untrusted data is one clean error
        raise WeightsError(f"weights file is not a legacy torch file ({type(exc).__name__})") from None


def _read_storages(stream: io.BytesIO, keys: object) -> dict[str, np.ndarray]:
    if not isinstance(keys, list) or len(keys) > MAX_STORAGES or not all(isinstance(k, str) for k in keys):
        raise WeightsError("malformed storage key list")
    storages: dict[str, np.ndarray] = {}
    for key in keys:
        header = stream.read(8)
        if len(header) != 8:
            raise WeightsError("weights file is truncated")
        (numel,) = struct.unpack("<q", header)
        raw = stream.read(numel * 4) if numel >= 0 else b""
        if numel < 0 or len(raw) != numel * 4:
            raise WeightsError("weights file is truncated")
        storages[key] = np.frombuffer(raw, dtype="<f4")
    return storages


def _materialise(ref: TensorRef, storages: dict[str, np.ndarray]) -> np.ndarray:
    data = storages.get(ref.key)
    count = math.prod(ref.shape)
    if data is None or ref.offset + count > data.size:
        raise WeightsError("tensor lies outside its storage")
    return data[ref.offset : ref.offset + count].astype(np.float32).reshape(ref.shape)


def load_state_dict(blob: bytes, entry: str = "model_state") -> dict[str, np.ndarray]:
    """The float32 tensors of ``obj[entry]`` in a legacy ``torch.save`` file, as numpy arrays."""
    stream = io.BytesIO(blob)
    if _unpickle(stream) != MAGIC or _unpickle(stream) != PROTOCOL:
        raise WeightsError("not a legacy torch file (magic number or protocol differs)")
    info = _unpickle(stream)
    if not isinstance(info, dict) or info.get("little_endian") is not True:
        raise WeightsError("weights file is not little-endian")
    obj = _unpickle(stream, tensors=True)
    storages = _read_storages(stream, _unpickle(stream))
    state = obj.get(entry) if isinstance(obj, dict) else None
    if not isinstance(state, dict):
        raise WeightsError(f"weights file has no {entry!r} dictionary")
    return {
        name: _materialise(ref, storages)
        for name, ref in state.items()
        if isinstance(name, str) and isinstance(ref, TensorRef)
    }
