"""Speaker turns from the vault: real model + diarization on the bundled two-voice sample, role names, export."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from intake.errors import UsageError
from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
from intake.review.release import ExportRequest, export
from intake.review.speakers import set_speaker_names, speaker_summary
from intake.review.workflow import approve, latest_anonymised_segments, pseudonymise
from intake.transcripts.run import transcribe_recording
from intake.transcripts.store import load_segments

SAMPLE = Path(__file__).resolve().parents[2] / "scripts" / "sample" / "sample-interview.ogg"


@pytest.fixture
def two_voice(vault, tmp_path: Path):  # type: ignore[no-untyped-def]
    from transcribe import TranscribeOptions, load_engine

    src = tmp_path / "s.ogg"
    shutil.copy(SAMPLE, src)
    rec = ingest_file(vault, src, IngestOptions(interview="P-050", language="en"))
    opts = TranscribeOptions(language="en", word_timestamps=True)
    return transcribe_recording(vault, rec.recording_id, load_engine(), opts, speakers=2).id


@pytest.mark.model
def test_two_voices_get_two_labels_and_questions_share_one(vault, two_voice: str) -> None:  # type: ignore[no-untyped-def]
    segs = load_segments(vault, two_voice)
    assert {s.speaker for s in segs} == {"S1", "S2"}
    questions = [s.speaker for s in segs if s.text.strip().endswith("?")]
    answers = [s.speaker for s in segs if "letters" in s.text or "detained" in s.text]
    assert questions and answers and len(set(questions)) == 1 and set(answers).isdisjoint(questions)


@pytest.mark.model
def test_role_names_leak_gate_and_export(vault, two_voice: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from intake.review.store import add_entity

    add_entity(vault, "Pavel Sokolov", "person", [], "m")
    with pytest.raises(UsageError, match="role"):
        set_speaker_names(vault, two_voice, {"S1": "Pavel Sokolov"})
    with pytest.raises(UsageError, match="role"):
        set_speaker_names(vault, two_voice, {"S1": "Maria Ivanova"})
    first = load_segments(vault, two_voice)[0].speaker
    assert first is not None
    other = "S2" if first == "S1" else "S1"
    set_speaker_names(vault, two_voice, {first: "Interviewer", other: "Respondent"})
    pseudonymise(vault, two_voice)
    assert {s.speaker for s in latest_anonymised_segments(vault, two_voice)} == {"Interviewer", "Respondent"}
    summary = speaker_summary(vault, two_voice, latest_anonymised_segments(vault, two_voice))
    assert {i.name for i in summary} == {"Interviewer", "Respondent"} and all(i.samples for i in summary)
    approve(vault, two_voice, accept_rest=True)
    record = export(vault, ExportRequest(to=tmp_path / "out", all_approved=True, formats=frozenset({"txt"})))
    txt = (Path(record.destination) / "txt" / "P-050.txt").read_text(encoding="utf-8-sig")
    assert "Interviewer" in txt and "Respondent" in txt
