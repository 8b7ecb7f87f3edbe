"""The marker scan of tests/proof, after a workspace session in a real browser: no plaintext on disk.

The session reads the transcript, decides, plays the audio (range requests), corrects a segment and
approves nothing; then the server is stopped and the browser closed, and every file under the test's
folders (vault, the server's HOME and TMPDIR, the browser's profile, HOME and TMPDIR) is searched for
the spoken marker word, the names, and a WAV header.
"""

from __future__ import annotations

from pathlib import Path

from ws_helpers import MARKER, Server

NEEDLES = (MARKER.encode(), b"smith", b"imanova", b"ivanova", b"novak", b"wavefmt")


def _scan(*roots: Path) -> int:
    scanned = 0
    for root in roots:
        for path in root.rglob("*"):
            if not path.is_file() or path.is_symlink():
                continue
            scanned += 1
            low = path.read_bytes().lower()
            for needle in NEEDLES:
                assert needle not in low, f"{needle!r} in {path}"
            assert "smith".encode("utf-16-le") not in low and MARKER.encode("utf-16-le") not in low, path
    return scanned


def test_a_browser_session_leaves_no_plaintext(browser, browser_tmp: Path, server: Server, interview,  # type: ignore[no-untyped-def]
                                               tmp_path: Path) -> None:
    _vault, tid = interview
    page = browser.new_page()
    page.goto(server.url)
    page.wait_for_selector("#worklist-table tbody tr")
    page.click(f'a[href="#/t/{tid}"]')
    page.wait_for_selector("body[data-ready]")
    assert MARKER in page.inner_text("#seg-0 .raw")  # the marker is on screen, or the scan proves nothing
    page.keyboard.press("a")
    page.wait_for_selector("#progress:has-text('1 of 8 decided')")
    page.click("#seg-1 button.play")
    page.wait_for_function("() => !document.getElementById('player').paused", timeout=15000)
    page.click("#seg-3 button.edit")
    page.fill("#seg-3 textarea", "In March. I wrote to Maria Ivanova every week.")
    page.click("#seg-3 .save-correction")
    page.wait_for_selector("#notice:has-text('new version 2')")
    page.close()
    browser.close()
    log = server.stop()
    assert MARKER not in log.lower() and "smith" not in log.lower()
    assert _scan(tmp_path, browser_tmp) > 20
