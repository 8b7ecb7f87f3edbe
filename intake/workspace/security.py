"""The workspace's door: loopback Host, one-time token -> session cookie, CSRF and Origin, response headers.

Modelled on Jupyter server's security (docs/workspace.md, docs/threat-model.md "The review workspace"):

0. Every request must arrive on a loopback TCP connection that the kernel says belongs to the workspace's
   own user (:mod:`intake.workspace.peer`, ``/proc/net/tcp``); anything else is refused with 403, whatever
   cookie it carries. Browsers send a host's cookies to all its ports, so another local user's server on
   127.0.0.1 receives the session cookie whenever the steward's browser visits it: rules 1-3 alone would let
   that user in.
1. Every request must name the server by its loopback address and port in ``Host`` (``127.0.0.1:PORT`` or
   ``localhost:PORT``); anything else is refused with 403, which defeats DNS rebinding.
2. The one-time 256-bit token is exchanged for an HttpOnly, SameSite=Strict session cookie in one of two
   ways, and works once; every other request without the session cookie gets 403.

   a. ``GET /open?token=T``, the address printed by ``intake workspace --no-browser``: answered 303 to
      ``/``, so browser history keeps only a spent token.
   b. ``POST /open`` with the form body ``token=T`` from the launch page (intake/workspace/launch.py),
      which the browser opens from a file so that the token is never on a command line. The request must
      say ``Origin: null`` (a ``file:`` page) and ``Content-Type: application/x-www-form-urlencoded``, with
      a body of at most ``MAX_OPEN_BODY`` bytes holding ``token`` and nothing else. It is the only
      state-changing request exempt from rule 3, and it does nothing without the token. The answer is the
      cookie and a page that moves to ``/`` by itself (``<meta http-equiv="refresh">``): after a redirect
      the browser would withhold the SameSite=Strict cookie, the navigation having begun at a ``file:``
      page.

   The guard's ``on_spent`` runs once the token is spent (the launch page is removed there).
3. A request that changes state (any method but GET and HEAD) needs ``Origin`` equal to the server's own
   origin and the header ``X-Intake-CSRF`` equal to the session's CSRF token (given to the page in a
   ``<meta>`` element); otherwise 403.
4. Every response carries ``Cache-Control: no-store``, ``Content-Security-Policy: default-src 'self'``
   (plus ``frame-ancestors 'none'; base-uri 'none'; form-action 'self'``), ``Referrer-Policy:
   no-referrer``, ``X-Frame-Options: DENY``, ``X-Content-Type-Options: nosniff`` and
   ``Cross-Origin-Resource-Policy: same-origin``.

The guard also keeps the idle clock: every authenticated request but the page's status poll counts as
activity.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from intake.workspace.peer import from_this_user

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
HEADERS = [
    (b"cache-control", b"no-store"),
    (b"content-security-policy", CSP.encode()),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
SAFE_METHODS = {"GET", "HEAD"}
MAX_OPEN_BODY = 256  # "token=" and 43 characters fit many times over
FORM_TYPE = "application/x-www-form-urlencoded"
OPENED_PAGE = (b'<!doctype html><html lang="en"><head><meta charset="utf-8">'
               b'<meta http-equiv="refresh" content="0; url=/"><title>Intake workspace</title></head>'
               b'<body><a href="/">Open the review workspace</a></body></html>')
PASSIVE_PATHS = {"/api/status"}  # polled by the page: not activity


@dataclass
class Guard:
    """The secrets of one workspace run and its idle clock (monotonic seconds)."""

    port: int
    idle_seconds: float
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    session: str | None = None
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    last_activity: float = field(default_factory=time.monotonic)
    on_spent: Callable[[], None] = field(default=lambda: None, repr=False)  # the launch page is removed here
    peer_check: Callable[[Scope], bool] = field(default=from_this_user, repr=False)  # rule 0

    @property
    def hosts(self) -> set[str]:
        return {f"127.0.0.1:{self.port}", f"localhost:{self.port}"}

    @property
    def origins(self) -> set[str]:
        return {f"http://{h}" for h in self.hosts}

    @property
    def cookie(self) -> str:
        return f"intake_ws_{self.port}"

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        """The one-time address: for the user's own terminal only, never for a command line."""
        return f"{self.origin}/open?token={self.token}"

    def exchange(self, token: str) -> str | None:
        """A new session id for the one-time token, or None (wrong or already used)."""
        if self.session is not None or not hmac.compare_digest(token.encode(), self.token.encode()):
            return None
        self.session = secrets.token_urlsafe(32)
        self.token = secrets.token_urlsafe(32)  # spent: nothing an observer saw opens anything now
        self.on_spent()
        return self.session

    def idle_for(self) -> float:
        return time.monotonic() - self.last_activity

    def touch(self) -> None:
        self.last_activity = time.monotonic()


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def _cookies(header: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in header.split(";"):
        name, _, value = part.strip().partition("=")
        if name:
            out[name] = value
    return out


class SecurityMiddleware:
    """Pure ASGI middleware enforcing the rules in the module docstring before any route runs."""

    def __init__(self, app: ASGIApp, guard: Guard) -> None:
        self.app = app
        self.guard = guard

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _with_headers(send)
        refusal = self._check(scope)
        if refusal is not None:
            await _plain(send, 403, refusal)
            return
        if scope["path"] == "/open":
            await self._open(scope, receive, send)
            return
        if scope["path"] not in PASSIVE_PATHS:
            self.guard.touch()
        await self.app(scope, receive, send)

    def _check(self, scope: Scope) -> str | None:
        if not self.guard.peer_check(scope):
            return "refused: this connection belongs to another user of this machine"
        headers = _headers(scope)
        if headers.get("host", "") not in self.guard.hosts:
            return "refused: this server answers only to its loopback address"
        if scope["path"] == "/open":
            return None
        session = _cookies(headers.get("cookie", "")).get(self.guard.cookie, "")
        if self.guard.session is None or not hmac.compare_digest(session.encode(), self.guard.session.encode()):
            return "refused: open the address printed by 'intake workspace'"
        if scope["method"] in SAFE_METHODS:
            return None
        if headers.get("origin", "") not in self.guard.origins:
            return "refused: cross-origin request"
        if not hmac.compare_digest(headers.get("x-intake-csrf", "").encode(), self.guard.csrf.encode()):
            return "refused: missing or wrong CSRF token"
        return None

    async def _open(self, scope: Scope, receive: Receive, send: Send) -> None:
        token = await _open_token(scope, receive)
        session = self.guard.exchange(token) if token else None
        if session is None:
            await _plain(send, 403, "refused: this address was already used or is wrong; restart 'intake workspace'")
            return
        cookie = (b"set-cookie", f"{self.guard.cookie}={session}; HttpOnly; SameSite=Strict; Path=/".encode())
        if scope["method"] == "GET":
            await send({"type": "http.response.start", "status": 303,
                        "headers": [(b"location", b"/"), cookie, (b"content-length", b"0")]})
            await send({"type": "http.response.body", "body": b""})
            return
        # A redirect would keep the file page as the navigation's initiator, and browsers then withhold a
        # SameSite=Strict cookie: the page at this origin navigates to "/" itself.
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/html; charset=utf-8"), cookie,
                                (b"content-length", str(len(OPENED_PAGE)).encode())]})
        await send({"type": "http.response.body", "body": OPENED_PAGE})


