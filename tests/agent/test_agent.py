"""The unlock agent as a steward uses it: a real agent process on a socket under the test's temp folder.

One passphrase, then commands that ask none; idle timeout, `intake lock`, `intake panic`, a destroyed slot
and the end of the login session each lock it; another user is refused (the SO_PEERCRED check on the
kernel's bytes); the master key is never written to any file.
"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from intake.agent import client, runtime
from intake.agent.lockreq import LockWatch, request_lock
from intake.errors import AgentError
from intake.vault.header import read_header
from intake.vault.open import unlock
from tests.conftest import PASSPHRASE, cheap_settings

ROOT = Path(__file__).resolve().parents[2]
Cli = Callable[..., tuple[int, str, str]]
pytestmark = pytest.mark.skipif(not hasattr(socket, "SO_PEERCRED"), reason="the agent needs SO_PEERCRED (Linux)")


def _folder() -> Path:
    return runtime.agent_dir(os.environ["XDG_RUNTIME_DIR"], os.getuid())


def _sock(vault_dir: Path) -> Path:
    return runtime.socket_path(_folder(), read_header(vault_dir).vault_id)


def _gone(sock: Path, within: float = 5.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if client.status(sock) is None and not sock.exists():
            return True
        time.sleep(0.1)
    return False


@pytest.fixture
def steward(cli, vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Cli]:  # type: ignore[no-untyped-def]
    """run(*args, passphrase=None) as a steward types it; every agent is locked afterwards."""
    monkeypatch.setenv("PYTHONPATH", str(ROOT))  # the agent process imports this checkout

    def run(*args: str, passphrase: str | None = None, input: str | None = None) -> tuple[int, str, str]:
        env = {"INTAKE_VAULT": str(vault_dir)}
        if passphrase:
            env["INTAKE_PASSPHRASE"] = passphrase
        return cli(list(args), input=input, env=env)

    yield run
    client.lock_all(_folder())


def test_one_passphrase_then_commands_ask_none(steward: Cli, vault_dir: Path) -> None:
    code, out, err = steward("unlock", input=f"{PASSPHRASE}\n")
    assert code == 0, err
    assert out.startswith("unlocked: agent ") and "locks after 15m without use" in out
    for args in (["status"], ["interviews", "list"], ["audit", "verify"]):
        code, out, err = steward(*args, input="")  # no passphrase anywhere: an empty input would abort a prompt
        assert code == 0, (args, err)
        assert "Passphrase" not in err
    code, out, _ = steward("status")
    assert "unlock agent    holds this vault (pid " in out
    code, out, _ = steward("lock")
    assert code == 0 and out.splitlines()[0] == "locked 1 unlock agent(s)"
    assert _gone(_sock(vault_dir))
    code, _, err = steward("status", input="")
    assert code == 130 and "Passphrase:" in err  # asked again, and nothing typed


def test_a_second_unlock_says_it_is_unlocked_and_asks_nothing(steward: Cli) -> None:
    assert steward("unlock", passphrase=PASSPHRASE)[0] == 0
    code, out, err = steward("unlock", input="")
    assert code == 0 and out.startswith("already unlocked: agent ") and "Passphrase" not in err


def test_folder_and_socket_are_private(steward: Cli, vault_dir: Path) -> None:
    assert steward("unlock", passphrase=PASSPHRASE)[0] == 0
    sock = _sock(vault_dir)
    assert stat.S_IMODE(os.lstat(sock.parent).st_mode) == 0o700
    assert stat.S_ISSOCK(os.lstat(sock).st_mode) and stat.S_IMODE(os.lstat(sock).st_mode) == 0o600


def test_idle_timeout_locks(steward: Cli, vault_dir: Path) -> None:
    assert steward("unlock", "--timeout", "1s", passphrase=PASSPHRASE)[0] == 0
    sock = _sock(vault_dir)
    assert client.status(sock) is not None
    assert _gone(sock, within=6.0)


def test_a_request_keeps_it_unlocked_past_the_timeout(steward: Cli, vault_dir: Path) -> None:
    assert steward("unlock", "--timeout", "3s", passphrase=PASSPHRASE)[0] == 0
    for _ in range(3):
        time.sleep(1.5)
        assert steward("interviews", "list", input="")[0] == 0
    assert client.status(_sock(vault_dir)) is not None


def test_panic_locks_the_agent(steward: Cli, vault_dir: Path) -> None:
    assert steward("unlock", passphrase=PASSPHRASE)[0] == 0
    code, out, _ = steward("panic", "--yes")
    assert code == 0 and "locked 1 unlock agent(s)" in out
    assert _gone(_sock(vault_dir))


def test_a_destroyed_slot_locks_the_agent_by_itself(steward: Cli, vault_dir: Path) -> None:
    """A panic from elsewhere (another terminal's runtime folder, the Python API) reaches the agent too."""
    from intake.keys.panic import panic

    assert steward("unlock", passphrase=PASSPHRASE)[0] == 0
    panic(vault_dir)
    assert _gone(_sock(vault_dir))


def test_key_rotation_locks_the_agent_holding_the_old_key(steward: Cli, vault_dir: Path) -> None:
    assert steward("unlock", passphrase=PASSPHRASE)[0] == 0
    code, out, err = steward("keys", "rotate", "--yes", passphrase=PASSPHRASE)
    assert code == 0, err
    assert "the unlock agent held the old master key and was locked" in out
    assert _gone(_sock(vault_dir))


def test_key_management_still_asks_the_passphrase(steward: Cli) -> None:
    assert steward("unlock", passphrase=PASSPHRASE)[0] == 0
    code, _, err = steward("keys", "passwd", input="")
    assert code == 130 and "Passphrase:" in err


def test_the_end_of_the_login_session_locks_it(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    leader = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    sock = _start(vault_dir, session_leader=leader.pid)
    assert client.status(sock) is not None
    leader.kill()
    leader.wait()
    assert _gone(sock)


def _start(vault_dir: Path, *, session_leader: int, idle_s: float = 60) -> Path:
    sock = _sock(vault_dir)
    runtime.private_dir(sock.parent, create=True)
    with unlock(vault_dir, PASSPHRASE, settings=cheap_settings()) as vault:
        setup = {"vault_path": str(vault_dir), "vault_id": vault.header.vault_id.hex(), "slot_id": vault.slot_id,
                 "idle_s": idle_s, "session_leader": session_leader, "socket": str(sock)}
        client.start([sys.executable, "-m", "intake.cli.agent_proc"], dict(os.environ), setup, vault.master_key)
    return sock


def test_another_vault_gets_nothing(steward: Cli, vault_dir: Path) -> None:
    assert steward("unlock", passphrase=PASSPHRASE)[0] == 0
    assert client.ask_key(_sock(vault_dir), os.urandom(16)) is None
    assert client.ask_key(_sock(vault_dir), read_header(vault_dir).vault_id) is not None


def test_agent_process_is_hardened_and_holds_no_secret_in_argv_or_env(steward: Cli, vault_dir: Path) -> None:
    assert steward("unlock", passphrase=PASSPHRASE)[0] == 0
    pid = int(client.status(_sock(vault_dir))["pid"])  # type: ignore[index]
    limits = Path(f"/proc/{pid}/limits").read_text()
    assert next(ln for ln in limits.splitlines() if ln.startswith("Max core file size")).split()[4:6] == ["0", "0"]
    dumpable = [ln for ln in Path(f"/proc/{pid}/status").read_text().splitlines() if ln.startswith("Dumpable:")]
    assert dumpable in ([], ["Dumpable:\t0"])
    master = _master(vault_dir)
    for name in ("cmdline", "environ"):
        data = Path(f"/proc/{pid}/{name}").read_bytes()
        assert PASSPHRASE.encode() not in data and master not in data and master.hex().encode() not in data


def _master(vault_dir: Path) -> bytes:
    with unlock(vault_dir, PASSPHRASE, settings=cheap_settings()) as vault:
        return vault.master_key


def test_the_master_key_is_never_written_to_a_file(steward: Cli, vault_dir: Path, tmp_path: Path) -> None:
    """Marker scan as in tests/proof: after a session through the agent, no file anywhere under the test's
    folders (vault, runtime folder) holds the master key, raw or in hex."""
    master = _master(vault_dir)
    assert steward("unlock", passphrase=PASSPHRASE)[0] == 0
    for args in (["status"], ["interviews", "list"], ["audit", "show"]):
        assert steward(*args, input="")[0] == 0
    assert steward("lock")[0] == 0
    scanned = 0
    for root in (tmp_path, Path(os.environ["XDG_RUNTIME_DIR"])):
        for path in root.rglob("*"):
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                assert master not in data and master.hex().encode() not in data, path
                scanned += 1
    assert scanned >= 3


def test_peer_check_refuses_another_user() -> None:
    me = os.getuid()
    assert runtime.same_user(runtime.PEERCRED.pack(1234, me, 0), me)
    assert not runtime.same_user(runtime.PEERCRED.pack(1234, me + 1, 0), me)
    assert not runtime.same_user(runtime.PEERCRED.pack(1234, 0, 0) + b"x", 0)  # not a struct ucred
    a, b = socket.socketpair(socket.AF_UNIX)
    with a, b:
        creds = runtime.peer_creds(a)
        assert runtime.same_user(creds, me) and not runtime.same_user(creds, me + 1)


def test_a_folder_others_can_enter_or_a_link_is_refused(tmp_path: Path) -> None:
    open_dir = tmp_path / "open"
    open_dir.mkdir(mode=0o755)
    open_dir.chmod(0o755)
    with pytest.raises(AgentError, match="not a private folder"):
        runtime.private_dir(open_dir, create=False)
    link = tmp_path / "link"
    link.symlink_to(open_dir)
    with pytest.raises(AgentError, match="not a private folder"):
        runtime.private_dir(link, create=True)
    planted = tmp_path / "planted.sock"
    planted.write_bytes(b"")
    assert not runtime.trusted_socket(planted) and client.ask_key(planted, b"\0" * 16) is None


def test_a_lock_request_is_seen_by_a_watch_taken_before(tmp_path: Path) -> None:
    folder = runtime.private_dir(tmp_path / "agents", create=True)
    watch = LockWatch(folder)
    assert not watch.requested()
    request_lock(folder)
    assert watch.requested() and not LockWatch(folder).requested()
    later = LockWatch(folder)
    request_lock(folder)
    assert later.requested()


def test_lock_with_nothing_running_says_so(steward: Cli) -> None:
    code, out, _ = steward("lock")
    assert code == 0 and out.splitlines() == [
        "no unlock agent was running", "a running review workspace (if any) was asked to lock and locks within seconds"]


def test_timeout_is_checked_before_the_passphrase(steward: Cli) -> None:
    code, _, err = steward("unlock", "--timeout", "forever", input="")
    assert code == 2 and "Passphrase" not in err and "--timeout 'forever'" in err
