"""Pseudonymisation stored in the vault: consistency across transcripts, review carried forward, gates, audit."""

from __future__ import annotations

import pytest

from intake.errors import RefusedError, ResidualRiskError
from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
from intake.pseudonymise.plan import decide
from intake.review.leaks import leaks_in
from intake.review.residual import release_findings, residual_check
from intake.review.store import add_entity, require_plan
from intake.review.workflow import approve, latest_anonymised_segments, pseudonymise, reidentify, save_reviewed
from intake.transcripts.run import transcribe_recording
from intake.transcripts.store import get_transcript_info
from transcribe import FakeEngine, FakeLine, TranscribeOptions


def _transcript(vault, make_media, lines: list[str], freq: int) -> str:  # type: ignore[no-untyped-def]
    rec = ingest_file(vault, make_media("wav", seconds=2.0, freq=freq), IngestOptions(interview=f"P-{freq}"))
    script = [FakeLine(i * 1.0, i * 1.0 + 0.9, text) for i, text in enumerate(lines)]
    engine = FakeEngine(script, language="ru")
    return transcribe_recording(vault, rec.recording_id, engine, TranscribeOptions(language="ru")).id


def _text(vault, tid: str) -> str:  # type: ignore[no-untyped-def]
    return " ".join(s.text for s in latest_anonymised_segments(vault, tid))


def test_registered_name_in_every_case_gets_one_code_across_transcripts(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    add_entity(vault, "Марина Ковальчук", "person", ["Маринка"], None)
    a = _transcript(vault, make_media, ["Я пишу Марине Ковальчук каждую неделю.", "Маринка отвечает коротко."], 300)
    b = _transcript(vault, make_media, ["Мы встретились с Мариной Ковальчук в Вильнюсе."], 400)
    pseudonymise(vault, a)
    pseudonymise(vault, b)
    text_a, text_b = _text(vault, a), _text(vault, b)
    for form in ("Марин", "Ковальчук", "Маринка"):
        assert form not in text_a + text_b
    codes_a = {i.replacement for i in require_plan(vault, a).items if i.label == "PERSON"}
    codes_b = {i.replacement for i in require_plan(vault, b).items if i.label == "PERSON"}
    assert codes_a == codes_b and len(codes_a) == 1


def test_review_decisions_survive_a_rerun(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    tid = _transcript(vault, make_media, ["Марина сидит в Гомеле, звоните в фонд: +375 29 123-45-67."], 500)
    pseudonymise(vault, tid)
    plan = require_plan(vault, tid)
    phone = next(i for i in plan.items if i.label == "PHONE")
    save_reviewed(vault, tid, decide(plan, phone.id, "rejected"))  # the steward: a public hotline, keep it
    pseudonymise(vault, tid)  # re-run: the decision is carried forward
    again = {i.id: i for i in require_plan(vault, tid).items}
    assert again[phone.id].decision == "rejected"
    assert "+375 29 123-45-67" in _text(vault, tid)
    # A rejection is a decision, not a release: the independent residual-risk gate still sees the number
    # until the steward releases it with a reason, one hit at a time (audited).
    with pytest.raises(ResidualRiskError, match="2 unresolved hit"):
        approve(vault, tid, accept_rest=True)
    release_findings(vault, tid, [f.id for f in residual_check(vault, tid).left], "a public hotline")
    approve(vault, tid, accept_rest=True)
    assert get_transcript_info(vault, tid).status == "approved"


def test_approve_is_refused_while_a_known_name_is_left(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    tid = _transcript(vault, make_media, ["Передачи собирали у соседки, у Стефании Борисевич."], 550)
    pseudonymise(vault, tid)
    plan = require_plan(vault, tid)
    person = [i for i in plan.items if i.label == "PERSON"]
    save_reviewed(vault, tid, plan.with_items([i for i in plan.items if i not in person]))  # items lost
    add_entity(vault, "Стефания Борисевич", "person", [], "f")
    with pytest.raises(RefusedError, match="leak check"):
        approve(vault, tid, accept_rest=True)
    assert get_transcript_info(vault, tid).status != "approved"


def test_leakcheck_finds_a_name_registered_later_in_an_inflected_form(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    tid = _transcript(vault, make_media, ["Передачу для Зайчыка собирали всей улицей."], 600)
    pseudonymise(vault, tid)
    add_entity(vault, "Зайчык", "person", [], "m")
    hits = leaks_in(vault, tid)
    if "Зайчык" in _text(vault, tid):  # the detector did not catch the nickname: the registry-based check must
        assert any("Зайчык" in h.surface for h in hits)
    pseudonymise(vault, tid)
    assert not [h for h in leaks_in(vault, tid) if "Зайч" in h.surface]


def test_reidentify_is_audited(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    add_entity(vault, "Дмитрий Зайцев", "person", [], None)
    tid = _transcript(vault, make_media, ["Дмитрия Зайцева задержали."], 700)
    pseudonymise(vault, tid)
    code = next(i.replacement for i in require_plan(vault, tid).items if i.label == "PERSON")
    info = reidentify(vault, code)
    assert info["registered_names"] == ["Дмитрий Зайцев"] and tid in info["mentions"]
    actions = [r[0] for r in vault.conn.execute("SELECT action FROM audit")]
    assert "pseudonym.reidentify" in actions


def test_approve_works_for_a_clean_transcript(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    tid = _transcript(vault, make_media, ["Андрея Коваленко перевели в ИК-15 в Могилёве."], 800)
    pseudonymise(vault, tid)
    approve(vault, tid, accept_rest=True)
    assert get_transcript_info(vault, tid).status == "approved"
