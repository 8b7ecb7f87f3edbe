"""Speaker turns: name speakers by role and summarise who speaks how much.

Speaker names are roles or pseudonymous codes ("Interviewer", "Respondent", "R-17"), never personal
names: a name is refused when the detector or the leak gate sees an identifier in it, or when it spells a
registered name the way an interview code may not (``Petrov-1``, ``IvanPetrov``:
:func:`intake.pseudonymise.codenames.code_names_entity`). Renaming a speaker changes what an export shows, so
it withdraws an approval (the transcript is approved again through every gate); the residual-risk scan reads
speaker names too (:func:`intake.review.residual.scan_speakers`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from intake.errors import UsageError
from intake.review.leaks import names_leak
from intake.review.store import latest_anonymised_segments, list_entities, require_plan
from intake.transcripts.store import (
    StoredSegment,
    TranscriptStatus,
    get_transcript_info,
    load_segments,
    save_speaker_names_in_tx,
    set_status_in_tx,
    speaker_names,
)
from intake.vault.open import Vault

LABEL = re.compile(r"^S[1-9]$")
MAX_NAME = 40


@dataclass
class SpeakerSummary:
    """One speaker label: its name (role), talking time, segment count and up to two sample lines."""

    id: str
    name: str | None
    seconds: float = 0.0
    segments: int = 0
    samples: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "seconds": self.seconds, "segments": self.segments,
                "samples": list(self.samples)}


def _check_name(vault: Vault, name: str, tid: str | None = None) -> None:
    from intake.pseudonymise import detect
    from intake.pseudonymise.codenames import code_names_entity

    if not name.strip() or len(name) > MAX_NAME or any(c in name for c in "\n\r\t[]"):
        raise UsageError(f"speaker names are short roles or codes (at most {MAX_NAME} characters)")
    # Uncertain candidates (any capitalised or Latin word) are not evidence here: a role is such a word.
    hits = [s for lang in ("ru", "en") for s in detect(name, lang)
            if s.label not in ("AGE_OR_SENTENCE",) and not s.uncertain]
    if hits or names_leak(vault, name, tid) or code_names_entity(name, list_entities(vault)):
        raise UsageError("a speaker name must be a role or a pseudonymous code, not an identifying name",
                         hint="use e.g. Interviewer, Respondent, Lawyer, R-17")


def set_speaker_names(vault: Vault, tid: str, names: Mapping[str, str]) -> dict[str, str]:
    present = {s.speaker for s in load_segments(vault, tid) if s.speaker}
    for label, name in names.items():
        if not LABEL.match(label) or label not in present:
            raise UsageError(f"{label!r} is not a speaker of this transcript ({', '.join(sorted(present)) or 'none'})")
        _check_name(vault, name, tid)
    before = speaker_names(vault, tid)
    merged = {**before, **names}
    if merged == before:
        return merged
    with vault.transaction():
        save_speaker_names_in_tx(vault, tid, merged)
        reopened = _withdraw_approval_in_tx(vault, tid)
        vault.audit("speakers.name", tid, named=len(names), reopened=reopened)
    return merged


def _withdraw_approval_in_tx(vault: Vault, tid: str) -> bool:
    """An approved transcript whose speakers were renamed is reviewed (or a draft) again: what it exports changed."""
    from intake.review.planning import completeness_status

    if get_transcript_info(vault, tid).status is not TranscriptStatus.APPROVED:
        return False
    set_status_in_tx(vault, tid, completeness_status(require_plan(vault, tid)))
    return True


def speaker_summary(vault: Vault, tid: str, segments: Sequence[StoredSegment]) -> list[SpeakerSummary]:
    """Per speaker label: name, talking time, segment count and two sample lines from ``segments``."""
    get_transcript_info(vault, tid)
    names = speaker_names(vault, tid)
    out: dict[str, SpeakerSummary] = {}
    for index, seg in enumerate(load_segments(vault, tid)):
        if not seg.speaker:
            continue
        item = out.setdefault(seg.speaker, SpeakerSummary(seg.speaker, names.get(seg.speaker)))
        item.seconds += seg.end - seg.start
        item.segments += 1
        if len(item.samples) < 2 and index < len(segments):
            item.samples.append(segments[index].text.strip())
    return [out[k] for k in sorted(out)]


def speaker_overview(vault: Vault, tid: str, names: Mapping[str, str] | None = None) -> list[SpeakerSummary]:
    """Name speakers (if ``names``), then summarise them with sample lines from the anonymised text when there
    is one, else from the raw text (that read is audited)."""
    if names:
        set_speaker_names(vault, tid, names)
    shown = latest_anonymised_segments(vault, tid)
    if shown is None:
        vault.audit("transcript.read_raw", tid, purpose="speakers")
        shown = load_segments(vault, tid)
    return speaker_summary(vault, tid, shown)
