"""``intake import``: field packages into the vault, on the steward's machine (docs/keys.md, "Import").

The package's recording section is already a standard age file under its own fresh identity, so it becomes
the blob as it is: copied into ``tmp/``, decrypted once to check its SHA-256 and size against the sealed
metadata, catalogued exactly like ``intake ingest`` does, then moved into ``blobs/`` (intake/blobs.py
protocol). Importing the same recording twice changes nothing. A recording the vault destroyed (withdrawal,
retention) is refused by name (:class:`RecordingWithdrawn`, :mod:`intake.vault.withdrawn`).

A package made for a recipient the vault retired (``intake keys retire-field-identity``) is refused by name
(:class:`FieldIdentityRetired`): the identity that opened it no longer exists. With ``remove_package`` a
package is overwritten and unlinked once its recording is committed and its blob checked (best effort: see
docs/threat-model.md, "Shredding").
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
from intake.errors import (
    FieldIdentityRetired,
    InputError,
    IntakeError,
    PackageDamaged,
    RecordingWithdrawn,
    WrongVault,
)
from intake.field.meta import PackageMeta, parse_meta
from intake.field.package import open_recording, read_layout, target_of
from intake.fs import open_regular, regular_file, shred_file
from intake.ingest.batch import (
    DEFAULT_MAX_DURATION_S,
    BatchReport,
    IngestResult,
    check_max_duration,
)
from intake.ingest.recordings import RecordingRow, insert_recording, is_duplicate, recording_blob
from intake.vault.blobs import PendingBlob, stage_blob
from intake.vault.identity import retired_recipients
from intake.vault.open import Vault
from intake.vault.withdrawn import is_withdrawn

CHUNK = 1 << 20


def import_packages(vault: Vault, paths: list[Path], *, max_duration: float = DEFAULT_MAX_DURATION_S,
                    remove_package: bool = False) -> BatchReport:
    """Import every package; a damaged, forged or foreign one is reported by name and the batch goes on."""
    check_max_duration(max_duration)
    report = BatchReport()
    for path in paths:
        report.results.append(import_package(vault, path, max_duration=max_duration, remove_package=remove_package))
    return report


def import_package(vault: Vault, path: Path, *, max_duration: float = DEFAULT_MAX_DURATION_S,
                   remove_package: bool = False) -> IngestResult:
    """One package. Its own failures become a ``failed`` result; only vault-wide errors propagate.

    An unexpected exception is that package's failure too (a forged package must not stop the batch); its
    message is never shown, it could hold sealed metadata. ``remove_package``: see :func:`remove_imported`.
    """
    try:
        result = _import(vault, path, max_duration)
    except InputError as err:
        return IngestResult(path, "failed", message=err.message, error=err)
    except IntakeError:
        raise
    except Exception as exc:
        return IngestResult(path, "failed", message=f"{path.name}: the package could not be imported "
                                                    f"(internal error {type(exc).__name__})")
    if remove_package:
        remove_imported(vault, result)
    return result


def remove_imported(vault: Vault, result: IngestResult) -> None:
    """Overwrite and unlink a package whose recording the vault holds, checked: imported now (blob published,
    its catalog row committed) or a duplicate of one imported before. A failure to remove is a note."""
    if result.status == "imported":
        blob = recording_blob(vault, str(result.recording_id))
        if blob is None or not (vault.blobs / blob).is_file():
            return
    elif result.status != "duplicate":
        return
    try:
        size = regular_file(result.source, InputError, "remove").st_size
        shred_file(result.source, expected_size=size)
        result.shredded = True
    except InputError as err:
        result.message = f"{result.source.name}: the package could not be removed ({err.message})"


def _import(vault: Vault, path: Path, max_duration: float) -> IngestResult:
    name = path.name
    with _open_package(path) as fh:
        layout = read_layout(fh, name)
        _refuse_retired(vault, layout.target, name)
        if layout.target != target_of(vault.header.recipient):
            raise WrongVault(f"{name}: made for another vault (its recipient is not this vault's)")
        own = vault.age_identity()
        identity = _open_identity(layout.identity, own, name)
        meta = parse_meta(_decrypt(layout.meta, own, name), name, max_duration=max_duration)
        if meta.vault_id is not None and meta.vault_id != vault.header.vault_id.hex():
            raise WrongVault(f"{name}: made for another vault (vault id differs)")
        _refuse_withdrawn(vault, meta.sha256, name)  # before the duplicate check: retention keeps the row
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


def _refuse_withdrawn(vault: Vault, sha256: str, name: str) -> None:
    if is_withdrawn(vault.conn, sha256):
        raise RecordingWithdrawn(f"{name}: this recording was withdrawn (consent withdrawn or retention); it is not "
                                 "imported again")


def _refuse_retired(vault: Vault, target: str, name: str) -> None:
    for entry in retired_recipients(vault.conn):
        if target_of(entry.recipient) == target:
            raise FieldIdentityRetired(f"{name}: made for a field identity this vault retired on {entry.day} "
                                       f"(fingerprint {entry.fingerprint}); it can no longer be opened")


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
