"""Round 21, finding 1: a recording's content is checked against the catalog whenever it is used.

The attacker knows one recording's own age identity (an old catalog copy of a removed steward, the output of
``intake recordings identity`` once used with ``age -d``) and can write to the vault folder. He replaces that
recording's blob with another interview's audio encrypted to the same identity: age's MAC is intact, so only
the catalog's SHA-256 and size can tell. Every path that decrypts a recording must refuse such a blob with a
:class:`RecordingDamaged` error naming the recording id, and leave no wrong audio behind.
"""

from __future__ import annotations

import asyncio
import io
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from crypto import agefile
from intake.errors import DamagedError, ExitCode, RecordingDamaged
from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
from intake.ingest.recordings import export_recording, get_recording, recording_identity_silent
from intake.transcripts.run import decrypt_to_memory, transcribe_recording
from intake.transcripts.store import transcribed
from transcribe import FakeEngine, FakeLine, TranscribeOptions

ROOT = Path(__file__).resolve().parents[2]


def _two_recordings(vault: Any, make_media: Any) -> tuple[Any, Any, bytes]:
    """(victim recording, other recording, the other's plaintext audio)."""
    first = ingest_file(vault, make_media("wav", seconds=1.0, freq=440), IngestOptions(interview="P-001"))
    other_src = make_media("wav", seconds=1.0, freq=880)
    second = ingest_file(vault, other_src, IngestOptions(interview="P-002"))
    return get_recording(vault, first.recording_id), get_recording(vault, second.recording_id), other_src.read_bytes()


def _forge_same_key(vault: Any, victim: Any, audio: bytes) -> None:
    """Replace the victim's blob with ``audio`` encrypted to the victim's own recipient (age MAC intact)."""
    recipient = agefile.recipient_of(recording_identity_silent(vault, victim.id))
    (vault.blobs / victim.blob).write_bytes(agefile.encrypt_bytes(audio, [recipient]))


def _check_damaged(exc: DamagedError, rec_id: str) -> None:
    assert isinstance(exc, RecordingDamaged)
    assert exc.exit_code == ExitCode.BLOBS
    assert rec_id in exc.message and "intake verify" in (exc.hint or "")


def test_export_refuses_a_blob_swapped_under_the_same_key_and_leaves_no_file(vault, make_media,  # type: ignore[no-untyped-def]
                                                                              tmp_path: Path) -> None:
    victim, _, other_audio = _two_recordings(vault, make_media)
    _forge_same_key(vault, victim, other_audio)
    out = tmp_path / "out.wav"
    with pytest.raises(RecordingDamaged) as info:
        export_recording(vault, victim.id, out)
    _check_damaged(info.value, victim.id)
    assert not out.exists()


def test_export_refuses_a_blob_swapped_with_another_recordings_blob(vault, make_media,  # type: ignore[no-untyped-def]
                                                                    tmp_path: Path) -> None:
    """Low: a blob under another key was an "internal error (DecryptError)"; now the same damaged-blob error."""
    victim, other, _ = _two_recordings(vault, make_media)
    shutil.copyfile(vault.blobs / other.blob, vault.blobs / victim.blob)
    with pytest.raises(RecordingDamaged) as info:
        export_recording(vault, victim.id, tmp_path / "out.wav")
    _check_damaged(info.value, victim.id)
    assert not (tmp_path / "out.wav").exists()


def test_cli_export_of_a_swapped_blob_is_a_clear_damaged_error(vault_dir: Path, make_media, cli,  # type: ignore[no-untyped-def]
                                                                tmp_path: Path) -> None:
    from intake.vault.open import unlock
    from tests.conftest import PASSPHRASE, cheap_settings

    with unlock(vault_dir, PASSPHRASE, settings=cheap_settings()) as v:
        victim, other, _ = _two_recordings(v, make_media)
        shutil.copyfile(v.blobs / other.blob, v.blobs / victim.blob)
    out = tmp_path / "out.wav"
    env = {"INTAKE_PASSPHRASE": PASSPHRASE, "INTAKE_VAULT": str(vault_dir)}
    code, _, err = cli(["recordings", "export", victim.id, "--out", str(out)], env=env)
    assert code == ExitCode.BLOBS, err
    assert f"intake: error: recording {victim.id}" in err and "intake: hint:" in err and "intake verify" in err
    assert "internal error" not in err and "bug" not in err
    assert not out.exists()


