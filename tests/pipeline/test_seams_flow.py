"""Typed seams in the vault: stored segments, transcript status, the leak gate failing closed, self-auditing actions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake.errors import RefusedError
from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
from intake.pseudonymise.plan import add_item
from intake.review.leaks import known_matcher, leakcheck_transcripts, leaks_in
from intake.review.release import ExportRequest, select
from intake.review.speakers import speaker_overview
from intake.review.store import add_entity, entity_listing, latest_anonymised_segments, require_plan
from intake.review.workflow import pseudonymise, save_reviewed, transcript_planner, write_review_sheet
from intake.transcripts.run import transcribe_recording
from intake.transcripts.store import (
    StoredSegment,
    TranscriptStatus,
    get_transcript_info,
    load_segments,
    segments_to_json,
    transcript_facts,
)
from intake.vault.check import verify_audit
from transcribe import FakeEngine, FakeLine, TranscribeOptions

# An organisation's full name longer than a registered name may be (200 characters): the matcher cannot take it.
LONG_ORG = ("общественное объединение взаимной помощи семьям задержанных участников мирных собраний "
            "и их родственникам в малых городах и деревнях области при поддержке независимых юристов "
            "и волонтёров из соседних стран")


def _transcript(vault, make_media, lines: list[str], freq: int) -> str:  # type: ignore[no-untyped-def]
    rec = ingest_file(vault, make_media("wav", seconds=2.0, freq=freq), IngestOptions(interview=f"P-{freq}"))
    script = [FakeLine(i * 1.0, i * 1.0 + 0.9, text) for i, text in enumerate(lines)]
    return transcribe_recording(vault, rec.recording_id, FakeEngine(script, language="ru"),
                                TranscribeOptions(language="ru")).id


def _actions(vault) -> list[str]:  # type: ignore[no-untyped-def]
    return [r[0] for r in vault.conn.execute("SELECT action FROM audit ORDER BY seq")]


def test_a_planned_name_the_matcher_cannot_take_still_blocks_the_gate(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    assert len(LONG_ORG) > 200
    first = _transcript(vault, make_media, [f"Нам помогало {LONG_ORG}, спасибо им."], 610)
    pseudonymise(vault, first)
    text = load_segments(vault, first)[0].text
    start = text.index(LONG_ORG)
    plan = add_item(require_plan(vault, first), 0, text, start, start + len(LONG_ORG), "ORGANISATION",
                    transcript_planner(vault, first))
    save_reviewed(vault, first, plan)
    assert LONG_ORG not in latest_anonymised_segments(vault, first)[0].text  # type: ignore[index]
    second = _transcript(vault, make_media, [f"Потом {LONG_ORG} снова нам писало."], 620)
    pseudonymise(vault, second)  # pseudonymise masks what the gate would find (the same search)
    masked = [i for i in require_plan(vault, second).items if i.original == LONG_ORG]
    assert [(i.label, i.reason, i.decision) for i in masked] == [("ORGANISATION", "propagated:known", "suggested")]
    plan = require_plan(vault, second)
    save_reviewed(vault, second, plan.with_items([i for i in plan.items if i not in masked]))  # the item lost
    hits = leaks_in(vault, second)
    assert [h.kind for h in hits if h.surface == LONG_ORG] == ["registered:ORGANISATION"]
    assert known_matcher(vault).literals == (("ORGANISATION", LONG_ORG),)


def test_stored_segments_keep_the_stored_json_key_for_key(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    tid = _transcript(vault, make_media, ["первая фраза", "вторая фраза"], 630)
    stored = vault.conn.execute("SELECT segments FROM transcripts WHERE id=?", (tid,)).fetchone()[0]
    segments = load_segments(vault, tid)
    assert all(isinstance(s, StoredSegment) for s in segments)
    assert json.loads(segments_to_json(segments, transcript_facts(vault, tid))) == json.loads(stored)
    pseudonymise(vault, tid)
    anon = vault.conn.execute("SELECT segments FROM anonymised WHERE transcript_id=?", (tid,)).fetchone()[0]
    doc = json.loads(anon)
    assert set(doc["segments"][0]) == {"start", "end", "text", "speaker"}
    assert [s.to_dict() for s in latest_anonymised_segments(vault, tid) or []] == doc["segments"]
    with pytest.raises(AttributeError):
        segments[0].text = "changed"  # type: ignore[misc]


def test_only_approved_is_exportable(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert [s for s in TranscriptStatus if s.is_exportable()] == [TranscriptStatus.APPROVED]
    tid = _transcript(vault, make_media, ["Мы говорили долго."], 640)
    pseudonymise(vault, tid)
    save_reviewed(vault, tid, require_plan(vault, tid))
    assert get_transcript_info(vault, tid).status is TranscriptStatus.REVIEWED
    with pytest.raises(RefusedError, match="not approved"):
        select(vault, ExportRequest(to=tmp_path / "out", interviews=("P-640",)))


def test_audited_actions_audit_themselves(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_entity(vault, "Марина Ковальчук", "person", [], None)
    tid = _transcript(vault, make_media, ["Марина Ковальчук пишет письма."], 650)
    speaker_overview(vault, tid)  # no anonymised text yet: samples come from the raw text
    assert _actions(vault)[-1] == "transcript.read_raw"
    pseudonymise(vault, tid)
    assert len(entity_listing(vault)) == 1 and _actions(vault)[-1] == "entity.list"
    assert write_review_sheet(vault, tid, tmp_path / "sheet.tsv") >= 1
    assert _actions(vault)[-1] == "plan.sheet_export" and (tmp_path / "sheet.tsv").stat().st_mode & 0o777 == 0o600
    assert leakcheck_transcripts(vault) == {tid: []} and _actions(vault)[-1] == "leakcheck"
    assert verify_audit(vault).ok and _actions(vault)[-1] == "audit.verify"
