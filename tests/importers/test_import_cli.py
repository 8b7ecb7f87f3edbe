"""``intake transcripts import`` as a steward types it: the recognised summary, refusals, batches."""

from __future__ import annotations

from pathlib import Path

import tool_files as tf

PASS = "correct horse battery staple"


def _vault(cli, tmp_path: Path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    assert cli(["init", str(tmp_path / "v")], input=f"{PASS}\n{PASS}\n")[0] == 0
    return {"INTAKE_PASSPHRASE": PASS, "INTAKE_VAULT": str(tmp_path / "v")}


def test_summary_shows_what_was_recognised_and_no_text(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    env = _vault(cli, tmp_path)
    path = tmp_path / "interview.txt"
    path.write_text(tf.noscribe_txt(), encoding="utf-8")
    code, out, err = cli(["transcripts", "import", str(path), "--interview", "P-031", "--language", "ru"], env=env)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("imported   interview.txt -> P-031 transcript ") and lines[0].endswith(" v1")
    assert lines[1:] == [
        "           recognised: txt, utf-8, written by noScribe; layout label-stamped; 4 turn(s); with timestamps",
        "           speakers: S1 = S01, S2 = S00",
        "           1 turn(s) have no speaker label (kept, with no speaker)",
        "           left out: 4 line(s) of metadata (a tool's header or notes, which can name the audio file)",
        "           no audio: speaker detection and playback are not available for this transcript; speakers come "
        "from its labels (name them with 'intake speakers ID')",
        "1 imported, 0 duplicate, 0 failed",
    ]
    assert "задержали" not in out + err and "Ковальчук" not in out + err
    code, out, _ = cli(["transcripts", "list"], env=env)
    assert code == 0 and "(imported)" in out and "P-031" in out


def test_a_refused_file_prints_error_and_hint(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    env = _vault(cli, tmp_path)
    path = tmp_path / "P-040.txt"
    path.write_text("S01: [00:00:01] Да.\n[00:00:05] S00: Нет.\n", encoding="utf-8")
    code, out, err = cli(["transcripts", "import", str(path), "--interview-from-name", "--language", "ru"], env=env)
    assert code == 1 and out == ""
    assert "intake: error: P-040.txt: some lines put the time stamp before the label, others after it\n" in err
    assert "intake: hint: say which layout it is with --layout" in err
    assert "Да" not in err and "Нет" not in err
    code, out, _ = cli(["transcripts", "list"], env=env)
    assert "P-040" not in out


def test_batch_by_name_goes_on_after_a_failure(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    env = _vault(cli, tmp_path)
    (tmp_path / "P-041.txt").write_text(tf.LABELLED["ru"], encoding="utf-8")
    (tmp_path / "P-042.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "P-043.srt").write_text(tf.atrain_srt(), encoding="utf-8")
    files = [str(tmp_path / n) for n in ("P-041.txt", "P-042.txt", "P-043.srt")]
    code, out, _ = cli(["transcripts", "import", *files, "--interview-from-name", "--language", "ru"], env=env)
    assert code == 7
    assert "FAILED     P-042.txt: a binary file (it holds NUL bytes), not a text transcript" in out
    assert out.splitlines()[-1] == "2 imported, 0 duplicate, 1 failed"


def test_usage_errors(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    env = _vault(cli, tmp_path)
    a, b = tmp_path / "P-1.txt", tmp_path / "P-2.txt"
    a.write_text("x")
    b.write_text("y")
    code, _, err = cli(["transcripts", "import", str(a), str(b), "--interview", "P-1"], env=env)
    assert code == 2 and "--interview takes one file" in err
    code, _, err = cli(["transcripts", "import", str(a)], env=env)
    assert code == 2 and "give --interview CODE or --interview-from-name" in err


def test_speakers_says_an_imported_transcript_has_no_audio(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    env = _vault(cli, tmp_path)
    path = tmp_path / "P-050.txt"
    path.write_text(tf.PLAIN_RU, encoding="utf-8")
    code, out, _ = cli(["transcripts", "import", str(path), "--interview-from-name", "--language", "ru",
                        "--json"], env=env)
    assert code == 0
    import json

    tid = json.loads(out)[0]["id"]
    code, out, _ = cli(["speakers", tid], env=env)
    assert code == 0 and "imported without audio" in out
