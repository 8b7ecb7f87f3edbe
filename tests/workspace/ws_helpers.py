"""A vault with a generated two-voice interview (espeak-ng), and a real `intake workspace` process to open it.

The interview is spoken by two espeak-ng voices; its transcript is the script itself (FakeEngine, through
the same guards as the real engines), split into speaker turns S1/S2 as diarization would, then planned.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import wave
from dataclasses import dataclass
from pathlib import Path

PASS = "correct horse battery staple"
MARKER = "pineapple"
NAME = "Anna Smith"
# (voice, text): S1 asks, S2 answers.
SCRIPT = [
    ("S1", f"Hello. Tell me about the {MARKER} harvest in your village."),
    ("S2", f"My neighbour {NAME} told me about it in Minsk."),
    ("S1", f"When was {NAME} detained?"),
    ("S2", "In March. I wrote to Marie Imanova every week."),
    ("S1", "Who else was there?"),
    ("S2", "Peter Brown from Gomel, and Oleg Novak. Call me at 555 0199."),
]
VOICES = {"S1": ("en-us", "30"), "S2": ("en-gb+f3", "70")}


def have_tools() -> str | None:
    """Why the browser tests cannot run here (None: they can)."""
    if shutil.which("chromium") is None:
        return "chromium not installed (run scripts/install-system-deps.sh)"
    if shutil.which("espeak-ng") is None:
        return "espeak-ng not installed (run scripts/install-system-deps.sh)"
    return None


def speak_interview(out: Path) -> list[tuple[float, float, str, str]]:
    """Write the two-voice interview to ``out`` (WAV); returns (start, end, speaker, text) per line."""
    frames: list[bytes] = []
    timeline: list[tuple[float, float, str, str]] = []
    rate, pos = 0, 0.0
    for speaker, text in SCRIPT:
        part = out.with_suffix(f".{len(frames)}.wav")
        voice, pitch = VOICES[speaker]
        subprocess.run(["espeak-ng", "-v", voice, "-p", pitch, "-s", "150", "-w", str(part), text], check=True)
        with wave.open(str(part), "rb") as w:
            rate, data = w.getframerate(), w.readframes(w.getnframes())
        part.unlink()
        length = len(data) / 2 / rate
        timeline.append((round(pos, 2), round(pos + length, 2), speaker, text))
        frames.append(data + b"\0\0" * int(rate * 0.3))
        pos += length + 0.3
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"".join(frames))
    return timeline


def make_interview(vault, tmp: Path, *, register: bool = True) -> str:  # type: ignore[no-untyped-def]
    """Ingest, transcribe (two speakers) and plan the interview; returns the transcript id."""
    from intake.ingest.batch import IngestOptions
    from intake.ingest.files import ingest_file
    from intake.ingest.recordings import get_recording
    from intake.review.store import add_entity
    from intake.review.workflow import pseudonymise
    from intake.transcripts.run import fingerprint
    from intake.transcripts.store import StoredSegment, store_version
    from transcribe import FakeEngine, FakeLine, TranscribeOptions

    audio = tmp / "in" / "talk.wav"
    audio.parent.mkdir(parents=True, exist_ok=True)
    timeline = speak_interview(audio)
    rec = ingest_file(vault, audio, IngestOptions(interview="P-001", language="en"))
    assert rec.status == "ingested", rec.message
    engine = FakeEngine([FakeLine(s, e, t) for s, e, _, t in timeline], language="en")
    opts = TranscribeOptions(language="en")
    result = engine.transcribe(None, opts)  # type: ignore[arg-type]
    segments = [StoredSegment.from_engine(seg, speaker) for seg, (_, _, speaker, _) in zip(result, timeline,
                                                                                              strict=True)]
    info = store_version(vault, get_recording(vault, rec.recording_id), engine, opts,
                         fingerprint(engine, opts, 2), result, segments)
    if register:
        add_entity(vault, NAME, "person", [], "f")
    pseudonymise(vault, info.id)
    audio.unlink(missing_ok=True)
    return info.id


@dataclass
class Server:
    process: subprocess.Popen[str]
    url: str

    @property
    def port(self) -> int:
        return int(self.url.split(":")[2].split("/")[0])

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> str:
        if self.process.poll() is None:
            self.process.send_signal(2)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
        return (self.process.stderr.read() if self.process.stderr else "") or ""


def _workspace_env(vault_dir: Path, env_dir: Path) -> dict[str, str]:
    for sub in ("home", "tmp", "run"):
        (env_dir / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
    return {**os.environ, "HOME": str(env_dir / "home"), "TMPDIR": str(env_dir / "tmp"),
            "XDG_RUNTIME_DIR": str(env_dir / "run"), "XDG_CACHE_HOME": str(env_dir / "home" / ".cache"),
            "INTAKE_PASSPHRASE": PASS, "INTAKE_VAULT": str(vault_dir), "INTAKE_INSECURE_TEST_KDF": "1",
            "PYTHONPATH": str(Path(__file__).resolve().parents[2])}


def _wait_for_address(proc: subprocess.Popen[str], pattern: str) -> str:
    deadline = time.monotonic() + 60
    line = ""
    while time.monotonic() < deadline:
        line = proc.stdout.readline() if proc.stdout else ""
        if line.startswith("workspace: http://") or proc.poll() is not None:
            break
    match = re.search(pattern, line)
    if not match:
        proc.kill()
        raise AssertionError(f"the workspace did not start: {line!r} {proc.stderr.read() if proc.stderr else ''}")
    return match.group(0)


def start_workspace(vault_dir: Path, env_dir: Path, *extra: str) -> Server:
    """``intake workspace --no-browser`` in a subprocess (HOME and TMPDIR under ``env_dir``); waits for its URL."""
    env = _workspace_env(vault_dir, env_dir)
    cmd = [sys.executable, "-c", "from intake.cli.main import main; main()", "workspace", "--no-browser", *extra]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return Server(proc, _wait_for_address(proc, r"http://127\.0\.0\.1:\d+/open\?token=[\w-]+"))


def start_workspace_launching(vault_dir: Path, env_dir: Path) -> tuple[Server, str]:
    """``intake workspace`` with the browser opener: ``$BROWSER`` is a script that only notes the address it
    is given. Returns the server (``url``: its token-free address) and that address (the launch page)."""
    env = _workspace_env(vault_dir, env_dir)
    noted = env_dir / "browser-argv"
    opener = env_dir / "note-address"
    opener.write_text(f"#!/bin/sh\nprintf '%s' \"$1\" > '{noted}'\n")
    opener.chmod(0o700)
    env["BROWSER"] = str(opener)
    cmd = [sys.executable, "-c", "from intake.cli.main import main; main()", "workspace"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    server = Server(proc, _wait_for_address(proc, r"http://127\.0\.0\.1:\d+/"))
    return server, noted.read_text()


def open_transcript(browser, server: Server, tid: str):  # type: ignore[no-untyped-def]
    """A new browser page on the workspace, showing transcript ``tid`` once the review is ready."""
    page = browser.new_page()
    page.goto(server.url)
    page.wait_for_selector("#worklist-table tbody tr")
    page.click(f'a[href="#/t/{tid}"]')
    page.wait_for_selector("body[data-ready]")
    return page
