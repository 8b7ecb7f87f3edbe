"""Transcript versions that keep decisions: carrying a steward's work to a new version of a recording.

A recording transcribed again (``intake transcribe ID --again``) gets a new transcript version with new
segments. When that version is first pseudonymised, everything the steward decided on the version before
it (the newest earlier version with a plan) is carried over:

1. plan decisions (accepted, rejected, relabelled, merged, added text), moved by anchor
   (:mod:`intake.pseudonymise.carry`);
2. speaker names, for the speaker labels the new version has;
3. kept occurrences and released residual-risk hits, moved like plan items, when the text there is the
   same, character for character.

What could not be carried is stored with the new version in the ``carries`` table (this module owns it)
and listed for the reviewer by ``intake review``, ``intake transcripts show`` and :func:`carry_report`.
The list names kinds, labels, decisions, codes, segments and times: never the original text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from intake.clock import now_utc
from intake.review.releases import load_keeps, load_residual_releases, save_keeps_in_tx, save_residual_releases_in_tx
from intake.review.store import load_plan
from intake.transcripts.store import (
    StoredSegment,
    TranscriptInfo,
    get_transcript_info,
    lineage_versions,
    load_segments,
    save_speaker_names_in_tx,
    speaker_names,
)
from intake.vault.open import Vault

if TYPE_CHECKING:
    from intake.pseudonymise.carry import Timed
    from intake.pseudonymise.plan import Plan, PlanItem
    from intake.pseudonymise.releases import Release

REPORT_VERSION = 1


@dataclass(frozen=True)
class NotCarried:
    """One decision of the earlier version that the new version does not have (no original text)."""

    kind: str  # "decision", "speaker name", "kept occurrence", "residual release"
    label: str  # the plan label, the speaker label (S2) or the release kind
    decision: str  # accepted, rejected, relabelled, added; "" for names and releases
    segment: int | None  # in the earlier version
    start: float | None  # seconds, in the earlier version
    end: float | None
    code: str  # the replacement code, or the speaker's role

    def line(self) -> str:
        """``decision PERSON accepted [PERSON-03]: segment 4 (00:01:02-00:01:05)``."""
        what = " ".join(p for p in (self.kind, self.label, self.decision, self.code) if p)
        if self.segment is None or self.start is None or self.end is None:
            return what
        return f"{what}: segment {self.segment} ({_clock(self.start)}-{_clock(self.end)})"


@dataclass(frozen=True)
class CarryReport:
    """What a version took over from ``source_id`` (version ``source_version`` of the same recording)."""

    source_id: str
    source_version: int
    carried: int
    not_carried: tuple[NotCarried, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"source_id": self.source_id, "source_version": self.source_version, "carried": self.carried,
                "not_carried": [asdict(n) for n in self.not_carried]}


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _timed(segments: Sequence[StoredSegment]) -> list[Timed]:
    from intake.pseudonymise.carry import Timed

    return [Timed(s.start, s.end, s.text) for s in segments]


def _source(vault: Vault, info: TranscriptInfo) -> TranscriptInfo | None:
    """The newest earlier version of the same recording that has a plan."""
    earlier = [t for t in lineage_versions(vault, info) if t.version < info.version]
    return next((t for t in reversed(earlier) if load_plan(vault, t.id) is not None), None)


def _lost_item(item: PlanItem, old: Sequence[Timed]) -> NotCarried:
    seg = old[item.segment] if 0 <= item.segment < len(old) else None
    return NotCarried("decision", item.label, item.decision, item.segment, seg.start if seg else None,
                      seg.end if seg else None, item.replacement or item.action)


def _carry_names(vault: Vault, source: str, tid: str, new: Sequence[StoredSegment]) -> tuple[int, list[NotCarried]]:
    names = speaker_names(vault, source)
    present = {s.speaker for s in new if s.speaker}
    kept = {label: name for label, name in names.items() if label in present}
    if kept:
        save_speaker_names_in_tx(vault, tid, {**kept, **speaker_names(vault, tid)})
    lost = [NotCarried("speaker name", label, "", None, None, None, name)
            for label, name in sorted(names.items()) if label not in present]
    return len(kept), lost


def _move_release(release: Release, tid: str, old: Sequence[Timed], new: Sequence[Timed]) -> Release | None:
    from dataclasses import replace

    from intake.pseudonymise.carry import relocate

    if release.segment is None or release.start is None:
        return None
    place = relocate(old, new, release.segment, release.start, release.text)
    if place is None or new[place[0]].text[place[1]:place[1] + len(release.text)] != release.text:
        return None
    return replace(release, transcript=tid, segment=place[0], start=place[1], end=place[1] + len(release.text))


def _carry_releases(vault: Vault, source: str, tid: str, old: Sequence[Timed],
                    new: Sequence[Timed]) -> tuple[int, list[NotCarried]]:
    texts = [s.text for s in new]
    count, lost = 0, []
    for kind, releases in (("kept occurrence", load_keeps(vault, source)),
                           ("residual release", load_residual_releases(vault, source))):
        moved = [(r, _move_release(r, tid, old, new)) for r in releases]
        ok = [m for _, m in moved if m is not None]
        if kind == "kept occurrence":
            count += save_keeps_in_tx(vault, tid, ok, texts)
        else:
            count += save_residual_releases_in_tx(vault, tid, [(m, "carried") for m in ok], texts)
        for r, m in moved:
            if m is None:
                seg = old[r.segment] if r.segment is not None and 0 <= r.segment < len(old) else None
                lost.append(NotCarried(kind, r.kind, "", r.segment, seg.start if seg else None,
                                       seg.end if seg else None, ""))
    return count, lost


def carry_in_tx(vault: Vault, tid: str, plan: Plan) -> tuple[Plan, CarryReport | None]:
    """In the caller's transaction: ``plan`` (the first plan of version ``tid``) with every decision of the
    earlier version applied; speaker names and releases carried too; the report stored and audited.

    None for the report when there is no earlier planned version.
    """
    from intake.pseudonymise.carry import carry_plan
    from intake.review.store import require_plan

    source = _source(vault, get_transcript_info(vault, tid))
    if source is None:
        return plan, None
    old_raw, new_raw = load_segments(vault, source.id), load_segments(vault, tid)
    old, new = _timed(old_raw), _timed(new_raw)
    result = carry_plan(plan, require_plan(vault, source.id), old, new)
    names, lost_names = _carry_names(vault, source.id, tid, new_raw)
    releases, lost_releases = _carry_releases(vault, source.id, tid, old, new)
    lost = [_lost_item(i, old) for i in result.lost] + lost_names + lost_releases
    report = CarryReport(source.id, source.version, result.carried + names + releases, tuple(lost))
    vault.conn.execute("INSERT OR REPLACE INTO carries(transcript_id, source_id, doc, created) VALUES (?,?,?,?)",
                       (tid, source.id, json.dumps({"v": REPORT_VERSION, **report.to_dict()}), now_utc()))
    vault.audit("transcript.carry", tid, source=source.id, carried=report.carried, not_carried=len(lost))
    return result.plan, report


def carry_report(vault: Vault, tid: str) -> CarryReport | None:
    """What version ``tid`` took over from the version before it (None: it was not carried from one)."""
    row = vault.conn.execute("SELECT doc FROM carries WHERE transcript_id=?", (tid,)).fetchone()
    if row is None:
        return None
    doc = json.loads(row[0])
    lost = tuple(NotCarried(**n) for n in doc["not_carried"])
    return CarryReport(str(doc["source_id"]), int(doc["source_version"]), int(doc["carried"]), lost)
