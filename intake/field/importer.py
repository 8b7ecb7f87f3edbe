"""``intake import``: field packages into the vault, on the steward's machine (docs/keys.md, "Import").

The package's recording section is already a standard age file under its own fresh identity, so it becomes
the blob as it is: copied into ``tmp/``, decrypted once to check its SHA-256 and size against the sealed
metadata, catalogued exactly like ``intake ingest`` does, then moved into ``blobs/`` (intake/blobs.py
protocol). Importing the same recording twice changes nothing.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
import shutil
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from crypto import agefile
from crypto.errors import CryptoError
from intake.errors import InputError, PackageDamaged, WrongVault
from intake.field.package import open_recording, read_layout, target_of
from intake.ingest.batch import INTERVIEW_CODE, LANGUAGES, BatchReport, IngestResult
from intake.ingest.recordings import RecordingRow, insert_recording
from intake.vault.blobs import PendingBlob, stage_blob
from intake.vault.open import Vault

CHUNK = 1 << 20


@dataclass(frozen=True)
class PackageMeta:
    interview: str
    language: str
    interviewer: str | None
    original_name: str | None
    sha256: str
    size: int
    container: str | None
    codec: str | None
    duration: float | None
    channels: int | None
    sample_rate: int | None
    vault_id: str | None


def import_packages(vault: Vault, paths: list[Path]) -> BatchReport:
    """Import every package; a damaged or foreign one is reported by name and the batch goes on."""
    report = BatchReport()
    for path in paths:
        report.results.append(import_package(vault, path))
    return report


def import_package(vault: Vault, path: Path) -> IngestResult:
    try:
        return _import(vault, path)
    except InputError as err:
        return IngestResult(path, "failed", message=err.message)


def _import(vault: Vault, path: Path) -> IngestResult:
    name = path.name
    with _open_package(path) as fh:
        layout = read_layout(fh, name)
        if layout.target != target_of(vault.header.recipient):
            raise WrongVault(f"{name}: made for another vault (its recipient is not this vault's)")
        own = vault.age_identity()
        identity = _open_identity(layout.identity, own, name)
        meta = _parse_meta(_decrypt(layout.meta, own, name), name)
        if meta.vault_id is not None and meta.vault_id != vault.header.vault_id.hex():
            raise WrongVault(f"{name}: made for another vault (vault id differs)")
        if vault.conn.execute("SELECT 1 FROM recordings WHERE sha256=?", (meta.sha256,)).fetchone():
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
        fh = os.fdopen(os.open(path, os.O_RDONLY | os.O_NOFOLLOW), "rb")
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


def _parse_meta(raw: bytes, name: str) -> PackageMeta:
    bad = PackageDamaged(f"{name}: the package's metadata is malformed")
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise bad from exc
    if not isinstance(doc, dict) or doc.get("v") != 1:
        raise bad
    try:
        fields: dict[str, Any] = {k: doc.get(k) for k in PackageMeta.__dataclass_fields__}  # checked by _valid
        meta = PackageMeta(**fields)
    except TypeError as exc:
        raise bad from exc
    if not _valid(meta):
        raise bad
    return meta


def _valid(m: PackageMeta) -> bool:
    codes_ok = isinstance(m.interview, str) and bool(INTERVIEW_CODE.match(m.interview)) and (
        m.interviewer is None or (isinstance(m.interviewer, str) and bool(INTERVIEW_CODE.match(m.interviewer))))
    sha_ok = isinstance(m.sha256, str) and len(m.sha256) == 64 and all(c in "0123456789abcdef" for c in m.sha256)
    size_ok = isinstance(m.size, int) and not isinstance(m.size, bool) and m.size > 0
    name_ok = m.original_name is None or (isinstance(m.original_name, str) and "/" not in m.original_name)
    media_ok = all(v is None or isinstance(v, str) for v in (m.container, m.codec)) and all(
        v is None or (isinstance(v, int | float) and not isinstance(v, bool) and v >= 0)
        for v in (m.duration, m.channels, m.sample_rate))
    return codes_ok and sha_ok and size_ok and name_ok and media_ok and m.language in LANGUAGES


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
