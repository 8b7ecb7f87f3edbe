"""Review edits the workspace makes, through the library: every occurrence, selections, corrections, gates."""

from __future__ import annotations

import pytest

from intake.errors import RefusedError, UsageError
from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
from intake.pseudonymise.decisions import decide_every
from intake.pseudonymise.plan import decide
from intake.pseudonymise.steward import add_selection
from intake.review.edits import (
    approval_blockers,
    approve_decided,
    correct_segment,
    register_selection,
    save_decisions,
)
from intake.review.residual import release_findings
from intake.review.store import add_entity, require_plan
from intake.review.workflow import approve, pseudonymise, transcript_planner
from intake.transcripts.run import transcribe_recording
from intake.transcripts.store import get_transcript_info, load_segments, segment_texts
from transcribe import FakeEngine, FakeLine, TranscribeOptions

LINES = ["Я пишу Марине Ковальчук каждую неделю.", "Марина Ковальчук отвечает из Гомеля.",
         "Потом приехал Зайчык и все рассказал."]


@pytest.fixture
def tid(vault, make_media) -> str:  # type: ignore[no-untyped-def]
    add_entity(vault, "Марина Ковальчук", "person", [], "f")
    rec = ingest_file(vault, make_media("wav", seconds=2.0, freq=310), IngestOptions(interview="P-310"))
    engine = FakeEngine([FakeLine(i * 1.0, i + 0.9, t) for i, t in enumerate(LINES)], language="ru")
    out = transcribe_recording(vault, rec.recording_id, engine, TranscribeOptions(language="ru")).id
    pseudonymise(vault, out)
    return out


def test_a_decision_for_every_occurrence(vault, tid: str) -> None:  # type: ignore[no-untyped-def]
    plan = require_plan(vault, tid)
    marina = [i for i in plan.items if "Ковальчук" in i.original]
    assert len(marina) == 2
    decided, count = decide_every(plan, marina[0].id, "rejected", decided_too=True)
    assert count == 2
    assert all(i.decision == "rejected" for i in decided.items if i.entity_key == marina[0].entity_key)
    assert any(i.decision == "suggested" for i in decided.items if i.entity_key != marina[0].entity_key)


def test_a_selection_proposes_its_other_inflected_forms(vault, tid: str) -> None:  # type: ignore[no-untyped-def]
    texts = segment_texts(vault, tid)
    plan = require_plan(vault, tid).with_items([])
    start = texts[1].index("Гомеля")
    new, proposed = add_selection(plan, texts, 1, start, start + len("Гомеля"), "LOCATION",
                                  transcript_planner(vault, tid))
    chosen = [i for i in new.items if i.segment == 1 and i.original == "Гомеля"]
    assert chosen and chosen[0].decision == "added" and proposed == 0
    start = texts[0].index("Марине")
    new, proposed = add_selection(plan, texts, 0, start, start + len("Марине Ковальчук"), "PERSON",
                                  transcript_planner(vault, tid))
    assert proposed == 1  # «Марина Ковальчук» in segment 1, another case of the same name
    assert {i.decision for i in new.items} == {"added", "suggested"}


def test_saved_decisions_gate_approval_until_the_anonymised_version_follows(vault, tid: str) -> None:  # type: ignore[no-untyped-def]
    plan = require_plan(vault, tid)
    for item in plan.items:
        plan = decide(plan, item.id, "rejected" if item.label == "LOCATION" else "accepted")
    assert any(i.decision == "rejected" for i in plan.items)
    save_decisions(vault, tid, plan, "plan.decide")
    with pytest.raises(RefusedError, match="plan changed"):
        approve(vault, tid)  # the CLI gate: the stored anonymised text is not this plan yet
    blockers = approval_blockers(vault, tid)
    # the rejected place is a capitalised word the independent residual-risk check still flags
    assert [(b.kind, b.text) for b in blockers] == [("residual", "capitalised: Гомеля")]
    release_findings(vault, tid, [blockers[0].item_id], "a regional city, named on purpose")
    assert approval_blockers(vault, tid) == []
    approve_decided(vault, tid)
    assert get_transcript_info(vault, tid).status == "approved"


