"""F3 (Medium): the workspace's one-time token must not appear in any process's command line.

``intake workspace`` used to open the browser with ``http://127.0.0.1:PORT/open?token=T``: the token sat in
the argv of the browser (and of xdg-open and friends), readable by every local user in ``/proc/PID/cmdline``,
who could spend it first and read every transcript. A fake browser (``$BROWSER``) records its argv and
environment, and, while it "starts", the command line of every process on the machine; the token (and the
passphrase) must be in none of them. The launch page it is given must still log in, and must be gone as
soon as the token is spent and when the workspace stops.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

PASS = "correct horse battery staple"

FAKE_BROWSER = """#!{python}
import json, os, pathlib, sys
record = {{"argv": sys.argv, "passphrase_in_env": "INTAKE_PASSPHRASE" in os.environ, "pages": {{}},
          "cmdlines": [], "pid": os.getpid()}}
for arg in sys.argv[1:]:
    if arg.startswith("file://"):
        path = pathlib.Path(arg[len("file://"):])
        record["pages"][arg] = path.read_text() if path.is_file() else None
        record["page_mode"] = oct(path.stat().st_mode & 0o777)
        record["folder_mode"] = oct(path.parent.stat().st_mode & 0o777)
for proc in pathlib.Path("/proc").iterdir():
    if proc.name.isdigit():
        try:
            ppid = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
            line = (proc / "cmdline").read_bytes().decode("utf-8", "replace")
        except (OSError, IndexError, ValueError):
            continue
        record["cmdlines"].append({{"pid": int(proc.name), "ppid": ppid, "cmdline": line}})
