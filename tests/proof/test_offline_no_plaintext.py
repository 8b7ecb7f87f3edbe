"""Proof under fire: the whole pipeline with a spoken marker phrase and registered marker names, run

1. inside a network namespace with no interfaces (`unshare -n`), and
2. with `socket.socket` patched to raise in every Intake process (via sitecustomize),

then every file written anywhere during the run (vault, temp folders, caches, home) is searched for the
marker text and the original audio bytes. Only the export may hold text, and only anonymised text.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PASS = "correct horse battery staple"
MARKER = "pineapple"
SPEECH = ("Hello. My neighbour Anna Smith told me about the pineapple harvest. "
          "Anna Smith was detained in Minsk.")
NO_SOCKET = """
import socket
class _NoNet(socket.socket):
    def __init__(self, family=-1, *a, **k):
        if family in (socket.AF_INET, socket.AF_INET6, -1):
            raise OSError("network disabled by the test")
        super().__init__(family, *a, **k)
socket.socket = _NoNet
def _refuse(*a, **k):
    raise OSError("network disabled by the test")
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
"""


def _pipeline(tmp: Path, prefix: list[str], env: dict[str, str]) -> str:
    intake = [*prefix, sys.executable, "-c", "from intake.cli.main import main; main()"]
    vault, audio = tmp / "vault", tmp / "in" / "talk.wav"

    def run(*args: str) -> str:
        proc = subprocess.run([*intake, *args], env=env, capture_output=True, text=True)
        assert proc.returncode == 0, f"{args}: {proc.stderr}"
        return proc.stdout

    run("init", str(vault))
    run("entities", "add", "Anna Smith", "--kind", "person")
    run("ingest", str(audio), "--interview", "P-001", "--language", "en", "--shred")
    run("transcribe", "--all")
    tid = run("transcripts", "list", "--json").split('"id": "')[1].split('"')[0]
    raw = run("transcripts", "show", tid, "--raw")
    run("pseudonymise", tid)
    run("approve", tid, "--yes", "--accept-rest")
    run("export", "--to", str(tmp / "export"), "--all-approved")
    return raw


def _scan(root: Path, audio: bytes, allowed: Path) -> int:
    probes = [audio[i: i + 64] for i in range(2048, len(audio) - 64, max(1, len(audio) // 24))]
    scanned = 0
    for path in root.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        scanned += 1
        data = path.read_bytes()
        assert not any(p in data for p in probes), f"original audio bytes in {path}"
        low = data.lower()
        if allowed in path.parents:
            assert b"smith" not in low, f"a registered name in the export: {path}"
        else:
            assert MARKER.encode() not in low and b"smith" not in low, f"plaintext in {path}"
    return scanned


@pytest.mark.model
@pytest.mark.parametrize("mode", ["unshare", "patched-socket"])
def test_pipeline_offline_and_no_plaintext(tmp_path: Path, mode: str) -> None:
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng not installed")
    prefix: list[str] = []
    if mode == "unshare":
        if shutil.which("unshare") is None or subprocess.run(["unshare", "-n", "true"]).returncode != 0:
            pytest.skip("network namespaces are not available here")
        prefix = ["unshare", "-n"]
    home, tmp, site = tmp_path / "home", tmp_path / "tmp", tmp_path / "site"
    for d in (home, tmp, site, tmp_path / "in"):
        d.mkdir()
    (site / "sitecustomize.py").write_text(NO_SOCKET if mode == "patched-socket" else "")
    audio_path = tmp_path / "in" / "talk.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "130", "-w", str(audio_path), SPEECH], check=True)
    audio = audio_path.read_bytes()
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(tmp), "XDG_CACHE_HOME": str(home / ".cache"),
           "INTAKE_PASSPHRASE": PASS, "INTAKE_VAULT": str(tmp_path / "vault"), "INTAKE_INSECURE_TEST_KDF": "1",
           "PYTHONPATH": str(site)}
    raw = _pipeline(tmp_path, prefix, env)
    assert MARKER in raw.lower(), "the marker must be in the transcript, or the scan proves nothing"
    assert "smith" in raw.lower()
    assert not audio_path.exists()  # shredded
    scanned = _scan(tmp_path, audio, tmp_path / "export")
    assert scanned > 5
    export_text = "".join(p.read_text(encoding="utf-8-sig") for p in (tmp_path / "export").glob("*/txt/*.txt"))
    assert MARKER in export_text.lower()  # the export holds the anonymised transcript, marker phrase included
