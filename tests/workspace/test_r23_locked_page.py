"""Round 23, W2: once the workspace locks, the page holds no transcript text any more.

Before, locking only hid the worklist and the review (``hidden``): every segment, name and speaker stayed in
the tab's DOM and script state, so whoever sat at the unattended machine after the idle lock read them with
the browser's developer tools (or by removing ``hidden``), although the page "shows only that it is locked".
"""

from __future__ import annotations

import signal
from pathlib import Path

from ws_helpers import MARKER, NAME, Server, open_transcript

SPEAKERS_AND_TEXT = (MARKER, NAME, "Minsk", "555 0199", "Imanova")


def _everything_the_page_holds(page) -> str:  # type: ignore[no-untyped-def]
    return str(page.evaluate("""() => [document.documentElement.outerHTML,
        ...[...document.querySelectorAll('textarea, input')].map((e) => e.value),
        document.title, window.location.href].join('\\n')"""))


def _open_transcript(browser, server: Server, tid: str):  # type: ignore[no-untyped-def]
    page = open_transcript(browser, server, tid)
    assert MARKER in _everything_the_page_holds(page)
    return page


def test_r23_w2_the_lock_button_leaves_no_transcript_in_the_page(browser, server: Server,  # type: ignore[no-untyped-def]
                                                                  interview: tuple[Path, str]) -> None:
    page = _open_transcript(browser, server, interview[1])
    page.click("#lock")
    page.wait_for_selector("body[data-locked]")
    held = _everything_the_page_holds(page)
    for text in SPEAKERS_AND_TEXT:
        assert text not in held, text
    assert page.locator("#locked").is_visible()
    assert page.evaluate("() => document.querySelector('audio') === null || !document.querySelector('audio').src")


def test_r23_w2_a_lock_from_outside_clears_the_page_too(browser, server: Server,  # type: ignore[no-untyped-def]
                                                        interview: tuple[Path, str]) -> None:
    page = _open_transcript(browser, server, interview[1])
    server.process.send_signal(signal.SIGUSR1)  # as the idle timeout, 'intake lock' or 'intake panic' do
    page.wait_for_selector("body[data-locked]", timeout=15000)
    held = _everything_the_page_holds(page)
    for text in SPEAKERS_AND_TEXT:
        assert text not in held, text
