"""Serving the workspace: a Starlette app under uvicorn on 127.0.0.1, locked by idle time, signal or panic.

Protocol of one run (``intake workspace``):

1. The CLI unlocks the vault once and calls :func:`serve`.
2. A socket is bound to ``127.0.0.1`` (port 0: the kernel picks a free one) before anything is printed, so
   the URL names a port that is already ours; uvicorn serves on that socket only.
3. Every half second a watcher checks: idle longer than the timeout, the unlocking key slot gone from
   ``keyslots.bin`` (``intake panic`` ran), or ``SIGUSR1`` received: each locks the workspace
   (:meth:`Workspace.lock`). The page polls ``/api/status`` and says the vault is locked; the server stops
   ``LOCKED_GRACE_S`` seconds later.
4. ``SIGINT`` (Ctrl-C), ``SIGTERM`` and ``SIGHUP`` (the terminal closed) stop the server; the workspace is
   locked and the launch page, if one was written and not yet spent (intake/workspace/launch.py), removed
   on the way out.

uvicorn's access log is off and its own log is at ``warning``: URLs and bodies never reach a log.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import socket
import time
from collections.abc import AsyncIterator, Callable
from importlib import resources
from typing import TYPE_CHECKING

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from intake.errors import UsageError
from intake.workspace.launch import Door, private_base
from intake.workspace.routes import api_routes
from intake.workspace.security import Guard, SecurityMiddleware
from intake.workspace.state import Workspace

if TYPE_CHECKING:
    from intake.vault.open import Vault

DEFAULT_IDLE_S = 15 * 60
LOCKED_GRACE_S = 30.0
WATCH_S = 0.5
STATIC_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
                ".html": "text/html; charset=utf-8", ".svg": "image/svg+xml"}


def _assets() -> dict[str, tuple[bytes, str]]:
    """Every file shipped in ``intake/workspace/static`` (read once; no CDN, nothing remote)."""
    out: dict[str, tuple[bytes, str]] = {}
    for entry in resources.files("intake.workspace").joinpath("static").iterdir():
        suffix = "." + entry.name.rsplit(".", 1)[-1]
        if entry.is_file() and suffix in STATIC_TYPES:
            out[entry.name] = (entry.read_bytes(), STATIC_TYPES[suffix])
    return out


def build_app(ws: Workspace, guard: Guard, lifespan: Callable[[Starlette], contextlib.AbstractAsyncContextManager[None]]
              | None = None) -> SecurityMiddleware:
    assets = _assets()
    page = assets["index.html"][0].replace(b"{{csrf}}", guard.csrf.encode())

    async def index(request: Request) -> Response:
        return Response(page, media_type="text/html; charset=utf-8")

    async def static(request: Request) -> Response:
        found = assets.get(request.path_params["name"])
        if found is None or request.path_params["name"] == "index.html":
            return Response("not found", status_code=404, media_type="text/plain")
        return Response(found[0], media_type=found[1])

    routes = [Route("/", index), Route("/static/{name:str}", static), *api_routes(ws)]
    return SecurityMiddleware(Starlette(routes=routes, lifespan=lifespan), guard)


def bind(port: int) -> socket.socket:
    """A listening TCP socket on 127.0.0.1 only (``port`` 0: a free one chosen by the kernel);
    :class:`UsageError` when the port cannot be had (in use, not allowed)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
        sock.listen(16)
    except OSError as exc:
        sock.close()
        raise UsageError(f"cannot listen on 127.0.0.1:{port} ({exc.strerror or 'refused'})",
                         hint="another program (or another 'intake workspace') uses that port: choose another "
                              "--port, or leave --port out and a free one is chosen") from exc
    sock.setblocking(False)
    return sock


def _slot_gone(vault: Vault) -> bool:
    """True when the key slot this workspace was unlocked with is gone from the key area (``intake panic``,
    ``keys remove``), or the key area cannot be read at all."""
    from intake.vault.keyarea import slot_present

    return not slot_present(vault.path, vault.slot_id)


def _check_lock(ws: Workspace, guard: Guard, vault: Vault, lock_requested: Callable[[], bool]) -> None:
    if ws.vault is not None and lock_requested():
        ws.lock("locked: 'intake lock' or 'intake panic' asked for it, or the lock-request folder changed")
    elif ws.vault is not None and guard.idle_for() > guard.idle_seconds:
        ws.lock(f"locked after {guard.idle_seconds / 60:g} minutes without activity")
    elif ws.vault is not None and _slot_gone(vault):
        ws.lock("locked: the key slot was destroyed (intake panic)")


async def _watch(ws: Workspace, guard: Guard, vault: Vault, stop: Callable[[], None],
                 lock_requested: Callable[[], bool]) -> None:
    locked_at: float | None = None
    while True:
        await asyncio.sleep(WATCH_S)
        try:
            _check_lock(ws, guard, vault, lock_requested)
        except Exception:  # fail closed: a watcher that cannot watch locks
            ws.lock("locked: the idle and panic watch failed")
        if ws.vault is None:
            locked_at = locked_at or time.monotonic()
            if time.monotonic() - locked_at > LOCKED_GRACE_S:
                stop()
                return


def _print_url(door: Door) -> None:
    print(door.url)


def serve(vault: Vault, *, port: int = 0, idle_seconds: float = DEFAULT_IDLE_S,
          on_ready: Callable[[Door], None] = _print_url,
          lock_requested: Callable[[], bool] = lambda: False, runtime_dir: str | None = None,
          sock: socket.socket | None = None) -> str | None:
    """Serve the workspace until stopped; the vault is locked (closed) when this returns.

    ``on_ready`` gets the :class:`Door` once the socket is bound: its one-time ``url`` to print, or its
    ``launch_page()`` to open in a browser (the token never goes on a command line); the page is removed
    when the token is spent or the server stops. ``lock_requested`` is polled with the idle clock (the CLI
    passes ``intake lock``'s lock request). ``runtime_dir`` is ``$XDG_RUNTIME_DIR`` as the caller read it
    (the launch page's folder goes there when it is the user's own 0700 folder). Returns why the workspace
    locked (None: stopped by a signal or Ctrl-C before any lock). ``sock``: one already from :func:`bind`
    (the CLI binds before it unlocks, so that a port in use costs no passphrase); else ``port`` is bound."""
    import uvicorn

    sock = sock if sock is not None else bind(port)
    guard = Guard(port=sock.getsockname()[1], idle_seconds=idle_seconds)
    door = Door(guard, private_base(runtime_dir))
    guard.on_spent = door.close
    ws = Workspace(vault)
    holder: dict[str, uvicorn.Server] = {}

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        stop = lambda: setattr(holder["server"], "should_exit", True)  # noqa: E731
        loop.add_signal_handler(signal.SIGUSR1, ws.lock, "locked by a lock request (SIGUSR1)")
        loop.add_signal_handler(signal.SIGHUP, stop)
        task = asyncio.create_task(_watch(ws, guard, vault, stop, lock_requested))
        try:
            on_ready(door)
            yield
        finally:
            task.cancel()
            loop.remove_signal_handler(signal.SIGUSR1)
            loop.remove_signal_handler(signal.SIGHUP)
            door.close()
            ws.lock("stopped")

    config = uvicorn.Config(build_app(ws, guard, lifespan), log_level="warning", access_log=False,
                            server_header=False, date_header=False, lifespan="on")
    server = holder["server"] = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    finally:
        reason = ws.locked_reason
        door.close()
        ws.lock("stopped")
        sock.close()
    return reason
