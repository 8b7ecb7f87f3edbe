"""Intake: keeps field interviews safe from the microphone to the coder's desk.

The public Python API (docs/python-api.md)::

    import intake

    with intake.open_vault("~/vault", passphrase=...) as v:
        rec = intake.ingest(v, "interview.m4a", interview="P-017")
        info = intake.transcribe(v, rec.recording_id)
        intake.pseudonymise(v, info.id)

Names are imported on first use (PEP 562), so ``import intake`` and ``intake --help`` stay fast.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it; docs/python-api.md lists exactly these names.
_API: dict[str, str] = {
    # steps
    "create_vault": "intake.api.pipeline",
    "open_vault": "intake.api.pipeline",
    "ingest": "intake.api.pipeline",
    "load_engine": "intake.api.pipeline",
    "transcribe": "intake.api.pipeline",
    "pseudonymise": "intake.api.pipeline",
    "approve": "intake.api.pipeline",
    "export": "intake.api.pipeline",
    # views
    "list_interviews": "intake.api.listing",
    "list_recordings": "intake.api.listing",
    "list_transcripts": "intake.api.listing",
    "list_exports": "intake.api.listing",
    "verify_vault": "intake.api.listing",
    "carry_report": "intake.api.listing",
    "worklist": "intake.api.listing",
    # types
    "Vault": "intake.vault.open",
    "VaultSettings": "intake.vault.settings",
    "KdfPolicy": "crypto.kdf",
    "Interview": "intake.api.listing",
    "Recording": "intake.ingest.recordings",
    "IngestResult": "intake.ingest.batch",
    "TranscriptInfo": "intake.transcripts.store",
    "PlanSummary": "intake.review.workflow",
    "ExportRecord": "intake.review.release",
    "VerifyReport": "intake.vault.check",
    "CarryReport": "intake.review.versions",
    "Worklist": "intake.review.worklist",
    # errors
    "IntakeError": "intake.errors",
    "ExitCode": "intake.errors",
}

__all__ = ["__version__", *sorted(_API)]

if TYPE_CHECKING:  # for type checkers and editors; at run time __getattr__ imports on first use
    from crypto.kdf import KdfPolicy as KdfPolicy
    from intake.api.listing import Interview as Interview
    from intake.api.listing import carry_report as carry_report
    from intake.api.listing import list_exports as list_exports
    from intake.api.listing import list_interviews as list_interviews
    from intake.api.listing import list_recordings as list_recordings
    from intake.api.listing import list_transcripts as list_transcripts
    from intake.api.listing import verify_vault as verify_vault
    from intake.api.listing import worklist as worklist
    from intake.api.pipeline import approve as approve
    from intake.api.pipeline import create_vault as create_vault
    from intake.api.pipeline import export as export
    from intake.api.pipeline import ingest as ingest
    from intake.api.pipeline import load_engine as load_engine
    from intake.api.pipeline import open_vault as open_vault
    from intake.api.pipeline import pseudonymise as pseudonymise
    from intake.api.pipeline import transcribe as transcribe
    from intake.errors import ExitCode as ExitCode
    from intake.errors import IntakeError as IntakeError
    from intake.ingest.batch import IngestResult as IngestResult
    from intake.ingest.recordings import Recording as Recording
    from intake.review.release import ExportRecord as ExportRecord
    from intake.review.versions import CarryReport as CarryReport
    from intake.review.workflow import PlanSummary as PlanSummary
    from intake.review.worklist import Worklist as Worklist
    from intake.transcripts.store import TranscriptInfo as TranscriptInfo
    from intake.vault.check import VerifyReport as VerifyReport
    from intake.vault.open import Vault as Vault
    from intake.vault.settings import VaultSettings as VaultSettings


class _Package(types.ModuleType):
    """``intake`` itself: a subpackage never hides an API function of the same name.

    Importing ``intake.ingest.batch`` makes Python set ``intake.ingest`` to the subpackage; ``intake.ingest``,
    ``intake.export`` and ``intake.pseudonymise`` are the API's functions, so that binding is skipped (the
    subpackages stay importable by their dotted names: ``from intake.export import build_export``).
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _API and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'intake' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API))
