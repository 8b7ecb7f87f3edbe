"""Which local user is at the other end of a loopback TCP connection, as the kernel's socket tables say.

``SO_PEERCRED`` answers for AF_UNIX sockets only. For TCP, Linux lists every socket of the network
namespace in ``/proc/net/tcp`` and ``/proc/net/tcp6``, each with the uid that created it; the client's end
of a connection to the workspace is the row whose local port is the request's client port and whose remote
end is ``127.0.0.1:PORT`` (or its IPv4-mapped IPv6 form). The workspace serves a request only when that uid
is its own (intake/workspace/security.py, rule 0): a session cookie another user obtained (browsers send
cookies to every port of a host, RFC 6265 §8.5) opens nothing.

Where there is no ``/proc/net/tcp`` (macOS, BSD) the check cannot be made and is skipped
(docs/threat-model.md, "The review workspace").
"""

from __future__ import annotations

import ipaddress
import os
import sys
from collections.abc import Iterable, MutableMapping
from pathlib import Path
from typing import Any

TABLES = (Path("/proc/net/tcp"), Path("/proc/net/tcp6"))
LOOPBACK = ipaddress.IPv4Address("127.0.0.1")


def _address(field: str) -> tuple[ipaddress.IPv4Address | ipaddress.IPv6Address, int]:
    """``0100007F:1F90`` (each 32-bit word printed in the host's byte order) -> (address, port)."""
    hexaddr, hexport = field.split(":")
    raw = bytes.fromhex(hexaddr)
    if sys.byteorder == "little":
        raw = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))
    address = ipaddress.ip_address(raw)
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped, int(hexport, 16)
    return address, int(hexport, 16)


def _rows(tables: Iterable[Path]) -> Iterable[list[str]]:
    for table in tables:
        try:
            lines = table.read_text(encoding="ascii").splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if len(fields) >= 8:
                yield fields


def loopback_peer_uid(client_port: int, server_port: int, tables: Iterable[Path] = TABLES) -> int | None:
    """The uid owning the socket ``127.0.0.1:client_port`` connected to ``127.0.0.1:server_port``, or None
    when no such row exists."""
    for fields in _rows(tables):
        try:
            local, remote = _address(fields[1]), _address(fields[2])
            uid = int(fields[7])
        except ValueError:
            continue
        if local == (LOOPBACK, client_port) and remote == (LOOPBACK, server_port):
            return uid
    return None


def can_check(tables: Iterable[Path] = TABLES) -> bool:
    """Whether this system has the kernel tables (Linux)."""
    return any(t.exists() for t in tables)


def from_this_user(scope: MutableMapping[str, Any]) -> bool:
    """Whether the ASGI request ``scope`` arrived on a loopback connection of the server's own user. Fails
    closed on Linux (no row, no client address: False); True where the tables do not exist."""
    if not can_check():
        return True
    client, server = scope.get("client"), scope.get("server")
    if not client or not server or client[0] != str(LOOPBACK):
        return False
    return loopback_peer_uid(int(client[1]), int(server[1])) == os.getuid()
