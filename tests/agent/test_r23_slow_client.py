"""Round 23, A2: a client that drips its request cannot hold the unlock agent.

The agent serves one connection at a time; its 2-second limit applied to each ``recv`` of one byte, so a
process that sent a byte every second kept it busy for over an hour (4,096 bytes), during which the idle
timeout, ``intake panic`` (its slot gone) and the end of the session were never looked at and ``intake
lock`` got no answer. Now a connection has 2 seconds in all.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from intake.agent import client, runtime
from intake.agent.secret import LockedKey
from intake.agent.server import CONN_TIMEOUT_S, Agent, Setup


@pytest.fixture
def agent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr("intake.agent.server.slot_present", lambda path, slot: True)
    monkeypatch.setattr("intake.agent.server.signal.signal", lambda *args: None)  # run() is in a thread here
    folder = runtime.private_dir(tmp_path / "a", create=True)
    setup = Setup(str(tmp_path), "00" * 16, "slot", 3600.0, os.getsid(0))
    key = LockedKey()
    key.buffer[:] = os.urandom(len(key.buffer))
    key.filled = True
    running = Agent(setup, key, folder / "x.sock")
    running.bind()
    worker = threading.Thread(target=running.run, daemon=True)
    worker.start()
    yield running
    running.reason = "test over"
    worker.join(5)


def test_r23_a2_a_dripping_client_is_cut_off_and_lock_still_answers(agent: Agent) -> None:
    drip = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    drip.connect(str(agent.path))
    stop = threading.Event()

    def keep_dripping() -> None:
        for byte in b'{"op": "status"' + b" " * 200:
            if stop.is_set():
                return
            try:
                drip.send(bytes([byte]))
            except OSError:
                return
            time.sleep(0.3)

    threading.Thread(target=keep_dripping, daemon=True).start()
    time.sleep(0.5)
    started = time.monotonic()
    try:
        assert client.lock(agent.path)  # answered although a dripping client came first
        assert time.monotonic() - started < CONN_TIMEOUT_S + client.TIMEOUT_S
    finally:
        stop.set()
        drip.close()
