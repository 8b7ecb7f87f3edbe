"""Speech is never dropped silently: coverage, flagged gaps, the no-text warning, languages, word confidence."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from intake.errors import UsageError
from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
from intake.transcripts.facts import LANGUAGE_OUTSIDE, NO_TEXT, SPEECH_NOT_TRANSCRIBED
from intake.transcripts.languages import set_study_languages, study_languages
from intake.transcripts.run import options_for, transcribe_recording
from intake.transcripts.store import (
    get_transcript_info,
    list_transcripts,
    load_segments,
    low_confidence_words,
    transcript_facts,
)
from transcribe import FakeEngine, FakeLine, TranscribeOptions
from transcribe.guards import SPEECH_NOT_TRANSCRIBED as GAP_FLAG

RUSSIAN = ("Сегодня хорошая погода. Мы идём домой по длинной улице. Один, два, три, четыре, пять. "
           "Завтра будет дождь, и мы останемся дома.")


def espeak_wav(tmp_path: Path, text: str = RUSSIAN, voice: str = "ru") -> Path:
    out = tmp_path / "in" / "speech.wav"
    out.parent.mkdir(exist_ok=True)
    subprocess.run(["espeak-ng", "-v", voice, "-s", "130", "-w", str(out), text], check=True)
    return out


def test_speech_with_no_segments_is_a_warning_and_a_flagged_segment(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rec = ingest_file(vault, espeak_wav(tmp_path), IngestOptions(interview="P-1")).recording_id
    info = transcribe_recording(vault, rec, FakeEngine(script=[]), TranscribeOptions(language="ru"))
    facts = transcript_facts(vault, info.id)
    assert [w.kind for w in facts.warnings] == [NO_TEXT]
    assert facts.speech_s > 3.0 and facts.coverage == 0.0 and info.coverage == 0.0 and info.warnings == 1
    segments = load_segments(vault, info.id)
    assert len(segments) == 1 and segments[0].text == "" and segments[0].flags == (GAP_FLAG,)
    assert info.flagged == 1
    assert segments[0].end - segments[0].start == pytest.approx(facts.speech_s, abs=0.01)


def test_a_long_gap_in_speech_is_flagged_and_counted(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rec = ingest_file(vault, espeak_wav(tmp_path), IngestOptions(interview="P-1")).recording_id
    engine = FakeEngine([FakeLine(0.0, 2.0, "Сегодня хорошая погода.")])
    info = transcribe_recording(vault, rec, engine, TranscribeOptions(language="ru"))
    facts = transcript_facts(vault, info.id)
    assert [w.kind for w in facts.warnings] == [SPEECH_NOT_TRANSCRIBED]
    assert 0.0 < facts.coverage < 0.5 and facts.gaps == 1
    texts = [(s.text, s.flags) for s in load_segments(vault, info.id)]
    assert texts == [("Сегодня хорошая погода.", ()), ("", (GAP_FLAG,))]


def test_silence_is_not_a_warning(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    rec = ingest_file(vault, make_media("wav", seconds=3.0), IngestOptions(interview="P-1")).recording_id
    info = transcribe_recording(vault, rec, FakeEngine(script=[]), TranscribeOptions())
    facts = transcript_facts(vault, info.id)
    assert (facts.speech_s, facts.warnings, info.coverage, info.segments) == (0.0, (), 1.0, 0)


def test_older_transcripts_without_facts_read_as_unmeasured(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    rec = ingest_file(vault, make_media("wav", seconds=2.0), IngestOptions(interview="P-1")).recording_id
    info = transcribe_recording(vault, rec, FakeEngine([FakeLine(0, 1, "x")]), TranscribeOptions())
    with vault.transaction() as conn:
        conn.execute("UPDATE transcripts SET segments=json_remove(segments, '$.facts') WHERE id=?", (info.id,))
    assert get_transcript_info(vault, info.id).coverage is None
    assert transcript_facts(vault, info.id).warnings == ()
    assert [s.text for s in load_segments(vault, info.id)] == ["x"]


def test_study_languages_default_set_and_refuse(vault) -> None:  # type: ignore[no-untyped-def]
    assert study_languages(vault) == ("ru", "be", "en")
    assert set_study_languages(vault, "be, RU,uk") == ("be", "ru", "uk")
    assert study_languages(vault) == ("be", "ru", "uk")
    with pytest.raises(UsageError, match=r"'rus'.*valid: af"):
        set_study_languages(vault, "rus")
    assert study_languages(vault) == ("be", "ru", "uk")
    assert "settings.languages" in [r[0] for r in vault.conn.execute("SELECT action FROM audit")]


def test_detection_outside_the_study_is_a_warning(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    rec_id = ingest_file(vault, make_media("wav", seconds=2.0), IngestOptions(interview="P-1")).recording_id
    from intake.ingest.recordings import get_recording

    opts = options_for(vault, get_recording(vault, rec_id))
    assert (opts.language, opts.languages) == (None, ("ru", "be", "en"))
    engine = FakeEngine([FakeLine(0.0, 1.0, "dzień dobry")], language="pl", language_probability=0.4)
    info = transcribe_recording(vault, rec_id, engine, opts)
    assert info.language == "ru"
    [warning] = transcript_facts(vault, info.id).warnings
    assert warning.kind == LANGUAGE_OUTSIDE and "'pl'" in warning.message and "ru, be, en" in warning.message
    forced = options_for(vault, get_recording(vault, rec_id), language="be")
    assert (forced.language, forced.languages) == ("be", None)


def test_low_confidence_words_for_review(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    rec = ingest_file(vault, make_media("wav", seconds=3.0), IngestOptions(interview="P-1")).recording_id
    info = transcribe_recording(vault, rec, FakeEngine([FakeLine(0.0, 2.0, "меня зовут Ира")]),
                                TranscribeOptions(word_timestamps=True))
    assert low_confidence_words(vault, info.id, 0.5) == []
    found = low_confidence_words(vault, info.id, 0.95)
    assert [(w.segment, w.word, w.probability) for w in found] == [(0, "меня", 0.9), (0, "зовут", 0.9), (0, "Ира", 0.9)]
    assert found[2].start == pytest.approx(4 / 3, abs=0.01) and found[2].end == pytest.approx(2.0)
    assert list_transcripts(vault)[0].warnings == 0