log = pathlib.Path(os.environ["FAKE_BROWSER_LOG"])
log.with_suffix(".part").write_text(json.dumps(record))
os.replace(log.with_suffix(".part"), log)  # whole or absent: the test reads it as soon as it exists
"""


@dataclass
class Run:
    process: subprocess.Popen[str]
    record: dict  # type: ignore[type-arg]
    runtime: Path
    tmp: Path

    def stop(self) -> str:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
        return self.process.stderr.read() if self.process.stderr else ""


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    from intake.vault.open import create_vault
    from tests.conftest import cheap_settings

    path = tmp_path / "vault"
    create_vault(path, PASS, settings=cheap_settings()).close()
    return path


def _start(vault_dir: Path, tmp_path: Path) -> Iterator[Run]:
    bin_dir, home, tmp, runtime = (tmp_path / n for n in ("bin", "home", "tmp", "run"))
    for d in (bin_dir, home, tmp, runtime):
        d.mkdir(mode=0o700)
    browser = bin_dir / "fake-browser"
    browser.write_text(FAKE_BROWSER.format(python=sys.executable))
    browser.chmod(0o700)
    log = tmp_path / "browser.json"
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(tmp), "XDG_RUNTIME_DIR": str(runtime),
           "BROWSER": str(browser), "FAKE_BROWSER_LOG": str(log), "INTAKE_PASSPHRASE": PASS,
           "INTAKE_VAULT": str(vault_dir), "INTAKE_INSECURE_TEST_KDF": "1",
           "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    cmd = [sys.executable, "-c", "from intake.cli.main import main; main()", "workspace"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not log.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    run = Run(proc, json.loads(log.read_text()) if log.exists() else {}, runtime, tmp)
    try:
        assert run.record, f"the browser was never started: {run.stop()}"
        yield run
    finally:
        run.stop()


@pytest.fixture
def run(vault_dir: Path, tmp_path: Path) -> Iterator[Run]:
    yield from _start(vault_dir, tmp_path)


def _token(record: dict) -> str:  # type: ignore[type-arg]
    """The one-time token the browser was given: in its URL argument, or in the launch page it names."""
    for arg in record["argv"][1:]:
        found = re.search(r"token=([\w-]+)", arg)
        if found:
            return found.group(1)
    for text in record["pages"].values():
        found = re.search(r'name="token" value="([\w-]+)"', text or "")
        if found:
            return found.group(1)
    raise AssertionError(f"no token reached the browser: {record['argv'][1:]}")


def _launch_page(record: dict) -> Path:  # type: ignore[type-arg]
    (url,) = record["pages"]
    return Path(unquote(urlsplit(url).path))


def _post_open(port: int, body: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    send = {"Host": f"127.0.0.1:{port}", "Origin": "null", "Content-Type": "application/x-www-form-urlencoded",
            **{k.replace("_", "-"): v for k, v in headers.items()}}
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    conn.request("POST", "/open", body=body, headers=send)
    reply = conn.getresponse()
    out = reply.status, {k.lower(): v for k, v in reply.getheaders()}, reply.read()
    conn.close()
    return out


def _port(run: Run) -> int:
    (text,) = run.record["pages"].values()
    action = re.search(r'action="http://127\.0\.0\.1:(\d+)/open"', text)
    assert action, "the launch page posts to the workspace"
    return int(action.group(1))


def _tree(entries: list[dict], root: int) -> list[dict]:  # type: ignore[type-arg]
    """The processes descended from ``root`` (itself included)."""
    inside, grew = {root}, True
    while grew:
        grew = False
        for entry in entries:
            if entry["ppid"] in inside and entry["pid"] not in inside:
                inside.add(entry["pid"])
                grew = True
    tree = [e for e in entries if e["pid"] in inside]
    assert any(e["pid"] == root for e in tree), "the workspace process was not seen"
    return tree


def test_no_secret_in_any_command_line(run: Run) -> None:
    token = _token(run.record)
    assert len(token) >= 43
    for entry in run.record["cmdlines"]:  # the token is unique: no process on the machine may show it
        assert token not in entry["cmdline"], "the one-time token is on a command line"
    # The test passphrase is shared with other work on the machine: only the workspace's own process tree
    # (intake, the browser it started and their children) must not show it.
    tree = _tree(run.record["cmdlines"], run.process.pid)
    assert any(e["pid"] == run.record["pid"] for e in tree), "the browser is not the workspace's child"
    for entry in tree:
        assert PASS not in entry["cmdline"], "the passphrase is on a command line"
    assert not any("token=" in arg for arg in run.record["argv"])
    assert not run.record["passphrase_in_env"], "the browser inherited INTAKE_PASSPHRASE"


def test_the_launch_page_is_private_logs_in_once_and_is_removed(run: Run) -> None:
    (argument,) = run.record["argv"][1:]
    assert argument.startswith("file://")
    assert run.record["page_mode"] == "0o600" and run.record["folder_mode"] == "0o700"
    page = _launch_page(run.record)
    assert run.runtime in page.parents  # $XDG_RUNTIME_DIR, never a shared folder when there is a private one
    port, token = _port(run), _token(run.record)
    status, headers, body = _post_open(port, f"token={token}")
    assert status == 200 and b'http-equiv="refresh" content="0; url=/"' in body
    assert "HttpOnly" in headers["set-cookie"] and "SameSite=Strict" in headers["set-cookie"]
    assert not page.exists() and not page.parent.exists(), "the launch page outlived its token"
    assert _post_open(port, f"token={token}")[0] == 403  # spent
    run.stop()
    assert list(run.runtime.iterdir()) == [] and list(run.tmp.iterdir()) == []


@pytest.mark.parametrize(("body", "headers"), [
    ("token={t}", {"Origin": "http://evil.example"}),
    ("token={t}", {"Origin": "http://127.0.0.1:{p}"}),  # only the file page's opaque origin
    ("token={t}", {"Content_Type": "application/json"}),
    ("token={t}&next=/", {}),
    ("token={t}&token={t}", {}),
    ("token={t}" + "&x" * 200, {}),
    ("token=" + "A" * 43, {}),
])
def test_post_open_accepts_exactly_the_launch_pages_exchange(run: Run, body: str, headers: dict[str, str]) -> None:
    port, token = _port(run), _token(run.record)
    send = {k: v.format(p=port) for k, v in headers.items()}
    assert _post_open(port, body.format(t=token), **send)[0] == 403
    assert _launch_page(run.record).exists()  # nothing was spent
    assert _post_open(port, f"token={token}")[0] == 200


def test_the_origin_header_is_required(run: Run) -> None:
    port, token = _port(run), _token(run.record)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    conn.request("POST", "/open", body=f"token={token}", headers={
        "Host": f"127.0.0.1:{port}", "Content-Type": "application/x-www-form-urlencoded"})
    assert conn.getresponse().status == 403
    conn.close()


def test_a_hangup_removes_the_launch_page(run: Run) -> None:
    page = _launch_page(run.record)
    run.process.send_signal(signal.SIGHUP)
    run.process.wait(20)
    assert not page.exists() and list(run.runtime.iterdir()) == []


def test_the_launch_page_is_removed_when_the_workspace_stops_unused(run: Run) -> None:
    page = _launch_page(run.record)
    assert page.exists()
    run.stop()
    assert not page.exists() and list(run.runtime.iterdir()) == []


@pytest.mark.parametrize("args", [["--no-browser"], []])
def test_without_a_browser_the_address_is_printed_and_no_page_is_left(vault_dir: Path, tmp_path: Path,
                                                                       args: list[str]) -> None:
    """``--no-browser``, or a browser that cannot be started (``$BROWSER`` fails): the one-time address goes
    to the user's own terminal only, and no launch page stays behind."""
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "TERM")}
    env.update({"HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(runtime), "BROWSER": "false",
                "INTAKE_PASSPHRASE": PASS, "INTAKE_VAULT": str(vault_dir), "INTAKE_INSECURE_TEST_KDF": "1",
                "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    cmd = [sys.executable, "-c", "from intake.cli.main import main; main()", "workspace", *args]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert re.fullmatch(r"workspace: http://127\.0\.0\.1:\d+/open\?token=[\w-]{43}\n", line), line
        assert list(runtime.iterdir()) == []
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=20)
    assert ("no browser could be started" in err) == (not args)


def test_the_launch_folder_is_private_even_without_a_private_runtime_dir(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    from intake.workspace.launch import private_base, write_page

    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert private_base(str(shared)) == tmp_path  # not 0700: not trusted as private
    assert private_base(None) == tmp_path and private_base("relative/run") == tmp_path
    shared.chmod(0o700)
    assert private_base(str(shared)) == shared
    page = write_page(private_base(None), "http://127.0.0.1:4000", "T" * 43)
    assert page.parent.parent == tmp_path
    assert page.stat().st_mode & 0o777 == 0o600 and page.parent.stat().st_mode & 0o777 == 0o700


def test_leftovers_of_a_killed_workspace_are_swept(tmp_path: Path) -> None:
    from intake.workspace.launch import sweep, write_page

    gone = subprocess.Popen(["true"])
    gone.wait()
    dead = tmp_path / f"intake-ws-{gone.pid}-abc"
    dead.mkdir(mode=0o700)
    (dead / "launch.html").write_text("old")
    unrelated = tmp_path / "intake-ws-notapid"
    unrelated.mkdir()
    live = write_page(tmp_path, "http://127.0.0.1:4000", "T" * 43)  # this process: alive
    sweep(tmp_path)
    assert not dead.exists() and unrelated.exists() and live.exists()