def test_transcription_input_is_refused_and_nothing_is_stored(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    victim, _, other_audio = _two_recordings(vault, make_media)
    _forge_same_key(vault, victim, other_audio)
    with pytest.raises(RecordingDamaged) as info:
        decrypt_to_memory(vault, victim)
    _check_damaged(info.value, victim.id)
    engine = FakeEngine([FakeLine(0.0, 0.9, "Слова другого человека.")], language="ru")
    with pytest.raises(RecordingDamaged):
        transcribe_recording(vault, victim.id, engine, TranscribeOptions(language="ru"))
    assert victim.id not in transcribed(vault)


def test_workspace_audio_is_refused(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    from intake.transcripts.store import get_transcript_info
    from intake.workspace import routes
    from intake.workspace.state import Workspace

    victim, _, other_audio = _two_recordings(vault, make_media)
    engine = FakeEngine([FakeLine(0.0, 0.9, "Текст.")], language="ru")
    tid = transcribe_recording(vault, victim.id, engine, TranscribeOptions(language="ru")).id
    assert get_transcript_info(vault, tid).recording_id == victim.id
    _forge_same_key(vault, victim, other_audio)
    ws = Workspace.__new__(Workspace)
    ws.audio = None
    ws.require = lambda: vault  # type: ignore[method-assign]

    from types import SimpleNamespace

    request = SimpleNamespace(path_params={"tid": tid}, headers={})

    with pytest.raises(RecordingDamaged):
        asyncio.run(routes.audio(request, ws))  # type: ignore[arg-type]
    assert ws.audio is None


def test_a_longer_forged_plaintext_is_stopped_at_the_catalog_size(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    """While streaming: no more than the catalog's size ever reaches the destination."""
    from intake.ingest.recordings import decrypt_recording

    victim, _, _ = _two_recordings(vault, make_media)
    _forge_same_key(vault, victim, b"\0" * (victim.size + 5 * (1 << 20)))
    sink = io.BytesIO()
    with pytest.raises(RecordingDamaged):
        decrypt_recording(vault, victim, sink)
    assert len(sink.getvalue()) <= victim.size


def test_a_missing_blob_is_the_same_damaged_error(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    victim, _, _ = _two_recordings(vault, make_media)
    (vault.blobs / victim.blob).unlink()
    with pytest.raises(RecordingDamaged) as info:
        export_recording(vault, victim.id, tmp_path / "out.wav")
    _check_damaged(info.value, victim.id)
    assert not (tmp_path / "out.wav").exists()


def test_the_genuine_blob_still_decrypts(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    victim, _, _ = _two_recordings(vault, make_media)
    assert export_recording(vault, victim.id, tmp_path / "out.wav") == victim.size
    assert len(decrypt_to_memory(vault, victim).getvalue()) == victim.size


_DECRYPT = re.compile(r"agefile\.decrypt_(stream|bytes|digest|checked)\b|vault\.blobs\s*/")
# module -> why it may decrypt or open a blob without decrypt_recording
_ALLOWED = {
    "intake/ingest/recordings.py": "decrypt_recording itself",
    "intake/vault/blobs.py": "read-back check of a blob being written (compares the SHA-256)",
    "intake/vault/check.py": "verify: compares every blob's SHA-256",
    "intake/field/importer.py": "sealed package parts; the recording is compared with its sealed SHA-256 and size",
    "intake/field/device.py": "read-back check of a package being written",
    "intake/lifecycle.py": "destroys blobs, never decrypts them",
}


def test_only_decrypt_recording_opens_a_recordings_audio() -> None:
    """The mechanism, not the patch: any new path that decrypts a blob must go through decrypt_recording."""
    found = {str(p.relative_to(ROOT)) for p in (ROOT / "intake").rglob("*.py") if _DECRYPT.search(p.read_text())}
    assert found <= set(_ALLOWED), sorted(found - set(_ALLOWED))


def test_cli_transcribe_fails_the_swapped_recording_alone_with_exit_10(vault_dir: Path, make_media, cli,  # type: ignore[no-untyped-def]
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import intake.cli.transcribe_cmds as transcribe_cmds
    from intake.vault.open import unlock
    from tests.conftest import PASSPHRASE, cheap_settings

    with unlock(vault_dir, PASSPHRASE, settings=cheap_settings()) as v:
        victim, other, other_audio = _two_recordings(v, make_media)
        _forge_same_key(v, victim, other_audio)
    monkeypatch.setattr(transcribe_cmds, "_load_engine",
                        lambda *a: FakeEngine([FakeLine(0.0, 0.9, "Слова.")], language="ru"))
    env = {"INTAKE_PASSPHRASE": PASSPHRASE, "INTAKE_VAULT": str(vault_dir)}
    code, out, err = cli(["transcribe", "--all", "--language", "ru"], env=env)
    assert code == ExitCode.BLOBS, err
    assert f"FAILED  {victim.id}: recording {victim.id}: its encrypted audio is damaged" in out
    assert "1 transcribed" in out and "intake verify" in err
    with unlock(vault_dir, PASSPHRASE, settings=cheap_settings()) as v:
        assert transcribed(v) == {other.id}
