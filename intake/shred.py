"""Overwrite-then-unlink of originals. What this cannot promise is in docs/threat-model.md ("Shredding")."""

from __future__ import annotations

import os
from pathlib import Path

from intake.errors import InputError

CHUNK = 1 << 20

SHRED_CAVEAT = (
    "overwriting cannot reach old copies on SSDs (wear levelling), journaling or copy-on-write file systems, "
    "cloud-synced folders, snapshots or backups; see docs/threat-model.md"
)


def shred_file(path: Path, *, expected_size: int | None = None) -> None:
    """Overwrite the file's bytes in place with random data, fsync, then unlink it."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NOFOLLOW)
    except OSError as exc:
        raise InputError(f"{path}: cannot shred ({exc.strerror}); the file was ingested but not removed") from exc
    try:
        size = os.fstat(fd).st_size
        if expected_size is not None and size != expected_size:
            raise InputError(f"{path}: changed while it was ingested; not shredded")
        written = 0
        while written < size:
            n = min(CHUNK, size - written)
            written += os.write(fd, os.urandom(n))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.unlink(path)
