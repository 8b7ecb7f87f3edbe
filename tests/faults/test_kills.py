"""Fault injection: run each command as a user would (the real CLI in a child process) and SIGKILL it.

After every kill: `intake verify` passes, nothing reported as done is lost, no half state is visible, no
leftovers in tmp/. Kill points are random with a fixed seed. INTAKE_FAULT_KILLS sets the number of kills
per command (default 3 in `make test`; the full run uses 50: `INTAKE_FAULT_KILLS=50 pytest tests/faults`).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

KILLS = int(os.environ.get("INTAKE_FAULT_KILLS", "3"))
SAMPLE = Path(__file__).resolve().parents[2] / "scripts" / "sample" / "sample-interview.ogg"
PASS = "correct horse battery staple"
INTAKE = [sys.executable, "-c", "from intake.cli.main import main; main()"]


def _env(vault: Path) -> dict[str, str]:
    return {**os.environ, "INTAKE_VAULT": str(vault), "INTAKE_PASSPHRASE": PASS, "INTAKE_INSECURE_TEST_KDF": "1"}


def cli(vault: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*INTAKE, *args], env=_env(vault), capture_output=True, text=True, check=check)


def kill_during(vault: Path, args: list[str], delay: float) -> int:
    child = subprocess.Popen([*INTAKE, *args], env=_env(vault), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.communicate()
    return child.returncode


def healthy(vault: Path) -> None:
    result = cli(vault, "verify", check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    leftovers = [p.name for p in (vault / "tmp").iterdir()]
    assert not leftovers, f"tmp/ leftovers after recovery: {leftovers}"


def js(vault: Path, *args: str):  # type: ignore[no-untyped-def]
    return json.loads(cli(vault, *args, "--json").stdout)


@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    vault = tmp_path / "vault"
    subprocess.run([*INTAKE, "init", str(vault)], env=_env(vault), check=True, capture_output=True)
    return vault


def test_kill_ingest(cli_vault: Path, tmp_path: Path, make_media) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(1)
    src = make_media("flac", seconds=60.0)
    seen = 0
    for _ in range(KILLS):
        copy = tmp_path / "copy.flac"
        shutil.copy(src, copy)
        kill_during(cli_vault, ["ingest", str(copy), "--interview", "P-1", "--shred"], rng.uniform(0.2, 2.5))
        healthy(cli_vault)
        recs = js(cli_vault, "recordings", "list")
        assert len(recs) in (0, 1) and len(recs) >= seen  # nothing reported lost
        seen = len(recs)
        if not recs:
            assert copy.exists() and copy.read_bytes() == src.read_bytes()  # never shredded without a copy


@pytest.mark.model
def test_kill_transcribe(cli_vault: Path, tmp_path: Path) -> None:
    rng = random.Random(2)
    shutil.copy(SAMPLE, tmp_path / "s.ogg")
    cli(cli_vault, "ingest", str(tmp_path / "s.ogg"), "--interview", "P-2", "--language", "en")
    done = 0
    for _ in range(KILLS):
        kill_during(cli_vault, ["transcribe", "--all"], rng.uniform(0.5, 10.0))
        healthy(cli_vault)
        items = js(cli_vault, "transcripts", "list")
        assert len(items) >= done and all(i["segments"] > 0 for i in items)  # complete or absent
        done = len(items)
    cli(cli_vault, "transcribe", "--all")  # resumes: finishes what was interrupted
    assert len(js(cli_vault, "transcripts", "list")) >= 1


def _with_transcript(vault: Path, tmp_path: Path) -> str:
    import wave

    wav = tmp_path / "t.wav"
    with wave.open(str(wav), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(os.urandom(16000))
    cli(vault, "ingest", str(wav), "--interview", "P-3")
    code = f"""
import sys
from pathlib import Path
from intake.vault.open import unlock
from intake.transcripts.run import transcribe_recording
from intake.ingest.recordings import list_recordings
from transcribe import FakeEngine, FakeLine, TranscribeOptions
TEXT = "Марину Ковальчук перевели в ИК-4 в Гомеле, звоните +375 29 123 45 67."
lines = [FakeLine(i, i + 0.9, TEXT) for i in range(400)]
with unlock(Path(sys.argv[1]), "{PASS}") as v:
    print(transcribe_recording(v, list_recordings(v)[0].id, FakeEngine(lines, language="ru"),
                               TranscribeOptions(language="ru")).id)
"""
    return subprocess.run([sys.executable, "-c", code, str(vault)], env=_env(vault), capture_output=True, text=True,
                          check=True).stdout.strip()


def test_kill_pseudonymise_approve_export(cli_vault: Path, tmp_path: Path) -> None:
    rng = random.Random(3)
    tid = _with_transcript(cli_vault, tmp_path)
    for _ in range(KILLS):
        kill_during(cli_vault, ["pseudonymise", tid], rng.uniform(0.3, 3.0))
        healthy(cli_vault)
        status = js(cli_vault, "transcripts", "list")[0]["status"]
        assert status == "draft"
    cli(cli_vault, "pseudonymise", tid)
    shown = cli(cli_vault, "transcripts", "show", tid).stdout
    assert "Ковальчук" not in shown and "+375" not in shown
    for _ in range(KILLS):
        kill_during(cli_vault, ["approve", tid, "--yes", "--accept-rest"], rng.uniform(0.2, 1.5))
        healthy(cli_vault)
        assert js(cli_vault, "transcripts", "list")[0]["status"] in ("draft", "approved")
    cli(cli_vault, "approve", tid, "--yes", "--accept-rest")
    for n in range(KILLS):
        out = tmp_path / f"export-{n}"
        kill_during(cli_vault, ["export", "--to", str(out), "--all-approved"], rng.uniform(0.2, 2.0))
        healthy(cli_vault)
        for bundle in out.iterdir() if out.exists() else ():  # complete or absent: never half-written
            if not bundle.name.startswith("."):  # a temp folder a kill left (.intake-export-*)
                manifest = json.loads((bundle / "manifest.json").read_text())
                assert manifest and (bundle / "txt").is_dir()
    for path in tmp_path.rglob("*"):  # whatever a kill left (bundles, temp folders) holds no identifying text
        if path.is_file() and path.suffix in (".txt", ".json", ".qde", ".qdc"):
            text = path.read_text(encoding="utf-8-sig", errors="replace")
            assert "Ковальчук" not in text and "123 45 67" not in text, path


def test_kill_import(cli_vault: Path, tmp_path: Path, make_media) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(4)
    info = js(cli_vault, "keys", "recipient")
    field = tmp_path / "field"
    subprocess.run([*INTAKE, "field", "init", str(field), "--recipient", info["recipient"]], check=True,
                   capture_output=True, env={**os.environ})
    sources = [make_media("flac", seconds=30.0, freq=300 + 40 * i) for i in range(4)]
    subprocess.run([*INTAKE, "field", "ingest", *map(str, sources), "--interview", "P-4"], check=True,
                   capture_output=True, env={**os.environ, "INTAKE_FIELD": str(field)})
    seen = 0
    for _ in range(KILLS):
        kill_during(cli_vault, ["import", str(field / "outbox")], rng.uniform(0.3, 3.0))
        healthy(cli_vault)
        recs = js(cli_vault, "recordings", "list")
        assert seen <= len(recs) <= 4
        seen = len(recs)
    cli(cli_vault, "import", str(field / "outbox"))  # idempotent: finishes the rest, duplicates the done
    assert len(js(cli_vault, "recordings", "list")) == 4
