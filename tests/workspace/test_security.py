"""The workspace's door, tested against the real server on 127.0.0.1 with a plain HTTP client."""

from __future__ import annotations

import signal
import socket
import time
from pathlib import Path

import pytest
from http_helpers import Reply, login, request
from ws_helpers import Server, start_workspace

SECURITY_HEADERS = {
    "cache-control": "no-store",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
}


def _has_headers(reply: Reply) -> None:
    for name, value in SECURITY_HEADERS.items():
        assert reply.headers.get(name) == value, name
    assert reply.headers["content-security-policy"].startswith("default-src 'self'")


def test_without_the_token_everything_is_403(server: Server) -> None:
    for path in ("/", "/api/worklist", "/static/app.js", "/api/status"):
        reply = request(server, "GET", path)
        assert reply.status == 403, path
        _has_headers(reply)
    assert request(server, "GET", "/open?token=" + "A" * 43).status == 403
    assert request(server, "GET", "/api/worklist", headers={"Cookie": f"intake_ws_{server.port}=guess"}).status == 403


def test_the_token_works_once_and_leaves_a_token_free_address(server: Server) -> None:
    path = server.url.split(str(server.port), 1)[1]
    first = request(server, "GET", path)
    assert first.status == 303 and first.headers["location"] == "/"
    cookie = first.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "token" not in first.headers["location"]
    assert len(path.split("token=")[1]) >= 43  # 256 bits, URL-safe base64
    assert request(server, "GET", path).status == 403  # spent
    assert request(server, "GET", "/", headers={"Cookie": cookie.split(";")[0]}).status == 200


def test_a_foreign_host_header_is_refused(server: Server) -> None:
    session = login(server)
    for host in ("evil.example", f"evil.example:{server.port}", "127.0.0.1", f"127.0.0.1:{server.port + 1}"):
        reply = request(server, "GET", "/api/worklist", headers={"Host": host, "Cookie": session.cookie})
        assert reply.status == 403, host
    assert request(server, "GET", "/api/worklist", headers={"Host": f"localhost:{server.port}",
                                                            "Cookie": session.cookie}).status == 200


def test_cross_origin_or_csrf_less_changes_are_refused(server: Server, interview: tuple[Path, str]) -> None:
    session = login(server)
    tid = interview[1]
    view = session.get(f"/api/transcripts/{tid}").json()
    item = next(i for s in view["segments"] for i in s["items"])  # type: ignore[index]
    body = {"item": item["id"], "decision": "accepted"}
    path = f"/api/transcripts/{tid}/decide"
    assert session.post(path, body, Origin="http://evil.example").status == 403
    assert session.post(path, body, Origin="null").status == 403
    assert session.post(path, body, **{"X-Intake-CSRF": "wrong"}).status == 403
    no_origin = request(server, "POST", path, headers={"Cookie": session.cookie, "X-Intake-CSRF": session.csrf},
                        body=body)
    assert no_origin.status == 403
    assert session.get(f"/api/transcripts/{tid}").json()["progress"]["decided"] == 0  # type: ignore[index]
    ok = session.post(path, body)
    assert ok.status == 200 and ok.json()["progress"]["decided"] == 1  # type: ignore[index]


def test_every_response_carries_the_headers_and_audio_answers_ranges(server: Server,
                                                                     interview: tuple[Path, str]) -> None:
    session = login(server)
    tid = interview[1]
    for path in ("/", "/static/app.js", "/static/style.css", "/api/worklist", f"/api/transcripts/{tid}",
                 "/api/nothing-here"):
        _has_headers(session.get(path))
    whole = session.get(f"/api/audio/{tid}")
    assert whole.status == 200 and whole.headers["content-type"] == "audio/wav" and whole.body[:4] == b"RIFF"
    part = session.get(f"/api/audio/{tid}", Range="bytes=100-199")
    assert part.status == 206 and part.body == whole.body[100:200]
    assert part.headers["content-range"] == f"bytes 100-199/{len(whole.body)}"
    _has_headers(part)
    tail = session.get(f"/api/audio/{tid}", Range="bytes=-10")
    assert tail.status == 206 and tail.body == whole.body[-10:]
    assert session.get(f"/api/audio/{tid}", Range=f"bytes={len(whole.body)}-").status == 416


def test_the_server_listens_on_loopback_only(server: Server) -> None:
    listening = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        if state == "0A":  # LISTEN
            addr, port = local.split(":")
            listening.add((addr, int(port, 16)))
    assert ("0100007F", server.port) in listening
    assert not [a for a, p in listening if p == server.port and a != "0100007F"]
    assert not [p for p in Path("/proc/net/tcp6").read_text().splitlines()[1:]
                if int(p.split()[1].split(":")[1], 16) == server.port]


def test_other_addresses_stay_blocked_in_tests() -> None:
    with pytest.raises(RuntimeError, match="network"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    with pytest.raises(RuntimeError, match="network"):
        socket.socket(socket.AF_INET6)


def _wait_locked(session, seconds: float = 10.0) -> str:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        state = session.get("/api/status").json()["locked"]
        if state:
            return str(state)
        time.sleep(0.2)
    raise AssertionError("the workspace did not lock")


def test_idle_timeout_locks_the_vault(interview: tuple[Path, str], tmp_path: Path) -> None:
    server = start_workspace(interview[0], tmp_path / "srv", "--idle-minutes", "0.03")
    try:
        session = login(server)
        assert session.get("/api/worklist").status == 200
        assert "without activity" in _wait_locked(session)
        reply = session.get("/api/worklist")
        assert reply.status == 423 and "locked" in reply.json()["error"]  # type: ignore[index]
    finally:
        server.stop()


def test_panic_and_a_lock_signal_end_the_workspace(interview: tuple[Path, str], tmp_path: Path) -> None:
    from intake.keys.panic import panic

    server = start_workspace(interview[0], tmp_path / "a")
    try:
        session = login(server)
        server.process.send_signal(signal.SIGUSR1)
        assert "lock request" in _wait_locked(session)
    finally:
        server.stop()
    server = start_workspace(interview[0], tmp_path / "b")
    try:
        session = login(server)
        assert session.get("/api/worklist").status == 200
        panic(interview[0])
        assert "panic" in _wait_locked(session)
        assert session.get(f"/api/transcripts/{interview[1]}").status == 423
    finally:
        server.stop()
