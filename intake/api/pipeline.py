"""The pipeline as Python calls: vault -> ingest -> transcribe -> pseudonymise -> approve -> export.

Each function is a thin, typed front to the library function the CLI uses, so it audits, gates and fails
exactly like the matching command (docs/cli.md). Errors are :class:`intake.errors.IntakeError` subclasses.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from intake.errors import InputError, ModelError, RecordingWithdrawn, UsageError
from intake.ingest.batch import IngestOptions, IngestResult, check_options
from intake.ingest.files import ingest_file
from intake.ingest.recordings import get_recording, resolve_recording_id
from intake.pseudonymise.releases import Release
from intake.review import workflow
from intake.review.release import ExportRecord, ExportRequest
from intake.review.release import export as release_export
from intake.review.workflow import Approval
from intake.transcripts.run import options_for, transcribe_recording
from intake.transcripts.store import TranscriptInfo, resolve_transcript_id
from intake.vault import open as vault_open
from intake.vault.open import Vault
from intake.vault.settings import DEFAULT_SETTINGS, VaultSettings

if TYPE_CHECKING:
    from intake.review.workflow import PlanSummary
    from transcribe import Engine

PathLike = str | os.PathLike[str]
DEFAULT_FORMATS = ("txt", "docx", "qdpx")
ALL_FORMATS = ("txt", "maxqda-txt", "docx", "qdpx")  # intake.export.FORMATS, without importing the builders


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
    :class:`~intake.errors.InputError` instead of the CLI's ``FAILED`` line (:class:`~intake.errors.RecordingWithdrawn`
    for a recording the vault destroyed).
    """
    opts = IngestOptions(interview=interview, language=language, interviewer=interviewer, keep_name=keep_name,
                         shred=shred)
    check_options(opts)
    result = ingest_file(vault, Path(file), opts)
    if result.status == "failed":
        if isinstance(result.error, RecordingWithdrawn):
            raise result.error
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
    """Transcribe one recording in memory and store a new transcript version (it supersedes the latest one;
    its review decisions are carried over when the new version is pseudonymised).

    ``engine`` is an :class:`transcribe.Engine` (e.g. ``transcribe.FakeEngine`` in tests) or an engine name;
    ``language`` defaults to the recording's, else detection among the study's languages; ``speakers`` is a
    count or ``"auto"``.
    """
    eng = load_engine(engine) if isinstance(engine, str) else engine
    recording_id = resolve_recording_id(vault, recording_id)
    options = options_for(vault, get_recording(vault, recording_id), language=language, beam_size=beam_size, vad=vad)
    return transcribe_recording(vault, recording_id, eng, options, speakers=speakers)


def pseudonymise(vault: Vault, transcript_id: str, *, reopen: bool = False) -> PlanSummary:
    """Detect, plan and apply pseudonyms; stores a draft anonymised version (review decisions carry over, also
    from the version before it: ``summary.carry``). An approved transcript is refused unless ``reopen``."""
    return workflow.pseudonymise(vault, resolve_transcript_id(vault, transcript_id), reopen=reopen)


def approve(vault: Vault, transcript_id: str, *, accept_rest: bool = False) -> Approval:
    """Approve the latest version of a recording for export; refused while items are undecided (unless
    ``accept_rest``), while the leak check finds anything, and for an older version. The result names the
    versions it supersedes and how many undecided items were approved as suggested."""
    return workflow.approve(vault, resolve_transcript_id(vault, transcript_id), accept_rest=accept_rest)


def export(vault: Vault, to: PathLike, *, interviews: Iterable[str] = (), all_approved: bool = False,
           formats: Iterable[str] = DEFAULT_FORMATS, codebook: str | None = None, recipients: Iterable[str] = (),
           allow: Iterable[Release] = (), page_size: str = "a4", skip_unapproved: bool = False) -> ExportRecord:
    """Export approved transcripts through the leak gate to directory ``to`` (or an age file with ``recipients``).

    ``allow`` holds exact releases (:func:`intake.pseudonymise.releases.parse_allowance` builds one from
    ``TEXT`` or ``TRANSCRIPT_ID:SEGMENT:TEXT`` and a reason); a label is never an allowance.
    ``page_size`` (``a4`` or ``letter``) is the paper of the ``.docx`` files. ``record.notes``
    names every recording left out and why; ``record.partial`` is True when an approved one was left out
    because a newer version is not approved (``skip_unapproved`` exports its last approved version instead).
    The bundle unpacks into a folder named after ``record.id``.
    """
    chosen = frozenset(formats)
    if not chosen or not chosen <= set(ALL_FORMATS):
        raise UsageError("formats are " + ", ".join(ALL_FORMATS))
    request = ExportRequest(to=Path(to), interviews=tuple(interviews), all_approved=all_approved,
                            formats=chosen, codebook=codebook, recipients=tuple(recipients),
                            allow=tuple(allow), page_size=page_size, skip_unapproved=skip_unapproved)
    return release_export(vault, request)
