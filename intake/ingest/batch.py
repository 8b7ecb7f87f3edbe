"""Options, results and the batch loop shared by vault ingest, field ingest and import.

Knows no vault: the field laptop (intake.field.device) uses it and must never be able to unlock one.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from intake.errors import InputError, IntakeError, TooLong, UsageError
from transcribe.audio import MediaInfo, probe_file
from transcribe.errors import AudioError, AudioTooLongError

INTERVIEW_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")


LANGUAGES = ("auto", "ru", "be", "en", "uk", "pl", "lt")
#: Longest recording accepted by ingest, field ingest and import unless ``--max-duration`` says otherwise: a
#: few megabytes of compressed silence can declare (and decode to) hours of samples.
DEFAULT_MAX_DURATION_S = 12 * 3600.0
#: Never more than this, whatever the option says: decoded 16 kHz mono float32 is 64 KB/s (5.5 GB per day).
HARD_MAX_DURATION_S = 48 * 3600.0


@dataclass(frozen=True)
class IngestOptions:
    interview: str
    language: str = "auto"
    interviewer: str | None = None
    keep_name: bool = False
    shred: bool = False
    max_duration: float = DEFAULT_MAX_DURATION_S  # seconds


@dataclass
class IngestResult:
    source: Path
    status: str  # ingested | duplicate | failed
    recording_id: str | None = None
    message: str = ""
    shredded: bool = False
    not_shredded: str = ""  # why --shred did not remove the original
    error: IntakeError | None = field(default=None, compare=False)  # the typed refusal behind a failure


@dataclass
class BatchReport:
    results: list[IngestResult] = field(default_factory=list)
    hidden: list[Path] = field(default_factory=list)  # hidden files and folders --recursive did not take
    stale_parts: int = 0  # unfinished packages of a killed run removed from the outbox (field ingest)

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
    check_max_duration(opts.max_duration)


def check_max_duration(seconds: float) -> float:
    if not 0 < seconds <= HARD_MAX_DURATION_S:
        raise UsageError(f"--max-duration must be more than 0 and at most {HARD_MAX_DURATION_S / 3600:g} hours")
    return seconds


def check_duration(duration: float | None, cap: float, name: str) -> None:
    """:class:`TooLong` when a declared or probed duration exceeds ``cap`` (checked before anything is stored)."""
    if duration is not None and not duration <= cap:
        raise TooLong(f"{name}: the recording lasts {duration / 3600:.1f} h, more than the cap of {cap / 3600:g} h")


def iter_sources(paths: list[Path], recursive: bool,
                 hidden: list[Path] | None = None) -> Iterator[tuple[Path, str | None]]:
    """Files to ingest, in a stable order; (path, error) for things that cannot be walked.

    Hidden files and folders (``.name``) inside a walked folder are not taken; they are appended to
    ``hidden`` so that the caller can name them (a trash folder on a memory card holds real recordings).
    A hidden file named on the command line is taken like any other.
    """
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            if not recursive:
                yield path, "is a folder; add --recursive to ingest the files inside"
                continue
            yield from _walk(path, set(), [] if hidden is None else hidden)
        else:
            yield path, None


def count_files(folder: Path, cap: int = 100_000) -> int:
    """Regular files under ``folder`` (links not followed), counted up to ``cap``."""
    total = 0
    for _, _, files in os.walk(folder):
        total += len(files)
        if total >= cap:
            break
    return total


def _walk(folder: Path, seen: set[tuple[int, int]], hidden: list[Path]) -> Iterator[tuple[Path, str | None]]:
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
            hidden.append(entry)
            continue
        if entry.is_symlink():
            yield entry, "is a symbolic link; skipped"
        elif entry.is_dir():
            yield from _walk(entry, seen, hidden)
        else:
            yield entry, None


def run_batch(paths: list[Path], recursive: bool, one: Callable[[Path], IngestResult],
              on_start: Callable[[Path, int], None] | None = None,
              per_file: type[IntakeError] = InputError) -> BatchReport:
    """Apply ``one`` to every file; a ``per_file`` error becomes that file's failed result, the batch goes on."""
    report = BatchReport()
    for path, problem in iter_sources(paths, recursive, report.hidden):
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


def _size(path: Path) -> int:
    try:
        return os.lstat(path).st_size
    except OSError:
        return 0


def probe_recording(path: Path, max_duration: float = DEFAULT_MAX_DURATION_S) -> MediaInfo:
    """Facts about a recording on disk; :class:`InputError` for non-media, no audio or a truncated file,
    :class:`TooLong` when it lasts longer than ``max_duration`` seconds."""
    try:
        info = probe_file(path, max_seconds=max_duration)  # the cap is checked before any decoding
    except AudioTooLongError as exc:
        raise TooLong(exc.message) from exc
    except AudioError as exc:
        raise InputError(exc.message, hint=exc.hint) from exc
    return replace(info, container=info.container.split(",")[0])  # "mov,mp4,m4a,..." is stored as "mov"
