"""Speaker turns: diarize the in-memory audio, split segments at speaker changes, name speakers by role.

Speaker names are roles or pseudonymous codes ("Interviewer", "Respondent", "R-17"), never personal
names: a name is refused when the detector or the registry sees an identifier in it.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from intake.errors import InputError, ModelError, UsageError
from intake.transcription import get_transcript_info, load_segments
from intake.vault import Vault

if TYPE_CHECKING:
    from transcribe import Segment

LABEL = re.compile(r"^S[1-9]$")
MAX_NAME = 40


def diarize_segments(audio: io.BytesIO, segments: list[Segment], speakers: int | str) -> list[tuple[str, Segment]]:
    """(speaker, segment) pieces; segments are cut where the speaker changes inside them."""
    from transcribe import TranscribeError, decode_audio
    from transcribe.diarize import DiarizeError, WeightsError, assign_words, diarize, split_segments

    audio.seek(0)
    try:
        samples = decode_audio(audio, sample_rate=16000, mono=False)
        turns = diarize(samples, 16000, speakers=speakers)
    except WeightsError as exc:
        raise ModelError(f"speaker model: {exc}", hint=getattr(exc, "hint", None)) from exc
    except (DiarizeError, TranscribeError) as exc:
        raise InputError(f"speaker turns: {exc}") from exc
    words = [w for s in segments for w in s.words]
    pieces = split_segments(segments, assign_words(words, turns), turns)
    return [(speaker or "S1", replace(seg, id=i)) for i, (speaker, seg) in enumerate(pieces)]


def speaker_names(vault: Vault, tid: str) -> dict[str, str]:
    row = vault.conn.execute("SELECT speaker_names FROM transcripts WHERE id=?", (tid,)).fetchone()
    return json.loads(row[0]) if row and row[0] else {}


def _check_name(vault: Vault, name: str) -> None:
    from intake.anonymised import known_matcher
    from intake.pseudonymise import detect
    from intake.pseudonymise.leakcheck import leakcheck

    if not name.strip() or len(name) > MAX_NAME or any(c in name for c in "\n\r\t[]"):
        raise UsageError(f"speaker names are short roles or codes (at most {MAX_NAME} characters)")
    hits = [s for lang in ("ru", "en") for s in detect(name, lang) if s.label not in ("AGE_OR_SENTENCE",)]
    if hits or leakcheck(name, known_matcher(vault)):
        raise UsageError("a speaker name must be a role or a pseudonymous code, not an identifying name",
                         hint="use e.g. Interviewer, Respondent, Lawyer, R-17")


def set_speaker_names(vault: Vault, tid: str, names: dict[str, str]) -> dict[str, str]:
    present = {str(s["speaker"]) for s in load_segments(vault, tid) if s.get("speaker")}
    for label, name in names.items():
        if not LABEL.match(label) or label not in present:
            raise UsageError(f"{label!r} is not a speaker of this transcript ({', '.join(sorted(present)) or 'none'})")
        _check_name(vault, name)
    merged = {**speaker_names(vault, tid), **names}
    with vault.transaction() as conn:
        conn.execute("UPDATE transcripts SET speaker_names=? WHERE id=?", (json.dumps(merged), tid))
        vault.audit("speakers.name", tid, named=len(names))
    return merged


def speaker_summary(vault: Vault, tid: str, segments: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per speaker label: name, talking time, segment count and two sample lines from ``segments``."""
    get_transcript_info(vault, tid)
    names = speaker_names(vault, tid)
    raw = load_segments(vault, tid)
    out: dict[str, dict[str, Any]] = {}
    for index, seg in enumerate(raw):
        label = seg.get("speaker")
        if not label:
            continue
        item = out.setdefault(label, {"id": label, "name": names.get(label), "seconds": 0.0, "segments": 0,
                                      "samples": []})
        item["seconds"] += float(seg["end"]) - float(seg["start"])
        item["segments"] += 1
        if len(item["samples"]) < 2 and index < len(segments):
            item["samples"].append(str(segments[index]["text"]).strip())
    return [out[k] for k in sorted(out)]