async def _open_token(scope: Scope, receive: Receive) -> str:
    """The token offered to ``/open`` (rule 2), or "" when the request is not one of the two exchanges."""
    if scope["method"] == "GET":
        return _only_token(scope.get("query_string", b""))
    headers = _headers(scope)
    if (scope["method"] != "POST" or headers.get("origin") != "null"
            or headers.get("content-type", "").split(";")[0].strip().lower() != FORM_TYPE):
        return ""
    body = await _read_body(receive, MAX_OPEN_BODY)
    return "" if body is None else _only_token(body)


def _only_token(raw: bytes) -> str:
    try:
        fields = parse_qs(raw.decode("ascii"), keep_blank_values=True, strict_parsing=True, max_num_fields=1)
    except ValueError:
        return ""
    values = fields.get("token", [])
    return values[0] if len(fields) == 1 and len(values) == 1 else ""


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The request body, or None when it is longer than ``limit`` bytes (not read further)."""
    body = b""
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None
        body += bytes(message.get("body", b""))
        if len(body) > limit:
            return None
        if not message.get("more_body", False):
            return body


def _with_headers(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            names = {k for k, _ in HEADERS}
            message["headers"] = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names] + HEADERS
        await send(message)

    return wrapped


async def _plain(send: Send, status: int, text: str) -> None:
    body = text.encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