def test_approval_lists_undecided_items_and_leaks(vault, tid: str) -> None:  # type: ignore[no-untyped-def]
    plan = require_plan(vault, tid)
    marina = next(i for i in plan.items if "Ковальчук" in i.original)
    save_decisions(vault, tid, decide_every(plan, marina.id, "rejected", decided_too=True)[0], "plan.decide")
    kinds = {b.kind for b in approval_blockers(vault, tid)}
    assert kinds == {"undecided", "leak", "residual"}  # the rejected surname is also a residual-risk hit
    with pytest.raises(RefusedError, match="not decided"):
        approve_decided(vault, tid)


def test_correcting_a_segment_makes_a_version_and_carries_decisions(vault, tid: str) -> None:  # type: ignore[no-untyped-def]
    plan = require_plan(vault, tid)
    for item in plan.items:
        plan = decide(plan, item.id, "accepted")
    save_decisions(vault, tid, plan, "plan.decide")
    done = correct_segment(vault, tid, 2, "Потом приехал Зайчик и все рассказал.")
    assert done.version == 2 and load_segments(vault, done.transcript_id)[2].text.startswith("Потом приехал Зайчик")
    assert load_segments(vault, tid)[2].text == LINES[2]
    carried = require_plan(vault, done.transcript_id)
    kept = {i.id for i in carried.items if i.decision == "accepted"}
    assert {i.id for i in plan.items if i.segment < 2} <= kept
    assert all(i.segment == 2 for i in done.lost)
    row = vault.conn.execute("SELECT details FROM audit WHERE action='transcript.correct'").fetchone()
    assert row is not None and "Зайч" not in str(row[0])


def test_registering_a_selection_masks_every_match(vault, tid: str) -> None:  # type: ignore[no-untyped-def]
    entity, masked = register_selection(vault, tid, "Зайчык", "person", ["Заяц"])
    assert entity.aliases == ("Заяц",) and masked == 1
    items = [i for i in require_plan(vault, tid).items if i.original == "Зайчык"]
    assert items and items[0].decision == "accepted" and items[0].entity_key == entity.key


def test_a_workspace_merge_reaches_every_interview_with_one_code(vault, tid: str, make_media) -> None:  # type: ignore[no-untyped-def]
    """The workspace merges through the terminal review's mechanism: one entity, one code, in every plan."""
    from intake.review.edits import merge_into, merge_targets
    from intake.review.merging import code_conflicts

    rec = ingest_file(vault, make_media("wav", seconds=1.0, freq=330), IngestOptions(interview="P-311"))
    engine = FakeEngine([FakeLine(0.0, 0.9, "Потом приехал Зайчык и все рассказал.")], language="ru")
    other = transcribe_recording(vault, rec.recording_id, engine, TranscribeOptions(language="ru")).id
    pseudonymise(vault, other)
    plan = require_plan(vault, tid)
    zaichyk = next(i for i in plan.items if "Зайчык" in i.original)
    marina = next(i for i in plan.items if "Ковальчук" in i.original)
    assert merge_targets(vault, plan)[marina.entity_key][0] == "PERSON"
    with pytest.raises(UsageError, match="same kind"):
        merge_into(vault, tid, plan, zaichyk.id, next(i for i in plan.items if i.label == "LOCATION").entity_key)
    merged = merge_into(vault, tid, plan, zaichyk.id, marina.entity_key)
    code = next(i.replacement for i in merged.items if i.id == marina.id)
    assert next(i.replacement for i in merged.items if i.id == zaichyk.id) == code
    elsewhere = [i for i in require_plan(vault, other).items if "Зайчык" in i.original]
    assert elsewhere and all(i.replacement == code for i in elsewhere)  # the other interview follows
    assert code_conflicts(vault) == []
