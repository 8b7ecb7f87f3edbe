"""Which text of a transcript a command may show: anonymised by default, raw only on explicit request."""

from __future__ import annotations

from typing import Any

from intake.anonymised import latest_anonymised_segments
from intake.errors import RefusedError
from intake.transcription import get_transcript_info, load_segments
from intake.vault import Vault


def transcript_segments(vault: Vault, tid: str, *, raw: bool) -> tuple[list[dict[str, Any]], str]:
    """(segments, "raw"|"anonymised"). Raw access is audited."""
    get_transcript_info(vault, tid)
    if raw:
        vault.audit("transcript.read_raw", tid)
        return load_segments(vault, tid), "raw"
    anonymised = latest_anonymised_segments(vault, tid)
    if anonymised is None:
        raise RefusedError("this transcript has no anonymised version yet",
                           hint=f"run 'intake pseudonymise {tid}', or add --raw to see identifying text (audited)")
    return anonymised, "anonymised"
