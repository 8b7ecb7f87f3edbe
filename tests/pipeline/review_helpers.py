"""Shared set-up for the review-workflow tests: a vault with pseudonymised transcripts made by the fake engine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
from intake.review.store import require_plan
from intake.review.workflow import pseudonymise
from intake.transcripts.run import transcribe_recording
from intake.vault.open import unlock
from transcribe import FakeEngine, FakeLine, TranscribeOptions

PASS = "correct horse battery staple"
LINES = ["Вчера Сергей Сакулов пришёл на суд в Гомеле.", "Сакулов потом уехал в Минск.",
         "Потом Сакулов позвонил Марине."]


def transcript_in(vault: Any, make_media: Any, lines: list[str], freq: int, language: str = "ru") -> str:
    rec = ingest_file(vault, make_media("wav", seconds=2.0, freq=freq), IngestOptions(interview=f"P-{freq}"))
    engine = FakeEngine([FakeLine(i * 1.0, i * 1.0 + 0.9, t) for i, t in enumerate(lines)], language=language)
    tid = transcribe_recording(vault, rec.recording_id, engine, TranscribeOptions(language=language)).id
    pseudonymise(vault, tid)
    return tid


def transcript(vault_dir: Path, make_media: Any, lines: list[str], freq: int, language: str = "ru") -> str:
    with unlock(vault_dir, PASS) as vault:
        return transcript_in(vault, make_media, lines, freq, language)


def decisions(vault_dir: Path, tid: str) -> list[tuple[str, str]]:
    with unlock(vault_dir, PASS) as vault:
        return [(i.original, i.decision) for i in require_plan(vault, tid).items]


def status(vault_dir: Path, tid: str) -> str:
    from intake.transcripts.store import get_transcript_info

    with unlock(vault_dir, PASS) as vault:
        return str(get_transcript_info(vault, tid).status)
