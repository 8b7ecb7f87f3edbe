"""``intake import``: field packages into the vault, on the steward's machine (docs/keys.md, "Import").

The package's recording section is already a standard age file under its own fresh identity, so it becomes
the blob as it is: copied into ``tmp/``, decrypted once to check its SHA-256 and size against the sealed
metadata, catalogued exactly like ``intake ingest`` does, then moved into ``blobs/`` (intake/blobs.py
protocol). Importing the same recording twice changes nothing.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from crypto import agefile
from crypto.errors import CryptoError
from intake.errors import InputError, IntakeError, PackageDamaged, WrongVault
from intake.field.meta import PackageMeta, parse_meta
from intake.field.package import open_recording, read_layout, target_of
from intake.fs import open_regular
from intake.ingest.batch import (
    DEFAULT_MAX_DURATION_S,
    BatchReport,
    IngestResult,
    check_max_duration,
)
from intake.ingest.recordings import RecordingRow, insert_recording, is_duplicate
from intake.vault.blobs import PendingBlob, stage_blob
from intake.vault.open import Vault

CHUNK = 1 << 20


def import_packages(vault: Vault, paths: list[Path], *,
                    max_duration: float = DEFAULT_MAX_DURATION_S) -> BatchReport:
    """Import every package; a damaged, forged or foreign one is reported by name and the batch goes on."""
    check_max_duration(max_duration)
    report = BatchReport()
    for path in paths:
        report.results.append(import_package(vault, path, max_duration=max_duration))
    return report


def import_package(vault: Vault, path: Path, *, max_duration: float = DEFAULT_MAX_DURATION_S) -> IngestResult:
    """One package. Its own failures become a ``failed`` result; only vault-wide errors propagate.

    An unexpected exception is that package's failure too (a forged package must not stop the batch); its
    message is never shown, it could hold sealed metadata.
    """
    try:
        return _import(vault, path, max_duration)
    except InputError as err:
        return IngestResult(path, "failed", message=err.message)
    except IntakeError:
        raise
    except Exception as exc:
        return IngestResult(path, "failed", message=f"{path.name}: the package could not be imported "
                                                    f"(internal error {type(exc).__name__})")


def _import(vault: Vault, path: Path, max_duration: float) -> IngestResult:
    name = path.name
    with _open_package(path) as fh:
        layout = read_layout(fh, name)
        if layout.target != target_of(vault.header.recipient):
            raise WrongVault(f"{name}: made for another vault (its recipient is not this vault's)")
        own = vault.age_identity()
        identity = _open_identity(layout.identity, own, name)
        meta = parse_meta(_decrypt(layout.meta, own, name), name, max_duration=max_duration)
        if meta.vault_id is not None and meta.vault_id != vault.header.vault_id.hex():
            raise WrongVault(f"{name}: made for another vault (vault id differs)")
        if is_duplicate(vault, meta.sha256):
            return IngestResult(path, "duplicate", message="already imported (same content in the vault)")
        pending = _copy_blob(vault.path, open_recording(fh, layout), identity, meta, name)
    try:
        rec_id = _commit(vault, pending, identity, meta)
    except BaseException:
        pending.discard()
        raise
    pending.publish()
    return IngestResult(path, "imported", recording_id=rec_id)


@contextlib.contextmanager
def _open_package(path: Path) -> Iterator[BinaryIO]:
    try:
        lst = os.lstat(path)
        if stat.S_ISLNK(lst.st_mode) or not stat.S_ISREG(lst.st_mode):
            raise InputError(f"{path.name}: not a regular file")
        fh = os.fdopen(open_regular(path, os.O_RDONLY), "rb")  # no hang on a FIFO swapped in after lstat
    except OSError as exc:
        raise InputError(f"{path.name}: cannot read ({exc.strerror})") from exc
    with fh:
        yield fh


def _decrypt(sealed: bytes, identity: str, name: str) -> bytes:
    try:
        return agefile.decrypt_bytes(sealed, identity)
    except CryptoError as exc:
        raise PackageDamaged(f"{name}: the package is damaged (a sealed part does not decrypt)") from exc


def _open_identity(sealed: bytes, own: str, name: str) -> str:
    text = _decrypt(sealed, own, name).decode("ascii", "replace").strip()
    try:
        agefile.parse_identity(text)
    except CryptoError as exc:
        raise PackageDamaged(f"{name}: the package is damaged (no recording key inside)") from exc
    return text


def _copy_blob(vault_dir: Path, src: BinaryIO, identity: str, meta: PackageMeta, name: str) -> PendingBlob:
    """Copy the recording's age file into a locked ``tmp/`` file and check it against the metadata."""

    def check(part: Path) -> tuple[str, int]:
        with open(part, "rb") as fh:
            try:
                sha, size = agefile.decrypt_digest(fh, identity)
            except CryptoError as exc:
                raise PackageDamaged(f"{name}: the recording inside the package is damaged") from exc
        if not hmac.compare_digest(sha, meta.sha256) or size != meta.size:
            raise PackageDamaged(f"{name}: the recording does not match its checksum")
        return sha, size

    return stage_blob(vault_dir, lambda out: shutil.copyfileobj(src, out, CHUNK), check)


def _commit(vault: Vault, pending: PendingBlob, identity: str, m: PackageMeta) -> str:
    """The same rows as an ingest (:func:`intake.ingest.insert_recording`), audited as ``recording.import``."""
    row = RecordingRow(m.interview, m.language, m.interviewer, m.original_name, m.duration, m.container, m.codec,
                       m.channels, m.sample_rate)
    return insert_recording(vault, pending, identity, row, "recording.import")
