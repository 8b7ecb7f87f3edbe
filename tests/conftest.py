"""Test-wide setup: no network, ever; shared data location; cheap KDF for speed."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SHARED_DATA = SHARED / "data"


class NetworkBlocked(RuntimeError):
    pass


def _refuse(*args: object, **kwargs: object) -> None:
    raise NetworkBlocked("tests must not use the network")


_real_socket = socket.socket


class _GuardedSocket(_real_socket):
    """Allows only AF_UNIX sockets (used by some libraries for local IPC)."""

    def __init__(self, family: int = socket.AF_INET, *args: object, **kwargs: object) -> None:
        if family not in (socket.AF_UNIX,):
            raise NetworkBlocked("tests must not use the network")
        super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(autouse=True, scope="session")
def _block_network() -> Iterator[None]:
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    mp = pytest.MonkeyPatch()
    mp.setattr(socket, "socket", _GuardedSocket)
    mp.setattr(socket, "create_connection", _refuse)
    mp.setattr(socket, "getaddrinfo", _refuse)
    yield
    mp.undo()


def shared_path(*parts: str) -> Path:
    """A file under ../shared/data, or a clean skip when the shared folder is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path
