"""The launch page: how the browser gets the one-time token without the token ever being on a command line.

A browser is started with its address in argv, and every local user can read any process's argv
(``/proc/PID/cmdline``, ``ps``). So the browser is never given the token, only the name of a file that
other users cannot read:

1. A fresh folder ``intake-ws-PID-RANDOM`` is made (``mkdtemp``: mode 0700, a new name, no link followed)
   in ``$XDG_RUNTIME_DIR`` when that is a folder of this user with mode 0700, else in the temp folder.
   Folders of the same pattern left by a workspace process that no longer runs (killed with ``SIGKILL``)
   are removed first; their tokens died with their servers.
2. ``launch.html`` is created in it with ``O_CREAT | O_EXCL | O_NOFOLLOW`` and mode 0600: a form that
   POSTs the token to ``http://127.0.0.1:PORT/open`` and a script that submits it at once (the page's own
   Content-Security-Policy allows that one script by its hash, and forms only to the workspace). A POST
   keeps the token out of the address bar and the history.
3. The browser is given ``file:///…/launch.html``.
4. The page and its folder are removed as soon as the server has spent the token (:class:`Door` is the
   guard's ``on_spent``), and in any case when the workspace stops (Ctrl-C, ``SIGTERM``, ``SIGHUP``, lock,
   an error).

Who can read the page: the user's own processes (the same trust as the user's browser profile and
terminal), root. A confined browser (snap, flatpak) may not be able to read the folder either: it then
shows an error instead of the workspace, and ``intake workspace --no-browser`` prints the address to paste.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import shutil
import stat
import tempfile
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from intake.fs import process_exists
from intake.workspace.security import Guard

PREFIX = "intake-ws-"
PAGE = "launch.html"
SCRIPT = "document.forms[0].submit();"


def _page(origin: str, token: str) -> str:
    script_hash = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
    csp = f"default-src 'none'; script-src 'sha256-{script_hash}'; form-action {origin}; base-uri 'none'"
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{escape(csp)}">\n'
        '<meta name="referrer" content="no-referrer">\n<title>Intake workspace</title></head><body>\n'
        f'<form method="post" action="{escape(origin)}/open" enctype="application/x-www-form-urlencoded">\n'
        f'<input type="hidden" name="token" value="{escape(token)}">\n'
        "<p>Opening the review workspace…</p>\n"
        '<noscript><button type="submit">Open the review workspace</button></noscript>\n'
        f"</form>\n<script>{SCRIPT}</script>\n</body></html>\n"
    )


def private_base(runtime_dir: str | None) -> Path:
    """``runtime_dir`` (``$XDG_RUNTIME_DIR``, read by the caller) when it is this user's own 0700 folder (a
    tmpfs emptied at logout), else the temp folder (``mkdtemp`` makes the launch folder 0700 there too)."""
    if runtime_dir and os.path.isabs(runtime_dir):
        try:
            st = os.lstat(runtime_dir)
        except OSError:
            st = None
        if st is not None and stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and not st.st_mode & 0o077:
            return Path(runtime_dir)
    return Path(tempfile.gettempdir())


def sweep(base: Path) -> None:
    """Remove launch folders of this user whose workspace process no longer runs."""
    with contextlib.suppress(OSError):
        for entry in base.iterdir():
            pid = entry.name[len(PREFIX):].split("-", 1)[0] if entry.name.startswith(PREFIX) else ""
            if not pid.isdigit():
                continue
            with contextlib.suppress(OSError):
                st = entry.lstat()
                if stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and not process_exists(int(pid)):
                    shutil.rmtree(entry)


def write_page(base: Path, origin: str, token: str) -> Path:
    """Create the launch page (steps 1-2 of the module docstring); returns its path."""
    sweep(base)
    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=base))
    path = folder / PAGE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(_page(origin, token))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return path


@dataclass
class Door:
    """What ``serve`` hands to its ``on_ready``: the one-time address, and the launch page made on request.

    ``url`` holds the token: print it on the user's own terminal (``--no-browser``), never pass it to a
    program. ``launch_page()`` is what a browser may be given."""

    guard: Guard
    base: Path
    page: Path | None = field(default=None, init=False)

    @property
    def url(self) -> str:
        return self.guard.url

    @property
    def address(self) -> str:
        """The token-free address (it answers 403 until the browser has logged in)."""
        return self.guard.origin + "/"

    def launch_page(self) -> Path:
        """Write the launch page (once); it is removed when the token is spent or the workspace stops."""
        if self.page is None:
            self.page = write_page(self.base, self.guard.origin, self.guard.token)
        return self.page

    def close(self) -> None:
        """Remove the launch page and its folder, if any (idempotent)."""
        page, self.page = self.page, None
        if page is not None:
            shutil.rmtree(page.parent, ignore_errors=True)
