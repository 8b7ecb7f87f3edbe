"""Importing existing transcripts into the vault as transcript versions with no recording.

For one file, in this order (a refusal at any step stores nothing):

1. Check the options before reading: the interview code's form, the language (the interview's own when
   it exists and none is given), and that the code spells no registered name.
2. Read the file into memory under the caps and parse it (:mod:`intake.importers`, which touches no
   vault); what cannot be read exactly raises :class:`intake.errors.TranscriptUnreadable`.
3. A file whose SHA-256 matches an imported version of the same interview is reported as a duplicate.
4. Store the segments (labels become ``S1``…; known roles become speaker names; the labels as written stay
   in the version's options, inside the encrypted catalog) with the interview row and an audit row, in
   one transaction.
5. Verify: read the version back from the catalog and compare it with what was parsed; a mismatch
   removes the version and raises :class:`intake.errors.DamagedError`, and the file is kept.
6. ``--shred`` only after 5, and only if the file is still the one that was read (same device, inode,
   size and modification time): overwrite and unlink (:func:`intake.fs.shred_file`).

The text exists in memory and in the catalog only: no plaintext copy is written anywhere.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from intake.errors import DamagedError, InputError, IntakeError, UsageError
from intake.importers import ImportedTranscript, Limits, Recognised, Source, parse, read_source, speaker_plan
from intake.ingest.batch import LANGUAGES, check_interview_code
from intake.transcripts.store import (
    ImportedVersion,
    StoredSegment,
    TranscriptInfo,
    delete_transcripts_in_tx,
    imported_fingerprints,
    load_segments,
    speaker_names,
    store_imported,
)
from intake.vault.open import Vault

IMPORT_LANGUAGES = tuple(lang for lang in LANGUAGES if lang != "auto")
OPTIONS_VERSION = 1


@dataclass(frozen=True)
class ImportOptions:
    interview: str
    language: str | None = None
    layout: str | None = None
    encoding: str | None = None
    shred: bool = False


@dataclass
class ImportResult:
    """What happened to one file; ``speakers`` and ``recognised`` are what the summary shows."""

    source: Path
    status: str  # imported | duplicate | failed
    interview: str = ""
    transcript_id: str | None = None
    version: int | None = None
    recognised: Recognised | None = None
    speakers: list[str] = field(default_factory=list)
    notes: tuple[str, ...] = ()
    message: str = ""
    hint: str | None = None
    shredded: bool = False
    error: IntakeError | None = None  # why it failed (its exit code, for a single file)


def interview_from_name(path: Path) -> str:
    """``P-031.txt`` -> ``P-031`` (checked like any interview code)."""
    return check_interview_code(path.name.split(".", 1)[0])


def resolve_language(vault: Vault, opts: ImportOptions) -> str:
    from intake.ingest.recordings import interview_language

    language = opts.language or interview_language(vault, opts.interview)
    if language is None:
        raise UsageError(f"give the transcript's language with --language ({', '.join(IMPORT_LANGUAGES)})",
                         hint="the language chooses the name detectors used in pseudonymisation")
    if language not in IMPORT_LANGUAGES:
        raise UsageError(f"unknown language {language!r}; choose one of {', '.join(IMPORT_LANGUAGES)}")
    return language


def import_transcript(vault: Vault, path: Path, opts: ImportOptions, limits: Limits | None = None) -> ImportResult:
    """Import one file. Errors about the file become a ``failed`` result; vault errors propagate."""
    try:
        return _import(vault, path, opts, limits or Limits())
    except InputError as err:
        return ImportResult(path, "failed", opts.interview, message=err.message, hint=err.hint, error=err)


def _import(vault: Vault, path: Path, opts: ImportOptions, limits: Limits) -> ImportResult:
    from intake.ingest.codes import refuse_named_codes

    check_interview_code(opts.interview)
    language = resolve_language(vault, opts)
    refuse_named_codes(vault, (opts.interview,))
    source = read_source(path, limits)
    parsed = parse(source, layout=opts.layout, encoding=opts.encoding, limits=limits)
    fingerprint = "sha256:" + hashlib.sha256(source.data).hexdigest()
    plan = speaker_plan(source.name, (s.label for s in parsed.segments), limits.max_speakers)
    shown = plan.shown()
    existing = imported_fingerprints(vault, opts.interview).get(fingerprint)
    if existing is not None:
        return ImportResult(path, "duplicate", opts.interview, existing, recognised=parsed.recognised,
                            speakers=shown, message=f"already imported as transcript {existing} (same content)")
    item = _version(opts.interview, language, parsed, plan.codes, plan.names, fingerprint)
    info = store_imported(vault, item)
    _verify(vault, info, item)
    result = ImportResult(path, "imported", opts.interview, info.id, info.version, parsed.recognised, shown,
                          parsed.notes)
    try:
        result.shredded = _maybe_shred(path, source, opts.shred)
    except InputError as err:
        result.message = err.message
    return result


def _version(interview: str, language: str, parsed: ImportedTranscript, codes: dict[str, str],
             names: dict[str, str], fingerprint: str) -> ImportedVersion:
    timed = parsed.recognised.timestamps
    segments = [StoredSegment(s.start or 0.0, s.end or 0.0, s.text, codes.get(s.label) if s.label else None)
                for s in parsed.segments]
    r = parsed.recognised
    options = {"v": OPTIONS_VERSION, "format": r.format, "layout": r.layout, "encoding": r.encoding, "tool": r.tool,
               "timestamps": timed, "labels": {code: label for label, code in codes.items()}}
    duration = max(s.end for s in segments) if timed else None
    return ImportedVersion(interview, language, segments, names, options, fingerprint, duration)


def _verify(vault: Vault, info: TranscriptInfo, item: ImportedVersion) -> None:
    """Read the version back from the catalog; anything different removes it (the file is kept)."""
    same = ([s.to_dict() for s in load_segments(vault, info.id)] == [s.to_dict() for s in item.segments]
            and speaker_names(vault, info.id) == dict(item.speaker_names) and info.source == "imported"
            and info.interview_id == item.interview)
    if not same:
        with vault.transaction():
            delete_transcripts_in_tx(vault, [info.id])
            vault.audit("transcript.import_failed", info.id)
        raise DamagedError(f"transcript {info.id} did not read back as imported; it was removed and the file kept")


def _maybe_shred(path: Path, source: Source, shred: bool) -> bool:
    from intake.fs import shred_file

    if not shred:
        return False
    try:
        st = os.lstat(path)
    except OSError as exc:
        raise InputError(f"{path}: gone before it could be shredded ({exc.strerror}); the import is kept") from exc
    if (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns) != (source.device, source.inode, source.size,
                                                                source.mtime_ns):
        raise InputError(f"{path}: changed since it was read; the import is kept and the file was not shredded")
    shred_file(path, expected_size=source.size)
    return True


def import_many(vault: Vault, paths: Sequence[Path], options_for: Callable[[Path], ImportOptions],
                on_done: Callable[[ImportResult], None] | None = None) -> list[ImportResult]:
    """Import every file; one file's failure never stops the others."""
    results = []
    for path in paths:
        try:
            opts = options_for(path)
        except (UsageError, InputError) as err:
            result = ImportResult(path, "failed", message=err.message, hint=err.hint, error=err)
        else:
            result = import_transcript(vault, path, opts)
        results.append(result)
        if on_done is not None:
            on_done(result)
    return results
