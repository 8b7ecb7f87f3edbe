"""Workspace tests: a vault with the two-voice interview, a real `intake workspace` process, and Chromium.

The suite runs with ``--import-mode=importlib``, which does not put test folders on ``sys.path``.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from ws_helpers import PASS, Server, have_tools, make_interview, start_workspace  # noqa: E402

from tests.conftest import cheap_settings  # noqa: E402

ARTEFACTS = Path(__file__).resolve().parents[2] / "docs" / "img"


@pytest.fixture
def interview(tmp_path: Path) -> tuple[Path, str]:
    """(vault directory, transcript id) of the planned two-voice interview; the vault is closed again."""
    from intake.vault.open import create_vault, unlock

    missing = have_tools()
    if missing:
        pytest.skip(missing)
    vault_dir = tmp_path / "vault"
    create_vault(vault_dir, PASS, settings=cheap_settings()).close()
    with unlock(vault_dir, PASS, settings=cheap_settings()) as vault:
        tid = make_interview(vault, tmp_path)
    return vault_dir, tid


@pytest.fixture
def server(interview: tuple[Path, str], tmp_path: Path) -> Iterator[Server]:
    srv = start_workspace(interview[0], tmp_path / "srv")
    yield srv
    srv.stop()


@pytest.fixture
def browser_tmp() -> Iterator[Path]:
    """The browser's TMPDIR: short (Chromium's singleton socket path must fit in 108 bytes), removed after."""
    path = Path(tempfile.mkdtemp(prefix="iws-", dir="/tmp"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def browser(tmp_path: Path, browser_tmp: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A headless Chromium (Debian's, through Playwright) with its profile and HOME under tmp_path."""
    from playwright.sync_api import sync_playwright

    exe = shutil.which("chromium")
    if exe is None:
        pytest.skip("chromium not installed (run scripts/install-system-deps.sh)")
    home, tmp = tmp_path / "browser-home", browser_tmp
    home.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))  # the Playwright driver's own temporary files
    env = {"HOME": str(home), "TMPDIR": str(tmp), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_CACHE_HOME": str(home / ".cache"), "PATH": "/usr/bin:/bin"}
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=exe, headless=True, env=env,
            args=["--autoplay-policy=no-user-gesture-required", "--no-sandbox"],
            viewport={"width": 1400, "height": 900})
        yield context
        context.close()
