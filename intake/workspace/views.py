"""What the page shows, as plain JSON-ready dicts built from library values (no decisions are made here)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from intake.errors import IntakeError
from intake.pseudonymise.apply import apply_items
from intake.pseudonymise.plan import Plan, PlanItem
from intake.transcripts.store import StoredSegment, TranscriptInfo, TranscriptStatus

# Worklist order (the review workflow's): work to do first, then what waits for approval, then what is done.
STATUS_RANK = {TranscriptStatus.DRAFT: 0, TranscriptStatus.REVIEWED: 1, TranscriptStatus.APPROVED: 2}


def item_view(item: PlanItem) -> dict[str, Any]:
    return {"id": item.id, "segment": item.segment, "start": item.start, "end": item.end, "label": item.label,
            "original": item.original, "replacement": item.replacement or f"[{item.action}]",
            "decision": item.decision, "source": item.source, "key": item.entity_key, "action": item.action,
            "uncertain": item.source.startswith("candidates:")}


def preview(text: str, items: Sequence[PlanItem]) -> str:
    """The segment as it would be exported (or a notice when the plan no longer fits its text)."""
    try:
        return apply_items(text, items).text
    except IntakeError:
        return "(this segment's plan no longer fits its text: it will be planned again)"


def segment_view(index: int, seg: StoredSegment, items: Sequence[PlanItem], names: Mapping[str, str]) -> dict[str, Any]:
    speaker = names.get(seg.speaker, seg.speaker) if seg.speaker else None
    return {"i": index, "start": seg.start, "end": seg.end, "speaker": speaker, "text": seg.text,
            "flags": list(seg.flags), "preview": preview(seg.text, items), "items": [item_view(i) for i in items]}


def progress(plan: Plan) -> dict[str, int]:
    return {"decided": sum(1 for i in plan.items if i.decision != "suggested"), "total": len(plan.items)}


def entity_choices(plan: Plan, registered: Iterable[tuple[str, str, str, str | None]]) -> list[dict[str, Any]]:
    """Merge targets: every entity of this plan and every registered one, each with its code (never free text).
    ``registered`` holds (key, label, name, code)."""
    seen: dict[str, dict[str, Any]] = {}
    for item in plan.items:
        if item.action == "pseudonym" and item.entity_key not in seen:
            seen[item.entity_key] = {"key": item.entity_key, "label": item.label, "name": item.original,
                                     "code": item.replacement}
    for key, label, name, code in registered:
        seen.setdefault(key, {"key": key, "label": label, "name": name, "code": code or "(no code yet)"})
    return sorted(seen.values(), key=lambda e: (e["label"], str(e["code"]), e["name"]))


def transcript_view(info: TranscriptInfo, segments: Sequence[StoredSegment], plan: Plan, names: Mapping[str, str],
                    *, audio: str | None) -> dict[str, Any]:
    by_segment: dict[int, list[PlanItem]] = {}
    for item in plan.items:
        by_segment.setdefault(item.segment, []).append(item)
    return {"id": info.id, "interview": info.interview_id, "version": info.version, "status": info.status.value,
            "language": info.language, "audio": audio, "progress": progress(plan),
            "segments": [segment_view(n, s, by_segment.get(n, []), names) for n, s in enumerate(segments)]}


def changed_segments(old: Plan, new: Plan) -> list[int]:
    """Segments whose items differ between two plans (what the page must redraw)."""
    before = {i.id: i for i in old.items}
    after = {i.id: i for i in new.items}
    ids = set(before) | set(after)
    return sorted({(after.get(i) or before[i]).segment for i in ids if before.get(i) != after.get(i)})


def worklist_row(info: TranscriptInfo, plan: Plan | None, audio: bool) -> dict[str, Any]:
    done = progress(plan) if plan else None
    return {"id": info.id, "interview": info.interview_id, "version": info.version, "status": info.status.value,
            "segments": info.segments, "planned": plan is not None, "progress": done, "audio": audio,
            "created": info.created}


def worklist_order(row: dict[str, Any]) -> tuple[int, int, str]:
    done = row["progress"]
    undecided = 0 if done is None else done["total"] - done["decided"]
    rank = STATUS_RANK.get(TranscriptStatus(row["status"]), 3)
    return (rank, 0 if undecided or not row["planned"] else 1, row["interview"])
