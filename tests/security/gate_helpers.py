"""Shared setup for the gate tests: a transcript in the vault, pseudonymised, with helpers to plant text."""

from __future__ import annotations

import json
from typing import Any

from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
from intake.review.workflow import pseudonymise
from intake.transcripts.run import transcribe_recording
from transcribe import FakeEngine, FakeLine, TranscribeOptions


def pseudonymised(vault: Any, make_media: Any, lines: list[str], freq: int, code: str | None = None,
                  language: str = "ru") -> str:
    rec = ingest_file(vault, make_media("wav", seconds=2.0, freq=freq), IngestOptions(interview=code or f"P-{freq}"))
    engine = FakeEngine([FakeLine(i * 1.0, i * 1.0 + 0.9, t) for i, t in enumerate(lines)], language=language)
    tid = transcribe_recording(vault, rec.recording_id, engine, TranscribeOptions(language=language)).id
    pseudonymise(vault, tid)
    return tid


def plant(vault: Any, tid: str, text: str, segment: int = 0) -> None:
    """Simulate a detector miss: the latest anonymised text of ``segment`` also holds ``text``."""
    row = vault.conn.execute("SELECT id, segments FROM anonymised WHERE transcript_id=? ORDER BY version DESC",
                             (tid,)).fetchone()
    doc = json.loads(row[1])
    doc["segments"][segment]["text"] += " " + text
    vault.conn.execute("UPDATE anonymised SET segments=? WHERE id=?", (json.dumps(doc, ensure_ascii=False), row[0]))


def approve_raw(vault: Any, tid: str) -> None:
    """Mark approved without the gate (what an old vault may hold), so the export gate is tested on its own."""
    vault.conn.execute("UPDATE transcripts SET status='approved' WHERE id=?", (tid,))


def audit_rows(vault: Any, action: str) -> list[tuple[str, str]]:
    return [(str(r[0]), str(r[1])) for r in
            vault.conn.execute("SELECT object_id, details FROM audit WHERE action=? ORDER BY seq", (action,))]
