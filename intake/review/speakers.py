"""Speaker turns: diarize the in-memory audio, split segments at speaker changes, name speakers by role.

Speaker names are roles or pseudonymous codes ("Interviewer", "Respondent", "R-17"), never personal
names: a name is refused when the detector or the registry sees an identifier in it.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from intake.errors import UsageError
from intake.transcripts.store import get_transcript_info, load_segments, speaker_names
from intake.vault.open import Vault

if TYPE_CHECKING:
    pass

LABEL = re.compile(r"^S[1-9]$")
MAX_NAME = 40


def _check_name(vault: Vault, name: str) -> None:
    from intake.pseudonymise import detect
    from intake.pseudonymise.leakcheck import leakcheck
    from intake.review.leaks import known_matcher

    if not name.strip() or len(name) > MAX_NAME or any(c in name for c in "\n\r\t[]"):
        raise UsageError(f"speaker names are short roles or codes (at most {MAX_NAME} characters)")
    # Uncertain candidates (any capitalised or Latin word) are not evidence here: a role is such a word.
    hits = [s for lang in ("ru", "en") for s in detect(name, lang)
            if s.label not in ("AGE_OR_SENTENCE",) and not s.uncertain]
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
