"""The pipeline as Python calls: vault -> ingest -> transcribe -> pseudonymise -> approve -> export.

Each function is a thin, typed front to the library function the CLI uses, so it audits, gates and fails
exactly like the matching command (docs/cli.md). Errors are :class:`intake.errors.IntakeError` subclasses.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from intake.errors import InputError, ModelError, UsageError
from intake.ingest.batch import IngestOptions, IngestResult, check_options
from intake.ingest.files import ingest_file
from intake.ingest.recordings import get_recording
from intake.pseudonymise.releases import Release
from intake.review import workflow
from intake.review.release import ExportRecord, ExportRequest
from intake.review.release import export as release_export
from intake.transcripts.run import transcribe_recording
from intake.transcripts.store import TranscriptInfo
from intake.vault import open as vault_open
from intake.vault.open import Vault
from intake.vault.settings import DEFAULT_SETTINGS, VaultSettings

if TYPE_CHECKING:
    from intake.review.workflow import PlanSummary
    from transcribe import Engine

PathLike = str | os.PathLike[str]
DEFAULT_FORMATS = ("txt", "docx", "qdpx")


def create_vault(path: PathLike, *, passphrase: str, label: str = "steward 1", kdf_memory_mib: int | None = None,
                 settings: VaultSettings = DEFAULT_SETTINGS) -> Vault:
    """Create a vault in a new or empty directory; returns it unlocked (use it as a context manager)."""
    return vault_open.create_vault(Path(path), passphrase, label=label, kdf_memory_mib=kdf_memory_mib,
                                   settings=settings)


def open_vault(path: PathLike, *, passphrase: str, slot: str | None = None,
               settings: VaultSettings = DEFAULT_SETTINGS) -> Vault:
    """Unlock a vault with a steward's passphrase (any slot, or only ``slot``)."""
    return vault_open.unlock(Path(path), passphrase, slot_id=slot, settings=settings)


def ingest(vault: Vault, file: PathLike, *, interview: str, language: str = "auto", interviewer: str | None = None,
           keep_name: bool = False, shred: bool = False) -> IngestResult:
    """Encrypt one recording into the vault under ``interview`` (a pseudonymous code such as ``P-017``).

    Returns the result (``status`` is ``ingested`` or ``duplicate``); a file that cannot be used raises
    :class:`~intake.errors.InputError` instead of the CLI's ``FAILED`` line.
    """
    opts = IngestOptions(interview=interview, language=language, interviewer=interviewer, keep_name=keep_name,
                         shred=shred)
    check_options(opts)
    result = ingest_file(vault, Path(file), opts)
    if result.status == "failed":
        raise InputError(f"{Path(file).name}: {result.message}")
    return result


def load_engine(name: str = "faster-whisper", *, model: PathLike | None = None, threads: int | None = None) -> Engine:
    """A speech-to-text engine on a local model (the bundled Whisper base unless ``model`` is given)."""
    from transcribe import TranscribeError
    from transcribe import load_engine as load

    try:
        return load(name, model_path=Path(model) if model is not None else None, threads=threads)
    except TranscribeError as exc:
        raise ModelError(str(exc), hint=getattr(exc, "hint", None)) from exc


def transcribe(vault: Vault, recording_id: str, *, engine: Engine | str = "faster-whisper",
               language: str | None = None, beam_size: int = 5, vad: bool = True,
               speakers: int | str | None = None) -> TranscriptInfo:
    """Transcribe one recording in memory and store a new transcript version.

    ``engine`` is an :class:`transcribe.Engine` (e.g. ``transcribe.FakeEngine`` in tests) or an engine name;
    ``language`` defaults to the recording's, else auto-detection; ``speakers`` is a count or ``"auto"``.
    """
    from transcribe import TranscribeOptions

    eng = load_engine(engine) if isinstance(engine, str) else engine
    lang = language or get_recording(vault, recording_id).language or "auto"
    options = TranscribeOptions(language=None if lang == "auto" else lang, beam_size=beam_size, vad=vad,
                                word_timestamps=True)
    return transcribe_recording(vault, recording_id, eng, options, speakers=speakers)


def pseudonymise(vault: Vault, transcript_id: str) -> PlanSummary:
    """Detect, plan and apply pseudonyms; stores a draft anonymised version (review decisions carry over)."""
    return workflow.pseudonymise(vault, transcript_id)


def approve(vault: Vault, transcript_id: str, *, accept_rest: bool = False) -> int:
    """Approve the latest anonymised version for export; refused while items are undecided (unless
    ``accept_rest``) or the leak check finds anything. Returns the number of items approved as suggested."""
    return workflow.approve(vault, transcript_id, accept_rest=accept_rest)


def export(vault: Vault, to: PathLike, *, interviews: Iterable[str] = (), all_approved: bool = False,
           formats: Iterable[str] = DEFAULT_FORMATS, codebook: str | None = None, recipients: Iterable[str] = (),
           allow: Iterable[Release] = ()) -> ExportRecord:
    """Export approved transcripts through the leak gate to directory ``to`` (or an age file with ``recipients``).

    ``allow`` holds exact releases (:func:`intake.pseudonymise.releases.parse_allowance` builds one from
    ``TEXT`` or ``TRANSCRIPT_ID:SEGMENT:TEXT`` and a reason); a label is never an allowance.
    """
    chosen = frozenset(formats)
    if not chosen or not chosen <= set(DEFAULT_FORMATS):
        raise UsageError("formats are txt, docx and qdpx")
    request = ExportRequest(to=Path(to), interviews=tuple(interviews), all_approved=all_approved,
                            formats=chosen, codebook=codebook, recipients=tuple(recipients),
                            allow=tuple(allow))
    return release_export(vault, request)
