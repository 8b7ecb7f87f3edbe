"""Deterministic ZIP and tar: the same entries always give the same bytes.

Every entry gets the same fixed timestamp (1980-01-01 00:00:00, the earliest a ZIP can hold), fixed
permissions (0644 files, 0755 folders), no owner names, and the same compression settings; entries are
written in the order given (callers sort them). Nothing about the machine, the user or the clock
leaks into the archive.
"""

from __future__ import annotations

import io
import tarfile
import zipfile
from collections.abc import Iterable

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
TAR_MTIME = 315532800  # 1980-01-01T00:00:00Z, the same instant as ZIP_EPOCH
_FILE_MODE = 0o644
_DIR_MODE = 0o755
_UNIX = 3


def deterministic_zip(entries: Iterable[tuple[str, bytes]], *, level: int = 6) -> bytes:
    """A ZIP of ``(name, data)`` pairs, in the given order, with fixed metadata (deflate ``level``)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = _UNIX
            info.external_attr = (0o100000 | _FILE_MODE) << 16
            archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=level)
    return buffer.getvalue()


def _tar_info(name: str, *, size: int = 0, directory: bool = False) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.mtime = TAR_MTIME
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    if directory:
        info.type = tarfile.DIRTYPE
        info.mode = _DIR_MODE
    else:
        info.mode = _FILE_MODE
        info.size = size
    return info


def deterministic_tar(files: dict[str, bytes], *, root: str) -> bytes:
    """An uncompressed POSIX (ustar/pax) tar of ``files`` under the folder ``root``, entries sorted.

    Folders are listed before their contents so ``tar -x`` recreates them with fixed permissions.
    """
    folders: set[str] = {root}
    for name in files:
        parts = name.split("/")[:-1]
        for depth in range(1, len(parts) + 1):
            folders.add(root + "/" + "/".join(parts[:depth]))
    entries: list[tuple[str, bytes | None]] = [(f, None) for f in folders]
    entries += [(f"{root}/{name}", data) for name, data in files.items()]
    entries.sort(key=lambda e: e[0])
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as archive:
        for name, data in entries:
            if data is None:
                archive.addfile(_tar_info(name, directory=True))
            else:
                archive.addfile(_tar_info(name, size=len(data)), io.BytesIO(data))
    return buffer.getvalue()
