"""The agent's wire format on its AF_UNIX socket: one request, one reply, then the connection closes.

A request is one JSON object on one line (at most ``MAX_LINE`` bytes): ``{"op": "key", "vault_id": HEX}``,
``{"op": "status"}`` or ``{"op": "lock"}``. The reply is one JSON line (``{"ok": true, ...}`` or
``{"ok": false, "error": TEXT}``); a ``key`` reply that is ``ok`` is followed by exactly ``KEY_SIZE`` raw
bytes, the master key. Nothing else is ever sent; the key never appears in JSON.
"""

from __future__ import annotations

import json
import socket
import time
from typing import Any

from intake.agent.secret import KEY_SIZE
from intake.errors import AgentError

MAX_LINE = 4096
OPS = ("key", "status", "lock")


def send_line(conn: socket.socket, message: dict[str, Any]) -> None:
    conn.sendall(json.dumps(message, sort_keys=True).encode() + b"\n")


def read_line(conn: socket.socket, deadline: float | None = None) -> dict[str, Any]:
    """One JSON object, refused when longer than ``MAX_LINE`` or not an object; with ``deadline`` (a
    ``time.monotonic()`` value), refused when the whole line has not arrived by then, however it trickles in."""
    data = bytearray()
    while not data.endswith(b"\n"):
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AgentError("the request came too slowly")
            conn.settimeout(left)
        chunk = conn.recv(1)
        if not chunk:
            break
        data += chunk
        if len(data) > MAX_LINE:
            raise AgentError("the agent's message is too long")
    try:
        value = json.loads(bytes(data))
    except ValueError:
        raise AgentError("the agent sent something that is not its protocol") from None
    if not isinstance(value, dict):
        raise AgentError("the agent sent something that is not its protocol")
    return value


def read_key(conn: socket.socket) -> bytes:
    """The ``KEY_SIZE`` raw bytes that follow an ``ok`` key reply."""
    buf = bytearray(KEY_SIZE)
    view = memoryview(buf)
    got = 0
    while got < KEY_SIZE:
        n = conn.recv_into(view[got:])
        if n == 0:
            raise AgentError("the agent's reply ended early")
        got += n
    return bytes(buf)
