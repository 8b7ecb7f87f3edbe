"""The review workspace on a two-hour interview: time until the transcript is on screen, and a decision's
round trip, in headless Chromium (Debian's, through Playwright) against a real `intake workspace` process.

A synthetic transcript of 1,500 segments (two hours) with 600 planned items is stored in a fresh vault
(cheap test KDF); the workspace serves it on 127.0.0.1. Measured:

* load: from the browser asking for the review page (the session cookie already set) until every segment is
  rendered (the page sets ``body[data-ready]``); target < 1 s;
* decision: from pressing "a" until the page shows the new progress (POST, library call, plan saved in the
  catalog, changed segments redrawn); target < 100 ms.

Usage: python bench/workspace_speed.py [--segments 1500] [--items 600] [--decisions 30]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "workspace")]

NAMES = [("Anna Smith", "person"), ("Peter Brown", "person"), ("Oleg Novak", "person"), ("Minsk", "place"),
         ("Gomel", "place"), ("Maria Ivanova", "person")]


def _vault(root: Path, segments: int, items: int) -> tuple[Path, str]:
    from ws_helpers import PASS

    from crypto.kdf import KdfPolicy
    from intake.ingest.batch import IngestOptions
    from intake.ingest.files import ingest_file
    from intake.ingest.recordings import get_recording
    from intake.review.store import add_entity
    from intake.review.workflow import pseudonymise
    from intake.transcripts.run import fingerprint
    from intake.transcripts.store import StoredSegment, store_version
    from intake.vault.open import create_vault, unlock
    from intake.vault.settings import VaultSettings
    from transcribe import FakeEngine, FakeLine, TranscribeOptions

    settings = VaultSettings(kdf=KdfPolicy(test_cost=True))
    path = root / "vault"
    create_vault(path, PASS, settings=settings).close()
    audio = root / "talk.wav"
    with wave.open(str(audio), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\0\0" * 16000)
    step = 7200 / segments
    lines = []
    for n in range(segments):
        if n < items:
            name = NAMES[n % len(NAMES)][0]
            text = f"In part {n} of the story {name} came back to the house and we talked about the winter."
        else:
            text = f"In part {n} of the story nobody came back and we talked about the long winter evenings."
        lines.append(FakeLine(round(n * step, 2), round(n * step + step * 0.9, 2), text))
    with unlock(path, PASS, settings=settings) as vault:
        for name, kind in NAMES:
            add_entity(vault, name, kind, [], None)
        rec = ingest_file(vault, audio, IngestOptions(interview="P-900", language="en"))
        engine, opts = FakeEngine(lines, language="en"), TranscribeOptions(language="en")
        result = engine.transcribe(None, opts)  # type: ignore[arg-type]
        segs = [StoredSegment.from_engine(s, f"S{1 + i % 2}") for i, s in enumerate(result)]
        info = store_version(vault, get_recording(vault, rec.recording_id), engine, opts,
                             fingerprint(engine, opts, 2), result, segs)
        started = time.perf_counter()
        summary = pseudonymise(vault, info.id)
        took = time.perf_counter() - started
        print(f"planned {summary.items} items in {segments} segments ({took:.1f} s)", flush=True)
    return path, info.id


ROUND_TRIP = """async () => {
  const before = document.getElementById('progress').textContent;
  const t0 = performance.now();
  const changed = new Promise((resolve) => {
    const obs = new MutationObserver(() => {
      if (document.getElementById('progress').textContent !== before) { obs.disconnect(); resolve(); }
    });
    obs.observe(document.getElementById('progress'), { childList: true, characterData: true, subtree: true });
  });
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
  await changed;
  return performance.now() - t0;
}"""


def measure(vault_dir: Path, tid: str, decisions: int, work: Path) -> None:
    from playwright.sync_api import sync_playwright
    from ws_helpers import start_workspace

    server = start_workspace(vault_dir, work / "srv")
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=shutil.which("chromium"), headless=True)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(server.url)
            page.wait_for_selector("#worklist-table tbody tr")
            loads: list[float] = []
            inpage: list[int] = []
            for _ in range(3):
                started = time.perf_counter()
                page.goto(f"{server.origin}/?r={_}#/t/{tid}")
                page.wait_for_selector("body[data-ready]", timeout=30000)
                loads.append(time.perf_counter() - started)
                inpage.append(int(page.evaluate("document.body.dataset.ready")))
            count = page.locator(".seg").count()
            items = page.locator("mark.item").count()
            times = [page.evaluate(ROUND_TRIP) for _ in range(decisions)]
            browser.close()
    finally:
        server.stop()
    print(f"segments on screen {count}, items {items}")
    print(f"load (request -> transcript rendered): best {min(loads) * 1000:.0f} ms, worst {max(loads) * 1000:.0f} ms"
          f" (target < 1000 ms); of which fetch + render in the page: best {min(inpage)} ms")
    print(f"decision round trip over {decisions}: median {statistics.median(times):.1f} ms, "
          f"worst {max(times):.1f} ms (target < 100 ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=1500)
    parser.add_argument("--items", type=int, default=600)
    parser.add_argument("--decisions", type=int, default=30)
    args = parser.parse_args()
    if shutil.which("chromium") is None:
        sys.exit("chromium is not installed (scripts/install-system-deps.sh)")
    with tempfile.TemporaryDirectory(prefix="iwb-") as tmp:
        vault_dir, tid = _vault(Path(tmp), args.segments, args.items)
        measure(vault_dir, tid, args.decisions, Path(tmp))


if __name__ == "__main__":
    main()
