"""Round 23, A1: the lock request the review workspace watches cannot hang it, and comes only from a private
folder.

Before, the workspace read ``lock-request`` by name with a blocking ``open`` that followed links, on the
event loop's thread, from a folder it never checked (``/tmp/intake-UID`` without ``XDG_RUNTIME_DIR``,
where another user may have made it first). A FIFO put there hung the whole workspace with the vault
unlocked: no idle lock, no panic lock, while the page said it had stopped. ``intake lock``
on such a folder printed that the workspace "was asked to lock" when nothing was written.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from intake.agent import runtime
from intake.agent.lockreq import REQUEST_NAME, LockWatch, request_lock
from intake.errors import AgentError


def _within(seconds: float, fn, fifo: Path):  # type: ignore[no-untyped-def]
    """fn() run in a thread; a hang fails the test (the FIFO is then opened for writing to free the thread)."""
    out: dict[str, object] = {}
    worker = threading.Thread(target=lambda: out.setdefault("value", fn()), daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        worker.join(5)
        pytest.fail("reading the lock request blocked on a FIFO")
    return out.get("value")


def test_r23_a1_a_fifo_as_lock_request_never_blocks_and_locks(tmp_path: Path) -> None:
    folder = runtime.private_dir(tmp_path / "agents", create=True)
    watch = LockWatch(folder)
    fifo = folder / REQUEST_NAME
    os.mkfifo(fifo, 0o600)
    assert _within(3.0, watch.requested, fifo) is True  # fails closed: the workspace locks


def test_r23_a1_a_fifo_at_start_is_refused(tmp_path: Path) -> None:
    folder = runtime.private_dir(tmp_path / "agents", create=True)
    fifo = folder / REQUEST_NAME
    os.mkfifo(fifo, 0o600)

    def start() -> str:
        try:
            LockWatch(folder)
        except AgentError as err:
            return err.message
        return "started"

    assert "not a regular file" in str(_within(3.0, start, fifo))


def test_r23_a1_a_folder_others_can_write_is_refused_and_a_changed_one_locks(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    with pytest.raises(AgentError, match="not a private folder"):
        LockWatch(shared)
    folder = runtime.private_dir(tmp_path / "agents", create=True)
    watch = LockWatch(folder)
    assert not watch.requested()
    folder.chmod(0o777)  # someone else could now write requests, or links
    assert watch.requested()


def test_r23_a1_a_link_as_lock_request_is_not_followed(tmp_path: Path) -> None:
    folder = runtime.private_dir(tmp_path / "agents", create=True)
    watch = LockWatch(folder)
    target = tmp_path / "elsewhere"
    target.write_text("x")
    (folder / REQUEST_NAME).symlink_to(target)
    assert watch.requested() is True
    (folder / REQUEST_NAME).unlink()
    later = LockWatch(folder)
    request_lock(folder)
    assert later.requested()


def _untrusted_runtime_dir(tmp_path: Path) -> Path:
    """A runtime folder whose ``intake`` folder every user may write to (as if another user had made it)."""
    run = tmp_path / "run"
    run.mkdir(mode=0o700)
    (run / "intake").mkdir()
    (run / "intake").chmod(0o777)
    return run


def test_r23_a1_intake_lock_on_a_folder_it_cannot_trust_says_nothing_was_locked(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = _untrusted_runtime_dir(tmp_path)
    code, out, err = cli(["lock"], env={"XDG_RUNTIME_DIR": str(run)})
    assert code == 1, (out, err)
    assert "asked to lock" not in out
    assert err.startswith("intake: error: nothing was locked: ")
    assert "intake: hint: " in err


def test_r23_a1_a_missing_folder_is_no_request_until_one_is_left(tmp_path: Path) -> None:
    folder = tmp_path / "agents"
    watch = LockWatch(folder)  # nothing is created
    assert not folder.exists() and not watch.requested()
    runtime.private_dir(folder, create=True)
    assert not watch.requested()
    request_lock(folder)
    assert watch.requested()


def test_r23_a1_the_workspace_refuses_an_untrusted_folder_before_the_passphrase(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = _untrusted_runtime_dir(tmp_path)
    code, _out, err = cli(["workspace", "--no-browser"], input="", env={"XDG_RUNTIME_DIR": str(run),
                                                                         "INTAKE_VAULT": str(tmp_path)})
    assert code == 1 and "not a private folder" in err and "Passphrase" not in err
