"""Run small numpy models on one BLAS thread.

Natasha's NER multiplies small matrices; OpenBLAS spreads each product over all cores, and on a busy
machine the threads' hand-offs cost twenty times the arithmetic (measured: 8 ms per call on one
thread, 160 ms with the default on a loaded two-core machine). ``single_thread()`` sets the thread
count of the OpenBLAS that numpy loaded to 1 for the duration of a block and restores it after,
like ``threadpoolctl`` does, without the dependency. Where no OpenBLAS is found it does nothing.
"""

from __future__ import annotations

import contextlib
import ctypes
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

_PREFIXES = ("scipy_openblas", "openblas")


def _loaded_openblas() -> list[str]:
    maps = Path("/proc/self/maps")
    if not maps.exists():
        return []
    paths = {line.split()[-1] for line in maps.read_text().splitlines() if "openblas" in line.lower()}
    return sorted(p for p in paths if p.startswith("/") and ".so" in p)


@lru_cache(maxsize=1)
def _controls() -> tuple[Callable[[], int], Callable[[int], None]] | None:
    for path in _loaded_openblas():
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for prefix in _PREFIXES:
            for suffix in ("64_", ""):
                get = getattr(lib, f"{prefix}_get_num_threads{suffix}", None)
                put = getattr(lib, f"{prefix}_set_num_threads{suffix}", None)
                if get is not None and put is not None:
                    return get, put
    return None


@contextlib.contextmanager
def single_thread() -> Iterator[None]:
    """Limit numpy's OpenBLAS to one thread inside the block."""
    import numpy  # noqa: F401  (loads the BLAS library so that it can be found)

    controls = _controls()
    if controls is None:
        yield
        return
    get, put = controls
    before = int(get())
    put(1)
    try:
        yield
    finally:
        put(before)
