"""The workspace in a real browser (Debian's Chromium through Playwright) on the two-voice interview."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from ws_helpers import PASS, Server, open_transcript

SHOTS_ENV = "INTAKE_WORKSPACE_SHOTS"  # a folder to copy the screenshots into (docs/img when refreshing the guide)


def _shot(page, tmp_path: Path, name: str) -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path / "shots" / name
    out.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(out), full_page=False)
    if os.environ.get(SHOTS_ENV):
        shutil.copy(out, Path(os.environ[SHOTS_ENV]) / name)
    return out


def _plan(vault_dir: Path, tid: str):  # type: ignore[no-untyped-def]
    from intake.review.store import require_plan
    from intake.vault.open import unlock
    from tests.conftest import cheap_settings

    with unlock(vault_dir, PASS, settings=cheap_settings()) as vault:
        return require_plan(vault, tid)


def _item(page, text: str):  # type: ignore[no-untyped-def]
    return page.locator("mark.item", has_text=text).first


def _select_text(page, segment: int, text: str) -> None:
    page.evaluate("""([segment, text]) => {
        const box = document.querySelector(`.raw[data-i="${segment}"]`);
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
            const at = t.textContent.indexOf(text);
            if (at >= 0) {
                const range = document.createRange();
                range.setStart(t, at); range.setEnd(t, at + text.length);
                const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
                return;
            }
        }
        throw new Error('text not found');
    }""", [segment, text])


def test_decide_by_keyboard_and_click(browser, server: Server, interview, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault_dir, tid = interview
    page = open_transcript(browser, server, tid)
    assert page.inner_text("#progress") == "0 of 8 decided"
    first = _item(page, "Anna Smith")
    assert "PERSON" in first.get_attribute("data-tag") and "undecided" in first.get_attribute("data-tag")
    assert "[PERSON-01]" in page.inner_text("#seg-1 .preview")
    _shot(page, tmp_path, "workspace-review.png")
    page.keyboard.press("a")  # accept the selected first item (Anna Smith)
    page.wait_for_selector("#progress:has-text('1 of 8 decided')")
    assert "accepted" in _item(page, "Anna Smith").get_attribute("data-tag")
    page.keyboard.press("r")  # the next item, Minsk: reject
    page.wait_for_selector("#progress:has-text('2 of 8 decided')")
    assert "rejected" in _item(page, "Minsk").get_attribute("data-tag")
    assert "Minsk" in page.inner_text("#seg-1 .preview")
    page.keyboard.press("u")  # undo the rejection
    page.wait_for_selector("#progress:has-text('1 of 8 decided')")
    assert "undecided" in _item(page, "Minsk").get_attribute("data-tag")
    _item(page, "Gomel").click()  # the town stands for the prison there: relabel it
    page.select_option("#relabel", "DETENTION")
    page.click("#relabel-go")
    page.wait_for_selector("#progress:has-text('2 of 8 decided')")
    assert "DETENTION" in _item(page, "Gomel").get_attribute("data-tag")
    _item(page, "Oleg Novak").click()  # the reviewer knows both names are one person: merge, chosen from the list
    marie_key = next(i.entity_key for i in _plan(vault_dir, tid).items if i.original == "Marie Imanova")
    page.select_option("#merge", marie_key)
    page.click("#merge-go")
    page.wait_for_selector("#progress:has-text('3 of 8 decided')")
    _item(page, "Anna Smith").click()
    page.keyboard.press("Shift+R")  # every occurrence of the entity at once
    page.wait_for_selector("#progress:has-text('4 of 8 decided')")
    _select_text(page, 0, "village")  # a missed detail: select it and mask it
    page.select_option("#add-label", "LOCATION")
    page.click("#add")
    page.wait_for_selector("#progress:has-text('5 of 9 decided')")
    assert "added" in _item(page, "village").get_attribute("data-tag")
    _shot(page, tmp_path, "workspace-decided.png")
    page.close()
    plan = {i.original: i for i in _plan(vault_dir, tid).items}
    assert plan["Gomel"].label == "DETENTION" and plan["Gomel"].decision == "relabelled"
    assert plan["Oleg Novak"].replacement == plan["Marie Imanova"].replacement
    assert plan["Oleg Novak"].decision == "accepted"
    assert plan["village"].decision == "added" and plan["Minsk"].decision == "suggested"
    smiths = [i for i in _plan(vault_dir, tid).items if i.original == "Anna Smith"]
    assert len(smiths) == 2 and all(i.decision == "rejected" for i in smiths)


def test_correct_a_segment_carries_decisions(browser, server: Server, interview, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from intake.transcripts.store import list_transcripts, load_segments
    from intake.vault.open import unlock
    from tests.conftest import cheap_settings

    vault_dir, tid = interview
    page = open_transcript(browser, server, tid)
    _item(page, "Marie Imanova").click()
    page.keyboard.press("a")
    _item(page, "Gomel").click()
    page.keyboard.press("a")
    page.wait_for_selector("#progress:has-text('2 of 8 decided')")
    page.click("#seg-3 button.edit")
    page.fill("#seg-3 textarea", "In March. I wrote to Maria Ivanova every week.")
    page.click("#seg-3 .save-correction")
    page.wait_for_selector("#notice:has-text('new version 2')")
    notice = page.inner_text("#notice")
    assert "could not be carried forward" in notice and "Marie Imanova" in notice
    assert "Maria Ivanova" in page.inner_text("#seg-3 .raw")
    assert "Anna Smith" in page.inner_text("#seg-1 .raw")  # other segments unchanged
    page.close()
    with unlock(vault_dir, PASS, settings=cheap_settings()) as vault:
        versions = [t for t in list_transcripts(vault)]
        assert [t.version for t in versions] == [1, 2]
        assert "Maria Ivanova" in load_segments(vault, versions[1].id)[3].text
        assert "Marie Imanova" in load_segments(vault, tid)[3].text  # the old version is kept
        rows = vault.conn.execute("SELECT action FROM audit").fetchall()
        assert ("transcript.correct",) in rows


def test_play_a_segment_with_range_requests(browser, server: Server, interview, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _vault_dir, tid = interview
    page = open_transcript(browser, server, tid)
    statuses: list[int] = []
    page.on("response", lambda r: statuses.append(r.status) if "/api/audio/" in r.url else None)
    page.select_option("#speed", "1.5")
    page.check("#loop")
    page.click("#seg-2 button.play")
    page.wait_for_function("() => { const p = document.getElementById('player');"
                           " return !p.paused && p.currentTime > 7.8; }", timeout=15000)
    assert page.evaluate("document.getElementById('player').playbackRate") == 1.5
    page.wait_for_function("() => document.getElementById('player').currentTime > 8.5", timeout=15000)
    # looping: the player never runs past the segment's end for long
    end = page.evaluate("state_end = document.querySelector('#seg-2 .meta').textContent")
    assert end
    ranged = page.evaluate("""async (tid) => (await fetch('/api/audio/' + tid,
        { headers: { Range: 'bytes=0-15' } })).status""", tid)
    assert ranged == 206
    assert 206 in statuses or 200 in statuses
    page.close()


def test_approve_is_blocked_by_a_leak_and_allowed_after_masking(browser, server: Server, interview,  # type: ignore[no-untyped-def]
                                                                tmp_path: Path) -> None:
    vault_dir, tid = interview
    page = open_transcript(browser, server, tid)
    page.click("#approve")
    page.wait_for_selector("#blockers li")
    assert "not decided" in page.inner_text("#notice")
    _item(page, "Anna Smith").click()
    page.keyboard.press("Shift+R")  # a mistake: the registered name rejected everywhere
    for _ in range(6):
        first_open = page.locator("mark.dec-suggested").first
        first_open.click()
        page.keyboard.press("a")
        page.wait_for_timeout(50)
    page.wait_for_selector("#progress:has-text('8 of 8 decided')")
    page.click("#approve")
    page.wait_for_selector("#blockers li:has-text('Leak check')")
    assert "leak check" in page.inner_text("#notice")
    _shot(page, tmp_path, "workspace-blocked.png")
    page.locator("#blockers li:has-text('Leak check') button.jump").first.click()
    assert "Anna Smith" in page.inner_text("#current")
    page.keyboard.press("Shift+A")  # mask it again, every occurrence
    page.wait_for_selector("mark.dec-accepted:has-text('Anna Smith')")
    page.click("#approve")
    page.wait_for_selector("#notice:has-text('Approved for export')")
    page.close()
    server.stop()
    from intake.transcripts.store import get_transcript_info
    from intake.vault.open import unlock
    from tests.conftest import cheap_settings

    with unlock(vault_dir, PASS, settings=cheap_settings()) as vault:
        assert get_transcript_info(vault, tid).status == "approved"


def test_register_from_a_selection(browser, server: Server, interview, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from intake.review.store import list_entities
    from intake.vault.open import unlock
    from tests.conftest import cheap_settings

    vault_dir, tid = interview
    page = open_transcript(browser, server, tid)
    _select_text(page, 5, "Oleg Novak")
    page.select_option("#kind", "person")
    page.fill("#aliases", "Alik")
    page.click("#register")
    page.wait_for_selector("#notice:has-text('registered; 1 occurrence')")
    assert "accepted" in _item(page, "Oleg Novak").get_attribute("data-tag")
    page.close()
    with unlock(vault_dir, PASS, settings=cheap_settings()) as vault:
        names = {e.name: e for e in list_entities(vault)}
    assert "Oleg Novak" in names and names["Oleg Novak"].aliases == ("Alik",)


def test_the_launch_page_logs_in(browser, interview, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The browser opener's path: Chromium is given only a file address; the page logs it in and is gone."""
    from urllib.parse import unquote, urlsplit

    from ws_helpers import start_workspace_launching

    server, launch = start_workspace_launching(interview[0], tmp_path / "srv")
    try:
        assert launch.startswith("file://") and "token" not in launch
        page_file = Path(unquote(urlsplit(launch).path))
        assert page_file.is_file()
        page = browser.new_page()
        page.goto(launch)
        page.wait_for_selector("#worklist-table tbody tr")
        assert page.url == server.origin + "/"  # the token never reached the address bar
        assert not page_file.exists() and not page_file.parent.exists()
        page.close()
    finally:
        server.stop()
