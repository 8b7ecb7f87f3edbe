"""Reading untrusted files into memory with caps checked before the work: the file, and zip members.

A ``.docx`` or ``.odt`` is a zip archive, and a zip can declare gigabytes behind a few kilobytes (a zip
bomb). Before any member is decompressed, :func:`open_zip` checks the member count, the sum of declared
uncompressed sizes and each member's compression ratio; :func:`read_member` then reads one member with a
hard cap, and Python's ``zipfile`` never yields more than a member's declared size (it stops there and
checks the CRC), so the declared sizes bound the real work.
"""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from intake.errors import TranscriptTooLarge, TranscriptUnreadable
from intake.fs import open_regular, regular_file
from intake.importers.model import Limits


@dataclass(frozen=True)
class Source:
    """The bytes of one file, read once, and the identity of the file they came from (for ``--shred``)."""

    name: str
    data: bytes
    device: int
    inode: int
    size: int
    mtime_ns: int


def read_source(path: Path, limits: Limits) -> Source:
    """Read a regular file (not a link, not empty, not over the size cap) into memory."""
    lst = regular_file(path, TranscriptUnreadable, "import")
    _check_size(path, lst.st_size, limits)
    try:
        fd = open_regular(path, os.O_RDONLY)  # no hang on a FIFO swapped in after the lstat above
    except OSError as exc:
        raise TranscriptUnreadable(f"{path}: cannot read ({exc.strerror})") from exc
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        data = fh.read(limits.max_file_bytes + 1)
    _check_size(path, len(data), limits)
    return Source(path.name, data, st.st_dev, st.st_ino, len(data), st.st_mtime_ns)


def _check_size(path: Path, size: int, limits: Limits) -> None:
    if size == 0:
        raise TranscriptUnreadable(f"{path}: the file is empty (0 bytes)")
    if size > limits.max_file_bytes:
        raise TranscriptTooLarge(f"{path}: larger than {limits.max_file_bytes // (1024 * 1024)} MiB; not read")


def open_zip(name: str, data: bytes, limits: Limits) -> zipfile.ZipFile:
    """Open a zip held in memory after checking its members' count, declared sizes and ratios."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise TranscriptUnreadable(f"{name}: not a valid document (the zip container is damaged)") from exc
    if len(members) > limits.max_zip_members:
        raise TranscriptTooLarge(f"{name}: the document has {len(members)} parts (more than "
                                 f"{limits.max_zip_members}); refused as a possible zip bomb")
    total = sum(m.file_size for m in members)
    if total > limits.max_zip_total:
        raise TranscriptTooLarge(f"{name}: the document unpacks to more than "
                                 f"{limits.max_zip_total // (1024 * 1024)} MiB; refused as a possible zip bomb")
    for member in members:
        if member.file_size > limits.max_zip_ratio * max(member.compress_size, 1) and member.file_size > 1 << 16:
            raise TranscriptTooLarge(f"{name}: a part is compressed more than {limits.max_zip_ratio} to 1; "
                                     "refused as a possible zip bomb")
    return archive


def read_member(name: str, archive: zipfile.ZipFile, member: str, limits: Limits) -> bytes:
    """One member's bytes, never more than its (already checked) declared size nor the text cap."""
    try:
        info = archive.getinfo(member)
    except KeyError as exc:
        raise TranscriptUnreadable(f"{name}: not a valid document ({member} is missing)") from exc
    cap = min(info.file_size, limits.max_zip_total)
    try:
        with archive.open(info) as fh:
            data = fh.read(cap + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise TranscriptUnreadable(f"{name}: not a valid document ({member} is damaged)") from exc
    if len(data) > cap:
        raise TranscriptTooLarge(f"{name}: {member} is larger than it declares; refused")
    return data
