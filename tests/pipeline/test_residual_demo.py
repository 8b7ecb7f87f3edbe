"""`make demo`'s export comes out clean (issue 14): the steward's path through the residual-risk gate, as typed.

The transcript holds the demo's segments exactly as Whisper wrote them. The detectors mask the phone today;
to show the gate on its own, the steward first rejects the detectors' phone items (the leak gate then exempts
them, as it would a detector miss). Approval is refused until each hit is masked with ``intake residual
--mask``; the misheard town, which no scanner rule covers, is masked with ``intake review --add-from``, as
scripts/demo.sh does.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
from intake.pseudonymise.plan import decide
from intake.review.store import require_plan
from intake.review.workflow import pseudonymise, save_reviewed
from intake.transcripts.run import transcribe_recording
from intake.vault.open import unlock
from transcribe import FakeEngine, FakeLine, TranscribeOptions

PASS = "correct horse battery staple"
DEMO = ["Thank you for reading to talk.", "My sister was detained in Minsk on the 12th of August 2020.",
        "Now she is in prison in modulum.", "People can reach me on plus 3752i1 2 3 4 5 6 7",
        "Or on plus 375, 2I-1-2-3-4-5-6-7"]
PHONE_DIGITS = re.compile(r"[0-9IlO](?:[^0-9A-Za-z]{0,3}[0-9IlO]){4}")
ROOT = Path(__file__).resolve().parents[2]


def _transcript(vault_dir: Path, make_media, lines: list[str]) -> str:  # type: ignore[no-untyped-def]
    with unlock(vault_dir, PASS) as vault:
        rec = ingest_file(vault, make_media("wav", seconds=2.0, freq=1201), IngestOptions(interview="P-017"))
        engine = FakeEngine([FakeLine(i * 1.0, i * 1.0 + 0.9, t) for i, t in enumerate(lines)], language="en")
        return transcribe_recording(vault, rec.recording_id, engine, TranscribeOptions(language="en")).id


def _exported_text(out: Path) -> str:
    (bundle,) = out.iterdir()  # one folder, named after the export id
    text = next((bundle / "txt").iterdir()).read_text(encoding="utf-8-sig")
    return re.sub(r"\[\d\d:\d\d:\d\d\] ", "", text)


def test_the_gate_blocks_the_demo_until_each_hit_is_masked(vault_dir: Path, make_media, cli,
                                                             tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tid = _transcript(vault_dir, make_media, DEMO)
    base = ["--vault", str(vault_dir)]
    code, out, err = cli([*base, "pseudonymise", tid], input=PASS + "\n")
    assert code == 0, err
    with unlock(vault_dir, PASS) as vault:
        plan = require_plan(vault, tid)
        assert {i.original for i in plan.items if i.label == "PHONE"} == {
            "plus 3752i1 2 3 4 5 6 7", "plus 375, 2I-1-2-3-4-5-6-7"}  # the detectors catch both today
        for item in [i for i in plan.items if i.label == "PHONE"]:
            plan = decide(plan, item.id, "rejected")  # what a detector miss looks like to the leak gate
        save_reviewed(vault, tid, plan)

    code, out, err = cli([*base, "approve", tid, "--yes", "--accept-rest"], input=PASS + "\n")
    assert code == 6, err
    assert f"intake: error: transcript {tid}: the residual-risk check found 3 unresolved hit(s):" in err
    # the whole run, recognition's ``i`` for 1 included (it once left ``3752i1`` unflagged)
    assert "3.1 segment 3: digits: …People can reach me on plus [[3752i1 2 3 4 5 6 7]]…" in err
    assert "intake: hint: list the hits with their ids, then mask each (--mask ID) or release it" in err
    assert f"'intake residual {tid}'" in err

    code, out, err = cli([*base, "residual", tid], input=PASS + "\n")
    assert code == 0, err
    assert out.splitlines()[0] == f"{tid}: 3 unresolved residual-risk hit(s), 0 released"
    assert re.search(r"^4\.1 +4 +calling-code +…Or on \[\[plus 375\]\], 2I-1", out, re.M), out
    code, out, err = cli([*base, "residual", tid, "--mask", "3.1", "--mask", "4.1", "--mask", "4.2"],
                         input=PASS + "\n")
    assert code == 0, err
    assert out.splitlines()[:2] == [f"{tid}: 3 hit(s) masked; anonymised version 3",
                                    f"{tid}: 0 unresolved residual-risk hit(s), 0 released"]
    code, out, err = cli([*base, "review", tid, "--add-from", "-", "--label", "LOCATION"], input=f"{PASS}\nmodulum\n")
    assert code == 0 and out == f"{tid}: 1 occurrence(s) masked; anonymised version 4\n", err

    code, _, err = cli([*base, "approve", tid, "--yes", "--accept-rest"], input=PASS + "\n")
    assert code == 0, err
    code, _, err = cli([*base, "export", "--to", str(tmp_path / "out"), "--all-approved", "--format", "txt"],
                       input=PASS + "\n")
    assert code == 0, err
    text = _exported_text(tmp_path / "out")
    assert "People can reach me on" in text and "in prison in [" in text
    assert not PHONE_DIGITS.search(text) and "modulum" not in text, text


def test_residual_needs_a_reason_and_does_not_mix_mask_and_release(vault_dir: Path, make_media, cli) -> None:  # type: ignore[no-untyped-def]
    tid = _transcript(vault_dir, make_media, DEMO)
    base = ["--vault", str(vault_dir), "residual", tid]
    code, _, err = cli([*base, "--release", "3.1"], input=PASS + "\n")
    assert code == 2 and "intake: error: give --reason WHY with --release" in err
    code, _, err = cli([*base, "--release", "3.1", "--mask", "3.2"], input=PASS + "\n")
    assert code == 2 and "intake: error: use --mask or --release, not both in one call" in err


@pytest.mark.model
def test_the_demo_recording_exports_without_phone_digits(vault_dir: Path, tmp_path: Path) -> None:
    """The demo's own audio through the real model, the detectors and both gates (scripts/demo.sh)."""
    from intake.review.release import ExportRequest, export
    from intake.review.residual import residual_check
    from intake.review.workflow import approve, mask_texts
    from transcribe import load_engine

    sample = tmp_path / "rec_0412.ogg"
    shutil.copy(ROOT / "scripts" / "sample" / "sample-interview.ogg", sample)
    with unlock(vault_dir, PASS) as vault:
        rec = ingest_file(vault, sample, IngestOptions(interview="P-017", language="en"))
        tid = transcribe_recording(vault, rec.recording_id, load_engine(), TranscribeOptions(language="en")).id
        pseudonymise(vault, tid)
        assert residual_check(vault, tid).left == [], "a residual-risk hit in the demo"
        mask_texts(vault, tid, ["modulum"], "LOCATION")  # as scripts/demo.sh does
        approve(vault, tid, accept_rest=True)
        export(vault, ExportRequest(to=tmp_path / "out", all_approved=True, formats=frozenset({"txt"})))
    text = _exported_text(tmp_path / "out")
    print(text, file=sys.stderr)
    assert "People can reach me on" in text
    assert not PHONE_DIGITS.search(text) and "modulum" not in text, text
