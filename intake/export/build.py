"""``build_export``: anonymised transcripts in, every file of the export bundle out (as bytes).

Pure: no database, no clock, no randomness, no file writes (except reading a user's ``.qdc`` when a
path is given). The same arguments always give byte-identical files. Bundle layout::

    README.txt                  what is there, how to import it (MAXQDA, ATLAS.ti, NVivo, Taguette)
    manifest.json               every other file with SHA-256 and size; version, preset, counts, date
    txt/<code>.txt              timestamped transcript, UTF-8 (BOM), CRLF        (format "txt")
    maxqda/<code>.txt           MAXQDA's timestamped layout, UTF-8 (BOM), CRLF (format "maxqda-txt")
    docx/<code>.docx            the same as a Word document, A4 or Letter      (format "docx")
    refi-qda/interviews.qdpx    REFI-QDA project                               (format "qdpx")
    refi-qda/codebook.qdc       REFI-QDA codebook                              (when a codebook is given)
    codebook.csv                the same codebook as CSV (Taguette)            (when a codebook is given)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

from intake.errors import UsageError
from intake.export.codebook import Codebook, check_guid_key, render_qdc
from intake.export.codebook_csv import render_codebook_csv
from intake.export.docx_writer import PAGE_SIZES, render_docx
from intake.export.manifest import MANIFEST, README, ReadmeFacts, render_manifest, render_readme
from intake.export.model import CheckedTranscript, ExportTranscript, check_transcripts
from intake.export.names import check_bundle_names
from intake.export.qdc_input import load_codebook
from intake.export.qdpx import render_qdpx
from intake.export.text import render_maxqda_txt, render_txt

FORMATS: tuple[str, ...] = ("txt", "maxqda-txt", "docx", "qdpx")
QDPX_PATH = "refi-qda/interviews.qdpx"
QDC_PATH = "refi-qda/codebook.qdc"
CSV_PATH = "codebook.csv"
_TOKEN_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,39}")


def _check_token(value: object, what: str) -> str:
    if not isinstance(value, str) or _TOKEN_RE.fullmatch(value) is None:
        raise UsageError(f"{what} must be a short token (letters, digits, '.', '_', '+', '-')")
    return value


def _check_created(created: object) -> datetime:
    if not isinstance(created, datetime) or created.tzinfo is None or created.utcoffset() is None:
        raise UsageError("the export date must be a timezone-aware datetime")
    return created.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)  # the date, no time of day


def _check_formats(formats: object) -> list[str]:
    if not isinstance(formats, set | frozenset | list | tuple) or not formats:
        raise UsageError("choose at least one export format", hint="formats: " + ", ".join(FORMATS))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise UsageError(f"unknown export format {ascii(unknown[0])[:20]}", hint="formats: " + ", ".join(FORMATS))
    return [f for f in FORMATS if f in formats]


def _counts(transcripts: list[CheckedTranscript]) -> dict[str, int]:
    return {
        "interviews": len(transcripts),
        "segments": sum(len(t.lines) for t in transcripts),
        "words": sum(t.word_count for t in transcripts),
        "interviews_with_speakers": sum(1 for t in transcripts if t.has_speakers),
    }


def _check_page_size(page_size: object) -> str:
    if page_size not in PAGE_SIZES:
        raise UsageError("unknown page size", hint="page sizes: " + ", ".join(PAGE_SIZES))
    return str(page_size)


def _check_key(guid_key: object) -> bytes:
    try:
        return check_guid_key(guid_key)
    except ValueError:
        raise UsageError("the export needs the vault's GUID key (at least 16 bytes)") from None


def _facts(transcripts: list[CheckedTranscript]) -> ReadmeFacts:
    by_interview: dict[str, list[str]] = {}
    for tr in transcripts:
        by_interview.setdefault(tr.interview, []).append(tr.code)
    with_speakers = [t for t in transcripts if t.has_speakers]
    return ReadmeFacts(
        transcripts=len(transcripts),
        parts={code: codes for code, codes in by_interview.items() if len(codes) > 1},
        speakers=sorted({line.speaker for t in with_speakers for line in t.lines if line.speaker is not None}),
        unknown_speakers=any(line.speaker is None for t in with_speakers for line in t.lines),
        without_speakers=len(transcripts) - len(with_speakers) if with_speakers else 0,
    )


def _transcript_files(tr: CheckedTranscript, chosen: list[str], when: datetime, page_size: str) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    if "txt" in chosen:
        files[f"txt/{tr.code}.txt"] = render_txt(tr)
    if "maxqda-txt" in chosen:
        files[f"maxqda/{tr.code}.txt"] = render_maxqda_txt(tr)
    if "docx" in chosen:
        files[f"docx/{tr.code}.docx"] = render_docx(tr, when, page_size)
    return files


def _released(released: Mapping[str, int] | None) -> dict[str, int]:
    out = dict(released or {})
    if any(not k.isidentifier() or not isinstance(v, int) or isinstance(v, bool) or v < 0 for k, v in out.items()):
        raise UsageError("released counts are names with whole numbers")
    return out


def build_export(
    transcripts: Sequence[ExportTranscript],
    *,
    formats: set[str] | frozenset[str],
    codebook: str | Path | Codebook | None,
    policy_preset: str,
    tool_version: str,
    created: datetime,
    guid_key: bytes,
    page_size: str = "a4",
    released: Mapping[str, int] | None = None,
) -> dict[str, bytes]:
    """Every file of the export bundle: relative path -> content (README and manifest included).

    ``formats`` is a subset of :data:`FORMATS`; ``codebook`` is ``None``, a built-in name
    (``"dolowitz-marsh"``), the path of a user's ``.qdc`` (parsed as untrusted input) or a :class:`Codebook`
    already read (the caller gated its texts: :mod:`intake.review.codebook_gate`);
    ``created`` (timezone-aware) dates the files so that the output is deterministic: only its date in UTC
    is written, at midnight (no time of day); ``guid_key`` is the
    per-vault secret (at least 16 bytes) the REFI-QDA GUIDs of interviews are derived from (two vaults never
    share them, one vault always gives the same); ``page_size`` is ``a4`` or ``letter`` (``.docx``); ``released``
    (e.g. ``{"occurrences_kept": 1, "occurrences_allowed": 0}``) joins the manifest's counts: counts of
    identifying text let through on purpose, never the text.
    Raises UsageError for invalid transcripts or arguments, InputError/NotFoundError for a bad codebook.
    """
    chosen = _check_formats(formats)
    preset = _check_token(policy_preset, "the policy preset")
    version = _check_token(tool_version, "the tool version")
    when = _check_created(created)
    key = _check_key(guid_key)
    paper = _check_page_size(page_size)
    checked = check_transcripts(transcripts)
    if not checked:
        raise UsageError("nothing to export: no transcripts were given")
    book = codebook if isinstance(codebook, Codebook) else load_codebook(codebook)
    origin = f"Intake {version}"
    files: dict[str, bytes] = {}
    for tr in checked:
        files |= _transcript_files(tr, chosen, when, paper)
    if "qdpx" in chosen:
        files[QDPX_PATH] = render_qdpx(checked, book, origin=origin, created=when, guid_key=key)
    if book is not None:
        files[QDC_PATH] = render_qdc(book, origin)
        files[CSV_PATH] = render_codebook_csv(book)
    parts = chosen + (["qdc", "csv"] if book is not None else [])
    files[README] = render_readme(
        tool_version=version, policy_preset=preset, created=when, facts=_facts(checked), parts=parts
    )
    files[MANIFEST] = render_manifest(
        files,
        tool_version=version,
        policy_preset=preset,
        created=when,
        counts={**_counts(checked), **_released(released)},
        formats=chosen,
        codebook=None if book is None else book.origin,
    )
    check_bundle_names(list(files))
    return dict(sorted(files.items()))
