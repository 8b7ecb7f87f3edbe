"""A plain HTTP client for the workspace (http.client over 127.0.0.1; the test-wide socket guard allows it)."""

from __future__ import annotations

import http.client
import json
import re
from dataclasses import dataclass

from ws_helpers import Server


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> object:
        return json.loads(self.body)


def request(server: Server, method: str, path: str, *, headers: dict[str, str] | None = None,
            body: object = None) -> Reply:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=20)
    send = {"Host": f"127.0.0.1:{server.port}", **(headers or {})}
    data = None if body is None else json.dumps(body).encode()
    if data is not None:
        send.setdefault("Content-Type", "application/json")
    conn.request(method, path, body=data, headers=send)
    resp = conn.getresponse()
    out = Reply(resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read())
    conn.close()
    return out


@dataclass
class Session:
    server: Server
    cookie: str
    csrf: str

    def get(self, path: str, **headers: str) -> Reply:
        return request(self.server, "GET", path, headers={"Cookie": self.cookie, **headers})

    def post(self, path: str, body: object, **headers: str) -> Reply:
        send = {"Cookie": self.cookie, "Origin": self.server.origin, "X-Intake-CSRF": self.csrf, **headers}
        return request(self.server, "POST", path, headers=send, body=body)


def login(server: Server) -> Session:
    """Exchange the one-time token for the session cookie, and read the CSRF token from the page."""
    reply = request(server, "GET", server.url.split(str(server.port), 1)[1])
    assert reply.status == 303 and reply.headers["location"] == "/"
    cookie = reply.headers["set-cookie"].split(";")[0]
    page = request(server, "GET", "/", headers={"Cookie": cookie})
    match = re.search(rb'name="csrf" content="([\w-]+)"', page.body)
    assert match, "the page carries its CSRF token"
    return Session(server, cookie, match.group(1).decode())
