"""The agent process: holds one vault's master key in memory and hands it to the same user's commands.

Protocol of one agent (started by ``intake unlock``, docs/cli.md):

1. The CLI verifies the passphrase, then starts ``python -m intake.cli.agent_proc`` in a new session and
   writes the setup (a JSON line) and the 32-byte master key to its standard input: never argv, env or a
   file. The process hardens itself first (no core file, not dumpable), reads the key into a locked buffer
   (:mod:`intake.agent.secret`), binds its socket 0600 in the private folder and says ``ready``.
2. Each connection is served only when ``SO_PEERCRED`` names this user (:func:`runtime.same_user`); one
   request, one reply (:mod:`intake.agent.protocol`), 2 seconds in all per connection (however slowly the
   request trickles in: a client cannot keep the agent from its lock checks).
3. It locks (wipes the key, removes its socket, exits) on ``intake lock``, on ``SIGTERM``/``SIGINT``/
   ``SIGHUP``, after ``idle_s`` seconds without a key request, when its unlocking key slot is gone from
   ``vault.json`` (``intake panic``, ``keys remove``), when the login session that started it ends, and when
   its socket is removed or replaced.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from intake.agent import protocol, runtime
from intake.agent.secret import LockedKey
from intake.errors import AgentError
from intake.fs import process_exists

TICK_S = 0.5
CONN_TIMEOUT_S = 2.0


@dataclass(frozen=True)
class Setup:
    """What the starting CLI tells the agent besides the key."""

    vault_path: str
    vault_id: str
    slot_id: str
    idle_s: float
    session_leader: int

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Setup:
        return cls(str(data["vault_path"]), str(data["vault_id"]), str(data["slot_id"]), float(data["idle_s"]),
                   int(data["session_leader"]))


class _Stop(Exception):
    pass


def slot_present(vault_path: Path, slot_id: str) -> bool:
    """Whether the key slot that unlocked still exists in the key area (``intake panic`` and ``keys remove``
    take it away)."""
    from intake.vault.keyarea import slot_present as present

    return present(vault_path, slot_id)


def _alive(pid: int) -> bool:
    if pid <= 1:
        return True  # no session leader to follow (started from init or a container's first process)
    return process_exists(pid)


class Agent:
    """One listening agent; :meth:`run` returns why it locked."""

    def __init__(self, setup: Setup, key: LockedKey, sock_path: Path,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.setup, self.key, self.path, self.clock = setup, key, sock_path, clock
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.last_use = clock()
        self.reason = ""
        self._inode = 0

    def bind(self) -> None:
        """Bind 0600 (umask during bind, chmod after) in the already checked private folder."""
        with contextlib.suppress(FileNotFoundError):
            if runtime.trusted_socket(self.path):
                self.path.unlink()  # a stale socket of ours (the CLI checked no agent answers on it)
        old = os.umask(0o177)
        try:
            self.listener.bind(str(self.path))
        finally:
            os.umask(old)
        os.chmod(self.path, 0o600)
        self._inode = os.lstat(self.path).st_ino
        self.listener.listen(8)

    def run(self) -> str:
        """Serve until a reason to lock; the key is wiped and the socket removed on the way out."""
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(sig, self._on_signal)
        try:
            while not self.reason:
                self.reason = self._why_lock()
                if self.reason:
                    break
                ready, _, _ = select.select([self.listener], [], [], TICK_S)
                if ready:
                    self._serve_one()
        except _Stop as stop:
            self.reason = str(stop)
        finally:
            self.close()
        return self.reason

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        raise _Stop(f"stopped by signal {signal.Signals(signum).name}")

    def _why_lock(self) -> str:
        if self.clock() - self.last_use > self.setup.idle_s:
            return f"idle for {self.setup.idle_s / 60:g} minutes"
        if not _alive(self.setup.session_leader):
            return "the login session ended"
        try:
            if os.lstat(self.path).st_ino != self._inode:
                return "its socket was replaced"
        except FileNotFoundError:
            return "its socket was removed"
        if not slot_present(Path(self.setup.vault_path), self.setup.slot_id):
            return "its key slot is gone (intake panic or keys remove)"
        return ""

    def _serve_one(self) -> None:
        conn, _ = self.listener.accept()
        with conn:
            conn.settimeout(CONN_TIMEOUT_S)
            try:
                if not runtime.same_user(runtime.peer_creds(conn), os.getuid()):
                    protocol.send_line(conn, {"ok": False, "error": "refused: another user"})
                    return
                self._answer(conn, protocol.read_line(conn, deadline=time.monotonic() + CONN_TIMEOUT_S))
            except (OSError, AgentError):
                return  # a client that misbehaves or goes away gets nothing; the agent goes on

    def _answer(self, conn: socket.socket, request: dict[str, Any]) -> None:
        op = request.get("op")
        if op == "lock":
            protocol.send_line(conn, {"ok": True})
            self.reason = "locked by intake lock"
        elif op == "status":
            protocol.send_line(conn, {"ok": True, **self.status()})
        elif op == "key" and request.get("vault_id") == self.setup.vault_id and self.key.filled:
            self.last_use = self.clock()
            protocol.send_line(conn, {"ok": True, "slot_id": self.setup.slot_id, "vault_id": self.setup.vault_id})
            conn.sendmsg([memoryview(self.key.buffer)])
        else:
            protocol.send_line(conn, {"ok": False, "error": "not this vault" if op == "key" else "unknown request"})

    def status(self) -> dict[str, Any]:
        left = max(0.0, self.setup.idle_s - (self.clock() - self.last_use))
        return {"pid": os.getpid(), "vault_id": self.setup.vault_id, "vault_path": self.setup.vault_path,
                "slot_id": self.setup.slot_id, "idle_s": self.setup.idle_s, "idle_left_s": round(left),
                "key_in_locked_memory": self.key.locked_in_ram}

    def close(self) -> None:
        self.key.wipe()
        with contextlib.suppress(OSError):
            self.listener.close()
        with contextlib.suppress(OSError):
            if os.lstat(self.path).st_ino == self._inode:
                self.path.unlink()
