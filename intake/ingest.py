"""Encrypted ingest: each recording streamed into its own age file, verified, catalogued, optionally shredded."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from crypto import agefile
from intake import media
from intake.audit import now_utc
from intake.blobs import PendingBlob, write_blob
from intake.errors import InputError, IntakeError, UsageError
from intake.shred import shred_file
from intake.vault import Vault

INTERVIEW_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")
LANGUAGES = ("auto", "ru", "be", "en", "uk", "pl", "lt")


@dataclass(frozen=True)
class IngestOptions:
    interview: str
    language: str = "auto"
    interviewer: str | None = None
    keep_name: bool = False
    shred: bool = False


@dataclass
class IngestResult:
    source: Path
    status: str  # ingested | duplicate | failed
    recording_id: str | None = None
    message: str = ""
    shredded: bool = False


@dataclass
class BatchReport:
    results: list[IngestResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def failed(self) -> int:
        return self.count("failed")


def check_interview_code(code: str) -> str:
    if not INTERVIEW_CODE.match(code):
        raise UsageError("interview codes are 1-32 letters, digits, '-' or '_' (e.g. P-017)",
                         hint="use a pseudonymous code, never a name")
    return code


def check_options(opts: IngestOptions) -> None:
    check_interview_code(opts.interview)
    if opts.language not in LANGUAGES:
        raise UsageError(f"unknown language {opts.language!r}; choose one of {', '.join(LANGUAGES)}")
    if opts.interviewer is not None:
        check_interview_code(opts.interviewer)


def _open_source(path: Path, vault: Vault) -> tuple[int, os.stat_result]:
    """Open a regular, non-empty file that is not a symlink and not inside the vault."""
    try:
        lst = os.lstat(path)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    if stat.S_ISLNK(lst.st_mode):
        raise InputError(f"{path}: is a symbolic link; ingest the file it points to instead")
    if not stat.S_ISREG(lst.st_mode):
        raise InputError(f"{path}: not a regular file")
    if _inside(path, vault.path):
        raise InputError(f"{path}: is inside the vault")
    if lst.st_size == 0:
        raise InputError(f"{path}: the file is empty (0 bytes)")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
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
        return IngestResult(path, "failed", message=err.message)


def _ingest(vault: Vault, path: Path, opts: IngestOptions, progress: Callable[[int], None] | None) -> IngestResult:
    fd, lst = _open_source(path, vault)
    keypair = agefile.generate_keypair()  # each recording gets a fresh identity of its own
    with os.fdopen(fd, "rb") as src:
        info = media.probe(path)
        pending = write_blob(vault.path, src, keypair.recipient, keypair.identity, progress)
    try:
        if _is_duplicate(vault, pending.sha256):
            pending.discard()
            return IngestResult(path, "duplicate", message="already in the vault (same content)")
        rec_id = _commit(vault, pending, keypair.identity, info, opts, path)
    except BaseException:
        pending.discard()
        raise
    pending.publish()
    try:
        shredded = _maybe_shred(path, opts, lst)
    except InputError as err:
        return IngestResult(path, "ingested", recording_id=rec_id, message=err.message)
    return IngestResult(path, "ingested", recording_id=rec_id, shredded=shredded)


def _is_duplicate(vault: Vault, sha: str) -> bool:
    return vault.conn.execute("SELECT 1 FROM recordings WHERE sha256=?", (sha,)).fetchone() is not None


@dataclass(frozen=True)
class RecordingRow:
    """What the catalog stores about a recording (shared by ingest and field import)."""

    interview: str
    language: str
    interviewer: str | None
    original_name: str | None
    duration: float | None
    container: str | None
    codec: str | None
    channels: int | None
    sample_rate: int | None


def insert_recording(vault: Vault, pending: PendingBlob, identity: str, row: RecordingRow, action: str) -> str:
    """Catalogue a verified pending blob in one transaction with its audit row; returns the recording id."""
    rec_id = os.urandom(6).hex()
    now = now_utc()
    with vault.transaction() as conn:
        conn.execute("INSERT OR IGNORE INTO interviews(id, language, created) VALUES (?,?,?)",
                     (row.interview, row.language, now))
        conn.execute(
            "INSERT INTO recordings(id, interview_id, blob, identity, sha256, size, duration, container, codec,"
            " channels, sample_rate, language, interviewer, original_name, ingested)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (rec_id, row.interview, pending.name, identity, pending.sha256, pending.size, row.duration,
             row.container, row.codec, row.channels, row.sample_rate, row.language, row.interviewer,
             row.original_name, now),
        )
        vault.audit(action, rec_id, interview=row.interview, size=pending.size, sha256=pending.sha256)
    return rec_id


def _commit(vault: Vault, pending: PendingBlob, identity: str, info: media.MediaInfo, opts: IngestOptions,
            path: Path) -> str:
    row = RecordingRow(opts.interview, opts.language, opts.interviewer, path.name if opts.keep_name else None,
                       info.duration, info.container, info.codec, info.channels, info.sample_rate)
    return insert_recording(vault, pending, identity, row, "recording.ingest")


def _maybe_shred(path: Path, opts: IngestOptions, lst: os.stat_result) -> bool:
    if not opts.shred:
        return False
    shred_file(path, expected_size=lst.st_size)
    return True


def iter_sources(paths: list[Path], recursive: bool) -> Iterator[tuple[Path, str | None]]:
    """Files to ingest, in a stable order; (path, error) for things that cannot be walked."""
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            if not recursive:
                yield path, "is a folder; add --recursive to ingest the files inside"
                continue
            yield from _walk(path, set())
        else:
            yield path, None


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[tuple[Path, str | None]]:
    st = folder.stat()
    key = (st.st_dev, st.st_ino)
    if key in seen:
        yield folder, "folder loop detected; skipped"
        return
    seen.add(key)
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        yield folder, f"cannot list folder ({exc.strerror})"
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_symlink():
            yield entry, "is a symbolic link; skipped"
        elif entry.is_dir():
            yield from _walk(entry, seen)
        else:
            yield entry, None


def run_batch(paths: list[Path], recursive: bool, one: Callable[[Path], IngestResult],
              on_start: Callable[[Path, int], None] | None = None,
              per_file: type[IntakeError] = InputError) -> BatchReport:
    """Apply ``one`` to every file; a ``per_file`` error becomes that file's failed result, the batch goes on."""
    report = BatchReport()
    for path, problem in iter_sources(paths, recursive):
        if problem:
            report.results.append(IngestResult(path, "failed", message=f"{path}: {problem}"))
            continue
        if on_start:
            on_start(path, _size(path))
        try:
            report.results.append(one(path))
        except per_file as err:
            report.results.append(IngestResult(path, "failed", message=err.message))
    return report


def ingest_many(vault: Vault, paths: list[Path], opts: IngestOptions, *, recursive: bool = False,
                on_start: Callable[[Path, int], None] | None = None,
                progress: Callable[[int], None] | None = None) -> BatchReport:
    """Ingest every file; a failure of one file never stops the batch."""
    check_options(opts)
    return run_batch(paths, recursive, lambda p: ingest_file(vault, p, opts, progress), on_start)


def _size(path: Path) -> int:
    try:
        return os.lstat(path).st_size
    except OSError:
        return 0
