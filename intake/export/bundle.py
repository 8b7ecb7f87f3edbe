"""Writing a built bundle: to a new folder, or to ONE age-encrypted tar file.

``write_bundle_dir`` never overwrites: it refuses an existing non-empty folder, writes everything into
a private sibling temp folder (mode 0700, files 0600, ``O_EXCL|O_NOFOLLOW``, fsync) and renames it into
place, so a reader sees either no folder or the complete bundle. On any error the temp folder is removed.

``write_bundle_age`` writes the deterministic tar of the bundle (under one folder: the export id when
Intake exports; ``intake-export/`` by default) encrypted to X25519 age recipients;
``age -d -i KEY FILE | tar -x`` opens it. The age layer itself is not
deterministic (a fresh file key each time); the tar inside is.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from crypto import agefile
from crypto.errors import FormatError
from intake.errors import RefusedError, UsageError
from intake.export.archive import deterministic_tar
from intake.export.names import check_bundle_names
from intake.fs import fsync_dir

TAR_ROOT = "intake-export"
_MAX_RECIPIENTS = 100


def _write_new(path: Path, data: bytes) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _refuse_existing_dir(out_dir: Path) -> None:
    if out_dir.is_symlink() or (out_dir.exists() and not out_dir.is_dir()):
        raise RefusedError("the export destination exists and is not a folder", hint="choose a new folder name")
    if out_dir.is_dir() and any(out_dir.iterdir()):
        raise RefusedError("the export folder already exists and is not empty", hint="choose a new folder name")


def write_bundle_dir(files: dict[str, bytes], out_dir: Path | str) -> Path:
    """Write ``files`` (relative path -> bytes) into the new folder ``out_dir``; return its path."""
    check_bundle_names(list(files))
    out = Path(out_dir)
    _refuse_existing_dir(out)
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        raise UsageError("the folder that should hold the export does not exist")
    temp = Path(tempfile.mkdtemp(prefix=".intake-export-", dir=parent))
    try:
        for name, data in sorted(files.items()):
            target = temp.joinpath(*name.split("/"))
            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            _write_new(target, data)
        for folder in sorted({p.parent for p in temp.rglob("*")}, key=lambda p: -len(p.parts)):
            fsync_dir(folder)
        if out.is_dir():
            out.rmdir()  # empty (checked above); rename cannot replace it portably
        os.rename(temp, out)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    fsync_dir(parent)
    return out


def check_recipient(recipient: object, where: str = "recipient") -> str:
    """Return ``recipient`` if it is an age X25519 public key (``age1...``), else raise UsageError.

    The rejected value is never echoed: it may be a secret key pasted into the wrong place.
    """
    text = recipient.strip() if isinstance(recipient, str) else ""
    if text.upper().startswith("AGE-SECRET-KEY-"):
        raise UsageError(
            f"{where} is an age SECRET key, not a public key",
            hint="give the public key (age1...) printed by 'age-keygen -y'; keep the secret key private",
        )
    try:
        agefile.parse_recipient(text)
    except FormatError:
        raise UsageError(
            f"{where} is not an age public key", hint="age public keys look like age1... (62 characters)"
        ) from None
    return text


def parse_recipients(text: str) -> list[str]:
    """Recipients from a recipients file: one ``age1...`` key per line; blank lines and ``#`` comments skipped."""
    recipients: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        recipients.append(check_recipient(stripped, f"line {number} of the recipients file"))
        if len(recipients) > _MAX_RECIPIENTS:
            raise UsageError(f"more than {_MAX_RECIPIENTS} recipients")
    if not recipients:
        raise UsageError("the recipients file holds no recipients")
    return recipients


def read_recipients_file(path: Path | str) -> list[str]:
    """Read and parse a recipients file (UTF-8, at most 64 KiB)."""
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(64 * 1024 + 1)
    except OSError:
        raise UsageError("cannot read the recipients file") from None
    if len(data) > 64 * 1024:
        raise UsageError("the recipients file is too large")
    try:
        return parse_recipients(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise UsageError("the recipients file is not UTF-8 text") from None


def _publish(temp: Path, out: Path) -> None:
    """Give ``temp`` the name ``out`` without ever replacing an existing file."""
    try:
        os.link(temp, out)  # atomic, and fails if out exists
    except FileExistsError:
        raise RefusedError("the export file already exists", hint="choose a new file name") from None
    except OSError:  # no hard links (FAT/exFAT USB sticks): check, then rename
        if out.exists() or out.is_symlink():
            raise RefusedError("the export file already exists", hint="choose a new file name") from None
        os.rename(temp, out)


def write_bundle_age(files: dict[str, bytes], out_path: Path | str, recipients: list[str], *,
                     root: str = TAR_ROOT) -> Path:
    """Encrypt the deterministic tar of ``files`` (under the folder ``root``) to ``recipients`` into the NEW
    file ``out_path``. Intake names ``root`` after the export id, so each bundle unpacks into its own folder."""
    check_bundle_names(list(files))
    if not recipients:
        raise UsageError("give at least one age recipient (age1...)")
    keys = [check_recipient(r, f"recipient #{i + 1}") for i, r in enumerate(recipients)]
    out = Path(out_path)
    if out.exists() or out.is_symlink():
        raise RefusedError("the export file already exists", hint="choose a new file name")
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        raise UsageError("the folder that should hold the export does not exist")
    check_bundle_names([root])
    sealed = agefile.encrypt_bytes(deterministic_tar(files, root=root), keys)
    fd, temp_name = tempfile.mkstemp(prefix=".intake-export-", suffix=".tmp", dir=parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(sealed)
            handle.flush()
            os.fsync(handle.fileno())
        _publish(temp, out)
    finally:
        temp.unlink(missing_ok=True)
    fsync_dir(parent)
    return out
