"""Test-wide setup: no network, ever; shared data location; cheap KDF for speed."""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from intake.vault.settings import VaultSettings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
_SECURITY = str(Path(__file__).resolve().parent / "security")  # area_tools: helpers shared by vault/key tests
if _SECURITY not in sys.path:
    sys.path.insert(0, _SECURITY)
SHARED_DATA = SHARED / "data"


class NetworkBlocked(RuntimeError):
    pass


def _refuse(*args: object, **kwargs: object) -> None:
    raise NetworkBlocked("tests must not use the network")


_real_socket = socket.socket


_real_create_connection = socket.create_connection
_real_getaddrinfo = socket.getaddrinfo
LOOPBACK = "127.0.0.1"  # the review workspace's server (tests/workspace) and nothing else
_unix_root: list[Path] = []  # the session's pytest temp folder: the only place AF_UNIX may bind or connect


def _loopback(address: object) -> None:
    if not (isinstance(address, tuple) and address and address[0] == LOOPBACK):
        raise NetworkBlocked("tests must not use the network (only 127.0.0.1, for the workspace)")


def _under_tmp(address: object) -> None:
    """AF_UNIX: unnamed pairs (local IPC in libraries), or a path under the session's temp folder (the agent)."""
    if isinstance(address, bytes):
        address = os.fsdecode(address)
    if not (isinstance(address, str) and _unix_root and Path(address).resolve().is_relative_to(_unix_root[0])):
        raise NetworkBlocked("tests may use AF_UNIX sockets only under the test's temp folder")


def _check(family: int, address: object) -> None:
    if family == socket.AF_UNIX:
        _under_tmp(address)
    else:
        _loopback(address)


class _GuardedSocket(_real_socket):
    """AF_UNIX sockets only under the session's temp folder (the unlock agent), and IPv4 sockets that may only
    connect to or bind 127.0.0.1 (the review workspace)."""

    def __init__(self, family: int = socket.AF_INET, *args: object, **kwargs: object) -> None:
        if family not in (socket.AF_UNIX, socket.AF_INET):
            raise NetworkBlocked("tests must not use the network")
        super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]

    def connect(self, address: object) -> None:  # type: ignore[override]
        _check(self.family, address)
        super().connect(address)  # type: ignore[arg-type]

    def connect_ex(self, address: object) -> int:  # type: ignore[override]
        _check(self.family, address)
        return super().connect_ex(address)  # type: ignore[arg-type]

    def bind(self, address: object) -> None:  # type: ignore[override]
        _check(self.family, address)
        super().bind(address)  # type: ignore[arg-type]

    def sendto(self, *args: object) -> int:  # type: ignore[override]
        _check(self.family, args[-1])
        return super().sendto(*args)  # type: ignore[call-overload, no-any-return]


def _loopback_connection(address: tuple[str, int], *args: object, **kwargs: object) -> socket.socket:
    _loopback(address)
    return _real_create_connection(address, *args, **kwargs)  # type: ignore[arg-type]


def _loopback_getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
    _loopback((host,))
    return _real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(autouse=True, scope="session")
def _block_network(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    root = tmp_path_factory.getbasetemp().resolve()
    _unix_root[:] = [root]
    runtime = root / "runtime"  # no test reaches an unlock agent of the person running the tests
    runtime.mkdir(mode=0o700, exist_ok=True)
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    mp = pytest.MonkeyPatch()
    mp.setattr(socket, "socket", _GuardedSocket)
    mp.setattr(socket, "create_connection", _loopback_connection)
    mp.setattr(socket, "getaddrinfo", _loopback_getaddrinfo)
    yield
    mp.undo()


def shared_path(*parts: str) -> Path:
    """A file under ../shared/data, or a clean skip when the shared folder is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


# --- vault fixtures -------------------------------------------------------------------------------------------

PASSPHRASE = "correct horse battery staple"
# The documented test-only switch, for CLI runs and subprocesses (the CLI reads it and warns); library calls
# below take the same choice as a value: the library itself never reads the environment.
os.environ.setdefault("INTAKE_INSECURE_TEST_KDF", "1")


def cheap_settings() -> VaultSettings:
    """Settings with the test-only cheap Argon2id cost for new key slots."""
    from crypto.kdf import KdfPolicy
    from intake.vault.settings import VaultSettings

    return VaultSettings(kdf=KdfPolicy(test_cost=True))


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    from intake.vault.open import create_vault

    path = tmp_path / "vault"
    create_vault(path, PASSPHRASE, settings=cheap_settings()).close()
    return path


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[object]:
    from intake.vault.open import unlock

    with unlock(vault_dir, PASSPHRASE, settings=cheap_settings()) as v:
        yield v


# --- media fixtures -------------------------------------------------------------------------------------------

MEDIA_ARGS = {
    "wav": ["-c:a", "pcm_s16le"],
    "mp3": ["-c:a", "libmp3lame", "-b:a", "64k"],
    "m4a": ["-c:a", "aac", "-b:a", "64k"],
    "ogg": ["-c:a", "libopus", "-b:a", "32k"],
    "opus": ["-c:a", "libopus", "-b:a", "32k"],
    "flac": ["-c:a", "flac"],
    "mp4": ["-f", "lavfi", "-i", "color=c=black:s=64x64:d={d}", "-c:v", "libx264", "-c:a", "aac", "-shortest"],
    "mov": ["-f", "lavfi", "-i", "color=c=black:s=64x64:d={d}", "-c:v", "libx264", "-c:a", "aac", "-shortest"],
}


@pytest.fixture
def make_media(tmp_path: Path):  # type: ignore[no-untyped-def]
    """make_media(ext, seconds=2.0, freq=440, name=None) -> Path of a generated tone in that container."""
    import shutil
    import subprocess

    if shutil.which("ffmpeg") is None:
        pytest.skip("ffmpeg not installed (run scripts/install-system-deps.sh)")

    def make(ext: str, seconds: float = 2.0, freq: int = 440, name: str | None = None) -> Path:
        out = tmp_path / "media" / (name or f"tone-{freq}-{seconds}.{ext}")
        out.parent.mkdir(exist_ok=True)
        extra = [a.replace("{d}", str(seconds)) for a in MEDIA_ARGS[ext]]
        cmd = ["ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i", f"sine=frequency={freq}:duration={seconds}",
               *extra, str(out)]
        subprocess.run(cmd, check=True)
        return out

    return make


# --- CLI as a user types it -----------------------------------------------------------------------------------


@pytest.fixture
def cli():  # type: ignore[no-untyped-def]
    """invoke(args, input=None, env=None) -> (exit code, stdout, stderr) through the real error dispatcher."""
    from click.testing import CliRunner

    from intake.cli import main

    def invoke(args: list[str], input: str | None = None, env: dict[str, str] | None = None) -> tuple[int, str, str]:
        runner = CliRunner()
        with runner.isolation(input=input, env=env or {}) as (out, err, *_):
            code = main.run(args)
            return code, out.getvalue().decode(), err.getvalue().decode()

    return invoke


def refuse_writes_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Opening ``path`` for writing fails as on a read-only medium (EROFS); reading it still works."""
    import errno

    real_open = os.open

    def fake_open(name: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(name) == path and flags & os.O_WRONLY:
            raise OSError(errno.EROFS, "Read-only file system", str(name))
        return real_open(name, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)
