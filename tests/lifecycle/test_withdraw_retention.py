"""Consent withdrawal leaves no trace in the catalog and makes blob copies undecryptable; retention."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crypto import agefile
from crypto.errors import CryptoError
from intake.errors import RefusedError
from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
from intake.ingest.recordings import get_recording, list_recordings, recording_identity
from intake.lifecycle import delete_audio, parse_period, retention_candidates, withdraw
from intake.review.workflow import approve, pseudonymise
from intake.transcripts.run import transcribe_recording
from intake.transcripts.store import list_transcripts
from intake.vault.check import verify_vault
from transcribe import FakeEngine, FakeLine, TranscribeOptions

WORDS = "Стефания Борисевич рассказала про колонию в Жодино и передачи"


def _interview(vault, make_media, code: str, text: str, freq: int) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    rec = ingest_file(vault, make_media("wav", seconds=2.0, freq=freq), IngestOptions(interview=code)).recording_id
    tid = transcribe_recording(vault, rec, FakeEngine([FakeLine(0, 1.5, text)], language="ru"),
                               TranscribeOptions(language="ru")).id
    pseudonymise(vault, tid)
    return rec, tid


def _plaintext_catalog(vault, out: Path) -> bytes:  # type: ignore[no-untyped-def]
    """Every byte the catalog holds, decrypted (sqlcipher_export into a plain copy)."""
    vault.conn.execute(f"ATTACH DATABASE '{out}' AS plain KEY ''")
    vault.conn.execute("SELECT sqlcipher_export('plain')")
    vault.conn.execute("DETACH DATABASE plain")
    return out.read_bytes()


def test_withdrawal_leaves_no_trace_and_blob_copies_undecryptable(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rec, _ = _interview(vault, make_media, "P-021", WORDS, 300)
    _interview(vault, make_media, "P-022", "Другое интервью о письмах и судах", 400)
    blob_copy = tmp_path / "backup.age"
    shutil.copy(vault.blobs / get_recording(vault, rec).blob, blob_copy)  # a backup somewhere
    report = withdraw(vault, "P-021")
    assert (report.recordings, report.transcripts, report.blobs_removed) == (1, 1, 1)
    assert report.registry_entries >= 1
    dump = _plaintext_catalog(vault, tmp_path / "plain.db")
    for word in ("Стефания", "Борисевич", "Жодино", "передачи"):
        assert word.encode() not in dump, word
    # the append-only audit log keeps the pseudonymous code in earlier rows (ingest), nowhere else
    assert vault.conn.execute("SELECT count(*) FROM interviews WHERE id='P-021'").fetchone()[0] == 0
    for other in list_recordings(vault):  # no identity left in the vault opens the backup copy
        with pytest.raises(CryptoError):
            agefile.decrypt_bytes(blob_copy.read_bytes(), recording_identity(vault, other.id))
    assert [t.interview_id for t in list_transcripts(vault)] == ["P-022"]
    assert verify_vault(vault).ok
    row = vault.conn.execute("SELECT object_id, details FROM audit WHERE action='interview.withdraw'").fetchone()
    assert row[0] == "" and "P-021" not in row[1]


def test_withdraw_keeps_entities_shared_with_other_interviews(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    _interview(vault, make_media, "P-031", "Марину Ковальчук и Стефанию Борисевич перевели.", 500)
    _interview(vault, make_media, "P-032", "Марина Ковальчук пишет письма.", 600)
    before = {r[0] for r in vault.conn.execute("SELECT code FROM pseudonyms")}
    withdraw(vault, "P-031")
    after = {r[0] for r in vault.conn.execute("SELECT code FROM pseudonyms")}
    assert after and after < before  # the person only P-031 mentioned is gone
    assert "[PERSON-01]" in after  # still used by P-032


def test_retention_deletes_audio_of_old_approved_recordings_only(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    old, tid = _interview(vault, make_media, "P-041", "Адвокат приходит раз в месяц.", 700)
    approve(vault, tid, accept_rest=True)
    draft, _ = _interview(vault, make_media, "P-042", "Письма доходят редко.", 800)
    later = datetime.now(UTC) + timedelta(days=31)
    assert retention_candidates(vault, parse_period("30d")) == []  # not old enough yet
    due = retention_candidates(vault, parse_period("30d"), now=later)
    assert due == [old] and draft not in due
    delete_audio(vault, due)
    with pytest.raises(RefusedError, match="retention"):
        recording_identity(vault, old)
    assert verify_vault(vault).ok and len(list_transcripts(vault)) == 2


def test_withdraw_cli_needs_typed_confirmation(cli, vault_dir: Path, make_media) -> None:  # type: ignore[no-untyped-def]
    env = {"INTAKE_VAULT": str(vault_dir), "INTAKE_PASSPHRASE": "correct horse battery staple"}
    src = make_media("wav")
    assert cli(["ingest", str(src), "--interview", "P-051"], env=env)[0] == 0
    code, _, err = cli(["withdraw", "P-051"], input="P-05\n", env=env)
    assert code == 6 and "nothing was deleted" in err
    code, out, _ = cli(["withdraw", "P-051"], input="P-051\n", env=env)
    assert code == 0 and out.startswith("withdrawn: 1 recording(s)")
