"""The unlock agent's process (``python -m intake.cli.agent_proc``), started only by ``intake unlock``.

It hardens itself before it reads anything (no core file, not dumpable: other processes of the user cannot
ptrace it or read its memory), takes the setup line and the master key from standard input, binds its socket
and serves until it locks (intake/agent/server.py). Standard output carries ``ready`` and nothing else.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def _read_setup_line(fd: int, limit: int = 4096) -> dict[str, object]:
    data = bytearray()
    while not data.endswith(b"\n"):
        chunk = os.read(fd, 1)
        if not chunk or len(data) > limit:
            raise EOFError("no setup")
        data += chunk
    value = json.loads(bytes(data))
    if not isinstance(value, dict):
        raise EOFError("no setup")
    return value


def _detach_stdio() -> None:
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.close(null)


def main() -> int:
    from intake.cli.process import harden_process

    harden_process()
    from intake.agent.runtime import private_dir
    from intake.agent.secret import LockedKey
    from intake.agent.server import Agent, Setup

    key = LockedKey()
    try:
        raw = _read_setup_line(0)
        setup = Setup.from_json(raw)
        key.fill_from(0)
        sock = Path(str(raw["socket"]))
        agent = Agent(setup, key, private_dir(sock.parent, create=False) / sock.name)
        agent.bind()
    except Exception as exc:  # the starting CLI sees the type only: never a message that could hold data
        key.wipe()
        os.write(1, f"failed: {type(exc).__name__}\n".encode())
        return 1
    os.write(1, b"ready\n")
    _detach_stdio()
    agent.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
