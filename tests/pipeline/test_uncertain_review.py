"""Issue 14, mechanism 2 (review part): uncertain candidates are masked by default, shown as uncertain, and
released with one key; the rejection is a decision in the plan (not a release) and never feeds the registry."""

from __future__ import annotations

from pathlib import Path

from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
from intake.review.store import list_entities, require_plan
from intake.review.workflow import pseudonymise
from intake.transcripts.run import transcribe_recording
from intake.vault.open import unlock
from transcribe import FakeEngine, FakeLine, TranscribeOptions

PASS = "correct horse battery staple"
LINES = ["Роза сказала, что всё хорошо."]  # a name that is a common word, subject of a verb of speech: a candidate


def _transcript(vault_dir: Path, make_media, lines: list[str], freq: int) -> str:  # type: ignore[no-untyped-def]
    with unlock(vault_dir, PASS) as vault:
        rec = ingest_file(vault, make_media("wav", seconds=2.0, freq=freq), IngestOptions(interview=f"P-{freq}"))
        engine = FakeEngine([FakeLine(i * 1.0, i * 1.0 + 0.9, t) for i, t in enumerate(lines)], language="ru")
        tid = transcribe_recording(vault, rec.recording_id, engine, TranscribeOptions(language="ru")).id
        pseudonymise(vault, tid)
        return tid


def test_an_uncertain_candidate_is_planned_masked_and_marked(vault_dir: Path, make_media, cli) -> None:  # type: ignore[no-untyped-def]
    tid = _transcript(vault_dir, make_media, LINES, 1401)
    with unlock(vault_dir, PASS) as vault:
        (item,) = require_plan(vault, tid).items
    expected = ("PERSON", "Роза", "uncertain:subject-surname", True)
    assert (item.label, item.original, item.reason, item.uncertain) == expected
    assert item.active and item.replacement.startswith("[PERSON-")
    code, out, err = cli(["--vault", str(vault_dir), "review", tid, "--list"], input=PASS + "\n")
    assert code == 0, err
    assert out.splitlines()[0] == f"{tid}: 1 item(s), 1 uncertain; 0 of 1 decided"
    assert "PERSON          suggested  uncertain" in out and "[[Роза]]" in out
    code, out, _ = cli(["--vault", str(vault_dir), "transcripts", "show", tid], input=PASS + "\n")
    assert "Роза" not in out  # masked by default


def test_one_key_releases_it_as_a_decision_that_never_feeds_the_registry(vault_dir: Path, make_media, cli) -> None:  # type: ignore[no-untyped-def]
    tid = _transcript(vault_dir, make_media, LINES, 1402)
    code, out, err = cli(["--vault", str(vault_dir), "review", tid], input=f"{PASS}\nr\n\n")
    assert code == 0, err
    assert "uncertain: PERSON -> [PERSON-01]   (by candidates:subject-surname); masked unless you press r" in out + err
    with unlock(vault_dir, PASS) as vault:
        (item,) = require_plan(vault, tid).items
        assert item.decision == "rejected" and item.uncertain
        assert vault.conn.execute("SELECT count(*) FROM releases").fetchone()[0] == 0
        assert vault.conn.execute("SELECT count(*) FROM audit WHERE action LIKE 'release.%'").fetchone()[0] == 0
    code, out, _ = cli(["--vault", str(vault_dir), "transcripts", "show", tid], input=PASS + "\n")
    assert "Роза сказала" in out
    other = _transcript(vault_dir, make_media, ["Потом Роза пришла домой."], 1403)
    with unlock(vault_dir, PASS) as vault:
        items = require_plan(vault, other).items
        assert not any(i.source.startswith("registry") for i in items)
        assert list_entities(vault) == []
