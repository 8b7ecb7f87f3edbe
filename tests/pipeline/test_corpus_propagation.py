"""Issue 14, mechanism 1 (vault part): a person confirmed in one interview is masked in all, with one code.

Confirmed means registered (``entities add``) or accepted, relabelled or added by the steward in review.
Suggestions nobody decided on, and rejected items (uncertain candidates included), never propagate.
"""

from __future__ import annotations

from pathlib import Path

from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
from intake.pseudonymise.plan import decide
from intake.review.store import CatalogStore, require_plan
from intake.review.workflow import pseudonymise, save_reviewed
from intake.transcripts.run import transcribe_recording
from transcribe import FakeEngine, FakeLine, TranscribeOptions

A = ["Вчера Сергей Сакулов пришёл на суд.", "Его поддержали."]
B = ["Потом Серёжа Сакулов позвонил мне.", "Брат Сакулова молчал.", "я видел сакулова вчера у суда"]


def _transcript(vault, make_media, lines: list[str], freq: int) -> str:  # type: ignore[no-untyped-def]
    rec = ingest_file(vault, make_media("wav", seconds=2.0, freq=freq), IngestOptions(interview=f"P-{freq}"))
    engine = FakeEngine([FakeLine(i * 1.0, i * 1.0 + 0.9, t) for i, t in enumerate(lines)], language="ru")
    return transcribe_recording(vault, rec.recording_id, engine, TranscribeOptions(language="ru")).id


def _decided_in_a(vault, make_media, decision: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Interview A with its one person decided; (A's person key, A's code)."""
    tid = _transcript(vault, make_media, A, 1301)
    pseudonymise(vault, tid)
    plan = require_plan(vault, tid)
    (person,) = [i for i in plan.items if i.label == "PERSON"]
    assert person.original == "Сергей Сакулов"
    save_reviewed(vault, tid, decide(plan, person.id, decision))
    return person.entity_key, person.replacement


def _people(vault, tid: str) -> list[tuple[int, str, str, str]]:  # type: ignore[no-untyped-def]
    return [(i.segment, i.original, i.replacement, i.entity_key)
            for i in require_plan(vault, tid).items if i.label == "PERSON"]


def test_a_person_accepted_in_one_interview_gets_the_same_code_in_another(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    key, code = _decided_in_a(vault, make_media, "accepted")
    tid = _transcript(vault, make_media, B, 1302)
    pseudonymise(vault, tid)
    people = _people(vault, tid)
    assert [(s, o) for s, o, _, _ in people] == [(0, "Серёжа Сакулов"), (1, "Сакулова"), (2, "сакулова")]
    assert {(r, k) for _, _, r, k in people} == {(code, key)}, people
    assert all(i.source.startswith("registry") for i in require_plan(vault, tid).items if i.label == "PERSON")


def test_a_rejected_person_never_feeds_the_registry(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    key, _code = _decided_in_a(vault, make_media, "rejected")
    tid = _transcript(vault, make_media, B, 1303)
    pseudonymise(vault, tid)
    items = [i for i in require_plan(vault, tid).items if i.label == "PERSON"]
    assert items and not any(i.source.startswith("registry") for i in items)
    assert key not in {i.entity_key for i in items}


def test_an_unreviewed_suggestion_does_not_propagate(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    tid_a = _transcript(vault, make_media, A, 1304)
    pseudonymise(vault, tid_a)
    tid = _transcript(vault, make_media, B, 1305)
    pseudonymise(vault, tid)
    assert not any(i.source.startswith("registry") for i in require_plan(vault, tid).items)
    assert CatalogStore(vault).code_for(_people(vault, tid_a)[0][3]) is not None


def test_a_registered_person_is_masked_with_one_code_in_every_interview(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from intake.review.store import add_entity

    entity = add_entity(vault, "Сергей Сакулов", "person", [], "m")
    tids = [_transcript(vault, make_media, lines, freq) for lines, freq in ((A, 1306), (B, 1307))]
    for tid in tids:
        pseudonymise(vault, tid)
    codes = {r for tid in tids for _, _, r, k in _people(vault, tid) if k == entity.key}
    assert len(codes) == 1 and len(_people(vault, tids[1])) == 3
    assert {k for tid in tids for _, _, _, k in _people(vault, tid)} == {entity.key}
