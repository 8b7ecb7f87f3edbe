"""Round 23, A1 end to end: a FIFO put in place of the lock request locks the running workspace; before, it
hung the server with the vault unlocked (no idle lock, no panic lock, the page saying it had stopped)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from http_helpers import login
from ws_helpers import start_workspace


def test_r23_a1_a_fifo_lock_request_locks_the_running_workspace(interview: tuple[Path, str], tmp_path: Path) -> None:
    server = start_workspace(interview[0], tmp_path / "srv")
    try:
        session = login(server)
        assert session.get("/api/worklist").status == 200
        folder = tmp_path / "srv" / "run" / "intake"
        folder.mkdir(mode=0o700)  # as 'intake unlock' or 'intake lock' makes it
        os.mkfifo(folder / "lock-request.new", 0o600)
        os.replace(folder / "lock-request.new", folder / "lock-request")
        deadline, state = time.monotonic() + 10, None
        while time.monotonic() < deadline and not state:
            state = session.get("/api/status").json()["locked"]  # type: ignore[index]
            time.sleep(0.2)
        assert state and "lock" in str(state)
        assert session.get(f"/api/transcripts/{interview[1]}").status == 423
    finally:
        server.stop()
