"""`intake transcribe`, `languages`, `models add|list|verify` as a user types them."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from rich.console import Console
from rich.progress import Progress

import intake.cli.transcribe_cmds as transcribe_cmds
from intake.cli.progress import RecordingProgress, _AudioSeconds
from transcribe import FakeEngine

PASS = "correct horse battery staple"


@pytest.fixture
def env(tmp_path: Path, cli) -> dict[str, str]:  # type: ignore[no-untyped-def]
    vault = tmp_path / "v"
    code, _, err = cli(["init", str(vault)], input=f"{PASS}\n{PASS}\n")
    assert code == 0, err
    return {"INTAKE_VAULT": str(vault), "INTAKE_PASSPHRASE": PASS, "INTAKE_MODELS_DIR": str(tmp_path / "models")}


def _speech(tmp_path: Path) -> Path:
    out = tmp_path / "in" / "speech.wav"
    out.parent.mkdir(exist_ok=True)
    subprocess.run(["espeak-ng", "-v", "ru", "-s", "130", "-w", str(out),
                    "Сегодня хорошая погода. Мы идём домой по длинной улице. Один, два, три."], check=True)
    return out


def test_unknown_language_is_refused_before_the_passphrase(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    vault = tmp_path / "v"
    cli(["init", str(vault)], input=f"{PASS}\n{PASS}\n")
    code, out, err = cli(["--vault", str(vault), "transcribe", "--all", "--language", "rus"])
    assert code == 2
    assert "unknown language code 'rus'" in err and "valid: af, am," in err and " ru," in err
    assert "Passphrase" not in err and "transcription failed" not in out + err
    code, _, err = cli(["--vault", str(vault), "languages", "--set", "ru,rus"])
    assert code == 2 and "'rus'" in err and "Passphrase" not in err


def test_languages_show_and_set(env: dict[str, str], cli) -> None:  # type: ignore[no-untyped-def]
    assert cli(["languages"], env=env)[1] == "study languages: ru, be, en\n"
    code, out, _ = cli(["languages", "--set", "ru,be,uk"], env=env)
    assert (code, out) == (0, "study languages: ru, be, uk\n")
    assert cli(["languages", "--json"], env=env)[1].split() == ['{', '"languages":', '[', '"ru",', '"be",', '"uk"',
                                                                 ']', '}']


def test_speech_without_text_warns_and_the_summary_counts_it(env: dict[str, str], cli, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli(["ingest", str(_speech(tmp_path)), "--interview", "P-1"], env=env)[0] == 0
    monkeypatch.setattr(transcribe_cmds, "_load_engine", lambda *a: FakeEngine(script=[]))
    code, out, err = cli(["transcribe", "--all", "--language", "ru"], env=env)
    assert code == 0, err
    lines = out.splitlines()
    assert "(ru, 1 segments, 0% of 7 s of voice activity covered, 1 flagged for review)" in lines[0], lines[0]
    assert lines[1] == ("done: 1 transcribed, 1 flagged for review, 0 failed, 0 skipped "
                        "(already transcribed; --again makes a new version)")
    assert "intake: warning: recording " in err and "no text, although" in err
    assert "None" not in out + err
    tid = out.split(" -> transcript ")[1].split()[0]
    code, out, err = cli(["transcripts", "show", tid, "--raw", "--timestamps"], env=env)
    assert code == 0
    assert out.endswith("[speech not transcribed: listen to the recording] [!speech-not-transcribed]\n")
    assert "no text, although" in err


def test_silence_prints_no_speech_not_none(env: dict[str, str], cli, make_media,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    cli(["ingest", str(make_media("wav", seconds=2.0)), "--interview", "P-1"], env=env)
    monkeypatch.setattr(transcribe_cmds, "_load_engine", lambda *a: FakeEngine(script=[]))
    code, out, err = cli(["transcribe", "--all"], env=env)
    assert code == 0, err
    assert "(no speech, 0 segments, no voice activity)" in out
    assert "(None, 0 segments)" not in out and "recording" not in err
    assert cli(["transcribe", "--all"], env=env)[1].startswith("nothing to transcribe")


def test_progress_fills_each_bar_and_prints_results_above_it(monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=100)
    printed: list[str] = []
    with Progress(_AudioSeconds(), console=console, transient=True) as bar:
        progress = RecordingProgress(bar, 2)
        monkeypatch.setattr(progress, "_print", lambda text, err: printed.append(text))
        progress.start("P-1/abc", 300.0)
        progress.advance(120.0)
        progress.advance(280.0)
        [task] = bar.tasks
        assert (task.completed, task.total) == (280.0, 300.0)
        progress.finish("abc -> transcript t1", ["be careful"])
        assert bar.tasks == []
        progress.start("P-1/def", None)  # unknown length: filled to what was decoded
        progress.advance(12.0)
        progress.finish("def -> transcript t2")
    assert "300/300 s of audio" in buffer.getvalue()
    assert "12/12 s of audio" in buffer.getvalue()
    assert printed == ["abc -> transcript t1", "intake: warning: be careful", "def -> transcript t2"]


def test_result_lines_go_to_the_live_console_when_both_are_terminals(monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = io.StringIO()
    with Progress(console=Console(file=buffer, force_terminal=True, width=100), transient=True) as bar:
        monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
        progress = RecordingProgress(bar, 1)
        progress.start("x", 1.0)
        progress.finish("x -> transcript t")
    assert "x -> transcript t" in buffer.getvalue()


def _base_copy(tmp_path: Path) -> Path:
    from transcribe.models import bundled_source

    source = bundled_source()
    out = tmp_path / "whisper-base-ct2"
    out.mkdir()
    with open(out / "model.bin", "wb") as fh:
        for part in source.parts:
            fh.write(part.read_bytes())
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        (out / name).write_bytes((source.aux_dir / name).read_bytes())
    return out


def test_models_add_list_verify_and_refuse_a_changed_model(env: dict[str, str], cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from transcribe import BUNDLED_SHA256

    src = _base_copy(tmp_path)
    code, out, err = cli(["models", "add", str(src), "--name", "base-copy"], env=env)
    assert code == 0, err
    assert out.startswith("added model base-copy: 4 files, ")
    assert f"  {BUNDLED_SHA256}  model.bin" in out
    code, out, _ = cli(["models", "list"], env=env)
    assert code == 0
    row = next(line for line in out.splitlines() if line.startswith("base-copy"))
    assert "added" in row and BUNDLED_SHA256[:16] in row and "recorded" in row
    assert cli(["models", "verify", "--model", "base-copy"], env=env)[1].startswith("base-copy: ok (model.bin sha256")
    code, _, err = cli(["models", "add", str(src), "--name", "base-copy"], env=env)
    assert code != 0 and "already registered" in err
    copied = Path(env["INTAKE_MODELS_DIR"]) / "base-copy"
    with open(copied / "tokenizer.json", "ab") as fh:
        fh.write(b" ")
    code, _, err = cli(["models", "verify", "--model", "base-copy"], env=env)
    assert code != 0 and "tokenizer.json has SHA-256" in err and "refusing" in err
    code, _, err = cli(["transcribe", "--all", "--model", "base-copy"], env=env)
    assert code != 0 and "refusing to load it" in err and "Passphrase" not in err


@pytest.mark.parametrize(
    ("damage", "message"),
    [("tokenizer.json", "model file missing"), ("vocabulary.txt", "vocabulary.json or vocabulary.txt"),
     ("header", "binary version"), ("config", "not valid JSON")],
)
def test_models_add_refuses_what_is_not_a_whisper_model(env: dict[str, str], cli, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        damage: str, message: str) -> None:
    src = tmp_path / "m"
    src.mkdir()
    from transcribe.models import bundled_source

    aux = bundled_source().aux_dir
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        (src / name).write_bytes((aux / name).read_bytes())
    (src / "model.bin").write_bytes(bundled_source().parts[0].read_bytes()[:8192])
    if damage == "header":
        (src / "model.bin").write_bytes(b"\x05\x00\x00\x00" + b"\0" * 100)
    elif damage == "config":
        (src / "config.json").write_text("{not json")
    else:
        (src / damage).unlink()
    code, _, err = cli(["models", "add", str(src), "--name", "broken"], env=env)
    assert code != 0 and message in err
    assert not (Path(env["INTAKE_MODELS_DIR"]) / "broken").exists()


def test_unknown_model_name_is_refused_before_unlocking(env: dict[str, str], cli) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli(["transcribe", "--all", "--model", "large-v3"], env={**env, "INTAKE_PASSPHRASE": ""})
    assert code != 0 and "no model named 'large-v3' (registered: none)" in err and "Passphrase" not in err


@pytest.mark.model
def test_transcribe_with_an_added_model(env: dict[str, str], cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import json
    import shutil

    from transcribe import BUNDLED_SHA256

    jfk = Path(__file__).resolve().parents[3] / "shared" / "data" / "audio" / "jfk.flac"
    if not jfk.exists():
        pytest.skip("shared data absent")
    assert cli(["models", "add", str(_base_copy(tmp_path)), "--name", "base-copy"], env=env)[0] == 0
    src = tmp_path / "in" / "jfk.flac"
    src.parent.mkdir(exist_ok=True)
    shutil.copy(jfk, src)
    assert cli(["ingest", str(src), "--interview", "P-1"], env=env)[0] == 0
    code, out, err = cli(["transcribe", "--all", "--model", "base-copy"], env=env)
    assert code == 0, err
    assert "(en, " in out and "done: 1 transcribed" in out
    [item] = json.loads(cli(["transcripts", "list", "--json"], env=env)[1])
    assert item["model_sha256"] == BUNDLED_SHA256 and item["coverage"] > 0.8 and item["warnings"] == 0
    shown = cli(["transcripts", "show", item["id"], "--raw"], env=env)[1].lower().replace(",", "")
    assert "ask not what your country can do for you" in shown


def test_every_recording_failing_says_nothing_was_transcribed(env: dict[str, str], cli, make_media,  # type: ignore[no-untyped-def]
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import intake.transcripts.run as run
    from intake.errors import ExitCode, InputError

    for freq in (440, 660):
        assert cli(["ingest", str(make_media("wav", seconds=1.0, freq=freq)), "--interview", "P-1"], env=env)[0] == 0

    def fail(*_a: object, **_k: object) -> None:
        raise InputError("the audio cannot be decoded")

    monkeypatch.setattr(transcribe_cmds, "_load_engine", lambda *a: FakeEngine(script=[]))
    monkeypatch.setattr(run, "transcribe_recording", fail)
    code, out, err = cli(["transcribe", "--all"], env=env)
    assert code == ExitCode.PARTIAL
    assert "done: 0 transcribed, 0 flagged for review, 2 failed" in out
    assert "intake: error: 2 of 2 recording(s) failed; nothing was transcribed" in err
    assert "the others were transcribed" not in err
    assert cli(["transcripts", "list"], env=env)[1].count("P-1") == 0
