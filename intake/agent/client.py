"""Talking to an unlock agent from a command: ask for a vault's key, its status, lock it, start one.

Every function checks the socket before using it (``lstat``: a socket owned by this user in a private
folder) and the agent after connecting (``SO_PEERCRED``: the same user), so a socket planted by someone
else is never trusted. No agent, or one that does not answer, is ``None``: the command then asks for the
passphrase as before.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intake.agent import protocol, runtime
from intake.errors import AgentError

TIMEOUT_S = 3.0
START_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class AgentKey:
    """What an agent hands over: the master key and the slot it was unlocked with."""

    master: bytes
    slot_id: str

    def __repr__(self) -> str:
        return f"AgentKey(slot_id={self.slot_id!r})"  # never the key


def _connect(path: Path) -> socket.socket | None:
    if not runtime.trusted_socket(path):
        return None
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    conn.settimeout(TIMEOUT_S)
    try:
        conn.connect(str(path))
        if not runtime.same_user(runtime.peer_creds(conn), os.getuid()):
            raise AgentError("the agent's socket is held by another user", hint=f"remove {path}")
    except OSError:
        conn.close()
        return None
    except AgentError:
        conn.close()
        raise
    return conn


def _request(path: Path, message: dict[str, Any]) -> tuple[dict[str, Any], socket.socket] | None:
    conn = _connect(path)
    if conn is None:
        return None
    try:
        protocol.send_line(conn, message)
        return protocol.read_line(conn), conn
    except (OSError, AgentError):
        conn.close()
        return None


def ask_key(path: Path, vault_id: bytes) -> AgentKey | None:
    """The master key of ``vault_id`` from the agent at ``path``, or None (no agent, another vault)."""
    answer = _request(path, {"op": "key", "vault_id": vault_id.hex()})
    if answer is None:
        return None
    reply, conn = answer
    with conn:
        if not reply.get("ok") or reply.get("vault_id") != vault_id.hex():
            return None
        try:
            return AgentKey(protocol.read_key(conn), str(reply["slot_id"]))
        except (OSError, AgentError, KeyError):
            return None


def status(path: Path) -> dict[str, Any] | None:
    """What the agent at ``path`` says about itself (pid, vault, slot, idle time left), or None."""
    answer = _request(path, {"op": "status"})
    if answer is None:
        return None
    reply, conn = answer
    conn.close()
    return reply if reply.get("ok") else None


def lock(path: Path) -> bool:
    """Ask the agent at ``path`` to wipe its key and exit; True when one answered."""
    answer = _request(path, {"op": "lock"})
    if answer is None:
        return False
    answer[1].close()
    return bool(answer[0].get("ok"))


def lock_all(folder: Path) -> int:
    """Lock every agent of this user in ``folder`` (``intake lock --all``, ``intake panic``)."""
    if not folder.is_dir():
        return 0
    return sum(lock(p) for p in sorted(folder.glob(f"*{runtime.SOCKET_SUFFIX}")))


def start(argv: Sequence[str], env: Mapping[str, str], setup: dict[str, Any], master: bytes) -> int:
    """Start an agent process: the setup and the key go through its standard input; returns its pid.

    The process runs in a session of its own (Ctrl-C in this terminal does not reach it) and answers
    ``ready`` on its standard output once its socket listens.
    """
    proc = subprocess.Popen(list(argv), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=dict(env), start_new_session=True, close_fds=True)
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write(json.dumps(setup).encode() + b"\n" + master)
        proc.stdin.close()
        line = proc.stdout.readline(256).decode(errors="replace").strip()
    except OSError:
        line = ""
    proc.stdout.close()
    if line != "ready":
        proc.kill()
        proc.wait(timeout=START_TIMEOUT_S)
        raise AgentError(f"the unlock agent did not start ({line or 'no answer'})")
    return proc.pid
