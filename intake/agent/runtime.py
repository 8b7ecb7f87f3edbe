"""Where the unlock agent listens: a private per-user folder (0700) holding one socket (0600) per vault.

The folder is ``$XDG_RUNTIME_DIR/intake`` (removed by the login manager at logout), else
``/tmp/intake-UID``; the CLI chooses it and passes it down. Before the folder is used, and before a socket in
it is trusted, both are checked with ``lstat`` (never followed): a folder, not a link, owned by this user, no
access for group or others; a socket owned by this user. A peer on the socket is accepted only when the
kernel says (``SO_PEERCRED``) it runs as the same user.
"""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import struct
from pathlib import Path

from intake.errors import AgentError

SOCKET_SUFFIX = ".sock"
MAX_SOCKET_PATH = 107  # sun_path holds 108 bytes with the terminating NUL (Linux)
PEERCRED = struct.Struct("3i")  # struct ucred: pid, uid, gid


def agent_dir(xdg_runtime_dir: str | None, uid: int) -> Path:
    """The folder for this user's agents (not created here)."""
    if xdg_runtime_dir:
        return Path(xdg_runtime_dir) / "intake"
    return Path("/tmp") / f"intake-{uid}"  # noqa: S108 (checked: owner and mode, never followed)


def private_dir(path: Path, *, create: bool) -> Path:
    """``path`` as a folder only this user can enter; created 0700 when ``create`` and missing."""
    if create:
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=0o700)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise AgentError(f"{path} does not exist") from None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise AgentError(f"{path} is not a private folder of this user (a folder, not a link, mode 0700)",
                         hint="remove it (someone else may have made it), then run 'intake unlock' again")
    return path


def socket_path(folder: Path, vault_id: bytes) -> Path:
    """One socket per vault, named by the first 8 bytes of its random id (nothing identifying)."""
    path = folder / f"{vault_id[:8].hex()}{SOCKET_SUFFIX}"
    if len(os.fsencode(path)) > MAX_SOCKET_PATH:
        raise AgentError(f"the agent's socket path is too long for the system ({len(os.fsencode(path))} bytes)",
                         hint="set XDG_RUNTIME_DIR to a shorter folder")
    return path


def trusted_socket(path: Path) -> bool:
    """True when ``path`` is a socket owned by this user (a stale one included)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    return stat.S_ISSOCK(info.st_mode) and info.st_uid == os.getuid()


def peer_creds(conn: socket.socket) -> bytes:
    """The kernel's ``struct ucred`` (pid, uid, gid) of the process at the other end of an AF_UNIX socket."""
    if not hasattr(socket, "SO_PEERCRED"):
        raise AgentError("this system cannot tell who is on the other end of a socket (no SO_PEERCRED)",
                         hint="the unlock agent needs Linux; type the passphrase for each command instead")
    return conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, PEERCRED.size)


def uid_from_creds(raw: bytes) -> int:
    _pid, uid, _gid = PEERCRED.unpack(raw)
    return int(uid)


def same_user(raw_creds: bytes, uid: int) -> bool:
    """The peer check itself, on the kernel's ``struct ucred`` bytes: only the agent's own user is served."""
    return len(raw_creds) == PEERCRED.size and uid_from_creds(raw_creds) == uid
