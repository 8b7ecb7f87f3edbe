"""Encrypted ingest: each recording streamed into its own age file, verified, catalogued, optionally shredded."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from crypto import agefile
from intake.errors import InputError, RecordingWithdrawn
from intake.fs import open_regular, regular_file
from intake.ingest.batch import BatchReport, IngestOptions, IngestResult, check_options, probe_recording, run_batch
from intake.ingest.recordings import RecordingRow, insert_recording, is_duplicate
from intake.ingest.shred import shred_whole
from intake.vault.blobs import PendingBlob, write_blob
from intake.vault.open import Vault
from intake.vault.withdrawn import is_withdrawn
from transcribe.audio import MediaInfo


def _open_source(path: Path, vault: Vault) -> tuple[int, os.stat_result]:
    """Open a regular, non-empty file that is not a symlink and not inside the vault."""
    lst = regular_file(path, InputError, "ingest")
    if _inside(path, vault.path):
        raise InputError(f"{path}: is inside the vault")
    if lst.st_size == 0:
        raise InputError(f"{path}: the file is empty (0 bytes)")
    try:
        fd = open_regular(path, os.O_RDONLY)  # no hang on a FIFO swapped in after the lstat above
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    return fd, lst


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def ingest_file(vault: Vault, path: Path, opts: IngestOptions,
                progress: Callable[[int], None] | None = None) -> IngestResult:
    """Ingest one file. Errors about the file become a ``failed`` result; vault errors propagate."""
    try:
        return _ingest(vault, path, opts, progress)
    except InputError as err:
        return IngestResult(path, "failed", message=err.message, error=err)


def _ingest(vault: Vault, path: Path, opts: IngestOptions, progress: Callable[[int], None] | None) -> IngestResult:
    fd, lst = _open_source(path, vault)
    keypair = agefile.generate_keypair()  # each recording gets a fresh identity of its own
    with os.fdopen(fd, "rb") as src:
        info = probe_recording(path, opts.max_duration)
        pending = write_blob(vault.path, src, keypair.recipient, keypair.identity, progress)
    try:
        if is_withdrawn(vault.conn, pending.sha256):  # before the duplicate check: retention keeps the row
            raise RecordingWithdrawn(f"{path.name}: this recording was withdrawn (consent withdrawn or retention); "
                                     "it is not imported again")
        if is_duplicate(vault, pending.sha256):
            pending.discard()
            return IngestResult(path, "duplicate", message="already in the vault (same content)")
        rec_id = _commit(vault, pending, keypair.identity, info, opts, path)
    except BaseException:
        pending.discard()
        raise
    pending.publish()
    result = IngestResult(path, "ingested", recording_id=rec_id)
    if opts.shred:
        shred_whole(result, lst.st_size, "ingested")
    return result


def _commit(vault: Vault, pending: PendingBlob, identity: str, info: MediaInfo, opts: IngestOptions,
            path: Path) -> str:
    row = RecordingRow(opts.interview, opts.language, opts.interviewer, path.name if opts.keep_name else None,
                       info.duration, info.container, info.codec, info.channels, info.sample_rate)
    return insert_recording(vault, pending, identity, row, "recording.ingest")


def ingest_many(vault: Vault, paths: list[Path], opts: IngestOptions, *, recursive: bool = False,
                on_start: Callable[[Path, int], None] | None = None,
                progress: Callable[[int], None] | None = None) -> BatchReport:
    """Ingest every file; a failure of one file never stops the batch (a code naming someone stops it all)."""
    from intake.ingest.codes import refuse_named_codes

    check_options(opts)
    refuse_named_codes(vault, (opts.interview, opts.interviewer))
    return run_batch(paths, recursive, lambda p: ingest_file(vault, p, opts, progress), on_start)


