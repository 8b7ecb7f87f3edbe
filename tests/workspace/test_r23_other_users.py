"""Round 23, W1: another local user who holds the session cookie still gets nothing from the workspace.

Browsers do not isolate cookies by port (RFC 6265 §8.5): after the steward logged in, Chromium sends the
``intake_ws_PORT`` cookie to every server on 127.0.0.1, one that another user of the machine runs included.
With the cookie alone that user read every transcript. Now each request must come from a TCP connection
that the kernel says belongs to the workspace's own user (/proc/net/tcp), whatever cookie it carries.
"""

from __future__ import annotations

import http.server
import os
import socket
import threading
from pathlib import Path

import pytest
from http_helpers import login
from ws_helpers import Server

OTHER_UID = 65534  # nobody
needs_root = pytest.mark.skipif(os.getuid() != 0, reason="switching to another user needs root")


def _as_other_user(port: int, path: str, cookie: str) -> int:
    """The HTTP status another user (uid 65534) gets for GET ``path`` with ``cookie``."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop to another user, ask once, report the status line
        status = b"000"
        try:
            os.close(read)
            os.setgroups([])
            os.setgid(OTHER_UID)
            os.setuid(OTHER_UID)
            conn = socket.create_connection(("127.0.0.1", port), timeout=10)
            conn.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {cookie}\r\n"
                         "Connection: close\r\n\r\n".encode())
            status = conn.recv(64).split(b" ")[1][:3]
            conn.close()
        finally:
            os.write(write, status)
            os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read, "rb") as fh:
        return int(fh.read() or b"0")


@needs_root
def test_r23_w1_a_session_cookie_used_by_another_user_is_refused(server: Server) -> None:
    session = login(server)
    assert session.get("/api/worklist").status == 200
    assert _as_other_user(server.port, "/api/worklist", session.cookie) == 403
    assert _as_other_user(server.port, "/", session.cookie) == 403
    assert session.get("/api/worklist").status == 200  # the steward's own connections still work


@needs_root
def test_r23_w1_the_cookie_chromium_leaks_to_another_port_opens_nothing(server: Server, browser,  # type: ignore[no-untyped-def]
                                                                        interview: tuple[Path, str]) -> None:
    seen: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):  # another user's server on another loopback port
        def do_GET(self) -> None:
            seen.append(self.headers.get("Cookie") or "")
            body = b"<!doctype html><p>hello</p>"
            self.send_response(200)
            self.send_header("content-type", "text/html")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    other = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    try:
        page = browser.new_page()
        page.goto(server.url)
        page.wait_for_selector("#worklist-table tbody tr")
        browser.new_page().goto(f"http://127.0.0.1:{other.server_port}/")
    finally:
        other.shutdown()
    leaked = [c for c in seen if f"intake_ws_{server.port}=" in c]
    assert leaked, "Chromium no longer sends cookies across ports: this test's premise changed"
    cookie = next(p.strip() for p in leaked[0].split(";") if p.strip().startswith(f"intake_ws_{server.port}="))
    assert _as_other_user(server.port, "/api/worklist", cookie) == 403
    assert _as_other_user(server.port, f"/api/transcripts/{interview[1]}", cookie) == 403


def test_r23_w1_the_kernel_table_names_the_connecting_user(tmp_path: Path) -> None:
    from intake.workspace.peer import loopback_peer_uid

    table = tmp_path / "tcp"
    table.write_text(
        "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
        "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 1 1\n"
        "   1: 0100007F:1F90 0100007F:C350 01 00000000:00000000 00:00000000 00000000  1000        0 2 1\n"
        "   2: 0100007F:C350 0100007F:1F90 01 00000000:00000000 00:00000000 00000000  1001        0 3 1\n")
    table6 = tmp_path / "tcp6"
    table6.write_text(
        "  sl  local_address                         remote_address                        st tx_queue rx_queue"
        " tr tm->when retrnsmt   uid  timeout inode\n"
        "   0: 0000000000000000FFFF00000100007F:C351 0000000000000000FFFF00000100007F:1F90 01 00000000:00000000"
        " 00:00000000 00000000  1002        0 4 1\n")
    tables = (table, table6)
    assert loopback_peer_uid(0xC350, 0x1F90, tables) == 1001  # the client's end, not the server's
    assert loopback_peer_uid(0xC351, 0x1F90, tables) == 1002  # an IPv4-mapped client socket
    assert loopback_peer_uid(0xC352, 0x1F90, tables) is None
    assert loopback_peer_uid(0xC350, 0x1F91, tables) is None
