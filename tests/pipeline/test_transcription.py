"""Transcription from the vault: in memory only, versions, resumption, audit, and no plaintext on disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
from intake.transcripts.run import pending, transcribe_recording
from intake.transcripts.store import list_transcripts, load_segments
from transcribe import FakeEngine, FakeLine, TranscribeOptions

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


def test_fake_engine_pipeline_versions_and_pending(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    rec_id = ingest_file(vault, make_media("wav", seconds=3.0), IngestOptions(interview="P-1")).recording_id
    engine = FakeEngine([FakeLine(0.0, 1.5, "первая фраза"), FakeLine(1.5, 3.0, "вторая фраза")])
    opts = TranscribeOptions(language="ru")
    assert [r.id for r in pending(vault)] == [rec_id]
    first = transcribe_recording(vault, rec_id, engine, opts)
    assert first.version == 1 and first.segments == 2
    assert pending(vault) == []  # transcribed once: a new version only on request, whatever the options
    second = transcribe_recording(vault, rec_id, engine, opts)
    assert second.version == 2
    assert [s.text for s in load_segments(vault, second.id)] == ["первая фраза", "вторая фраза"]
    actions = [r[0] for r in vault.conn.execute("SELECT action FROM audit")]
    assert actions.count("transcript.create") == 2


def test_interrupted_transcription_stores_nothing(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    rec_id = ingest_file(vault, make_media("wav", seconds=3.0), IngestOptions(interview="P-1")).recording_id

    class Boom(FakeEngine):
        def transcribe(self, audio, options=None):  # type: ignore[no-untyped-def]
            result = super().transcribe(audio, options)

            def explode():  # type: ignore[no-untyped-def]
                yield from []
                raise KeyboardInterrupt

            result.segments = explode()
            return result

    with pytest.raises(KeyboardInterrupt):
        transcribe_recording(vault, rec_id, Boom([FakeLine(0, 1, "x")]), TranscribeOptions())
    assert list_transcripts(vault) == []


CHILD = """
import sys
from pathlib import Path
from intake.vault.open import unlock
from intake.transcripts.run import transcribe_recording
from intake.transcripts.store import load_segments
from transcribe import load_engine, TranscribeOptions
with unlock(Path(sys.argv[1]), sys.argv[2]) as v:
    info = transcribe_recording(v, sys.argv[3], load_engine(), TranscribeOptions(language="en"))
    print(" ".join(s.text for s in load_segments(v, info.id)))
"""


@pytest.mark.model
def test_real_speech_leaves_no_plaintext_anywhere(vault_dir: Path, passphrase: str, tmp_path: Path) -> None:
    jfk = SHARED / "audio" / "jfk.flac"
    if not jfk.exists():
        pytest.skip("shared data absent")
    from intake.vault.open import unlock

    src = tmp_path / "in" / "jfk.flac"
    src.parent.mkdir()
    shutil.copy(jfk, src)
    audio = src.read_bytes()
    with unlock(vault_dir, passphrase) as v:
        rec_id = ingest_file(v, src, IngestOptions(interview="P-1", shred=True)).recording_id
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(tmp), "XDG_CACHE_HOME": str(home / ".cache")}
    out = subprocess.run([sys.executable, "-c", CHILD, str(vault_dir), passphrase, rec_id], env=env,
                         capture_output=True, text=True, check=True).stdout
    assert "ask not what your country can do for you" in out.lower().replace(",", "")
    probes = [audio[i: i + 48] for i in range(4096, len(audio) - 48, len(audio) // 16)]
    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"fellow Americans" not in data and b"country can do" not in data, f"text in {path}"
            assert not any(p in data for p in probes), f"audio bytes in {path}"
