"""The guides and README say what the tool does: every ``intake …`` line they show is run, in order, as a
reader would (a fresh HOME, the passphrase in INTAKE_PASSPHRASE, the fake speech engine), and must succeed.

Placeholders are filled with what the reader has at that point (tests/docs/guide_runner.py). A line that
only names commands (``intake field ingest …``, ``intake keys add|passwd|…``) must name commands that exist.
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from intake.agent import client, runtime
from tests.conftest import PASSPHRASE
from tests.docs.guide_runner import Shown, shown_commands
from transcribe import FakeEngine, FakeLine

ROOT = Path(__file__).resolve().parents[2]
LINES = [FakeLine(0.0, 2.0, "Hello, and thank you for coming today."),
         FakeLine(2.0, 4.0, "Marina Kovalchuk told me about the winter."),
         FakeLine(4.0, 6.0, "It was a long and cold winter."),
         FakeLine(6.0, 8.0, "You can reach me on plus 3752i1 2 3 4 5 6 7 if you want."),
         FakeLine(8.0, 10.0, "We waited for news every day."),
         FakeLine(10.0, 12.0, "At night we listened to Zorbinator on the radio.")]


class Reader:
    """Runs what a guide shows, with the state a reader would have."""

    def __init__(self, cli: Callable[..., tuple[int, str, str]], home: Path, work: Path) -> None:
        self.cli, self.home, self.work = cli, home, work
        self.env = {"HOME": str(home), "INTAKE_VAULT": str(home / "interviews"), "INTAKE_PASSPHRASE": PASSPHRASE}
        self.recipient = ""
        self.hurried = True  # the steward guide's residual example needs two rejected suggestions
        self.shares: list[str] = []  # the last 'keys recovery create' printed these (K of them kept)

    def intake(self, *args: str, input: str | None = None) -> tuple[int, str, str]:
        return self.cli(list(args), input=input, env=self.env)

    def json(self, *args: str) -> object:
        import json

        code, out, err = self.intake(*args, "--json")
        assert code == 0, err
        return json.loads(out)

    def recording(self) -> str:
        recs = self.json("recordings", "list", "--interview", "P-017")
        return str(recs[0]["id"])  # type: ignore[index]

    def transcript(self) -> str:
        rows = [t for t in self.json("transcripts", "list") if t.get("recording_id") == self.recording()]  # type: ignore[union-attr]
        return str(rows[-1]["id"]) if rows else "000000000000"

    def fill(self, shown: Shown) -> tuple[list[str], str | None]:
        words = []
        for word in shown.argv():
            if word.startswith("~"):
                word = str(self.home) + word[1:]
            if word in ("ID", "NEW_ID", "0123456789ab") or re.fullmatch(r"[0-9a-f]{12}", word):
                word = self._id_for(shown.argv()[0])
            elif re.fullmatch(r"\d+\.\d+", word) and shown.argv()[0] == "residual":
                word = self._hit(word)
            elif word == "REC":
                word = self.recording()
            elif word == "f7931f":
                word = self.transcript()[:6]
            elif word == "age1…":
                word = self.recipient or self._recipient()
            elif word == "/media/sdcard/":
                word = str(self.work / "sdcard")
            elif word == "[PERSON-07]":
                word = self._a_person_code() or word
            words.extend(sorted(glob.glob(str(self.work / word))) if "*" in word else [word])
        return words, self._input(words, shown)

    def status(self, tid: str) -> str:
        rows = [t for t in self.json("transcripts", "list") if t.get("id") == tid]  # type: ignore[union-attr]
        return str(rows[0]["status"]) if rows else ""

    def _id_for(self, command: str) -> str:
        if command == "recordings":
            return self.recording()
        if command == "speakers":  # the guide names speakers of an imported transcript (labels, no audio)
            rows = [t for t in self.json("transcripts", "list") if t.get("interview_id") == "P-031"]  # type: ignore[union-attr]
            return str(rows[-1]["id"])
        return self.transcript()

    def _hit(self, shown_id: str) -> str:
        """The guide's example hit ids are read from the listing, as the guide says to."""
        _code, out, _ = self.intake("residual", self.transcript())
        listed = re.findall(r"^(\d+\.\d+)\s", out, re.M)
        return shown_id if shown_id in listed else (listed[0] if listed else shown_id)

    def _recipient(self) -> str:
        from crypto.agefile import generate_keypair

        self.recipient = generate_keypair().recipient
        return self.recipient

    def _a_person_code(self) -> str | None:
        _code, out, _ = self.intake("transcripts", "show", self.transcript())
        found = re.search(r"\[PERSON-\d+\]", out)
        return found.group(0) if found else None

    def _input(self, words: list[str], shown: Shown) -> str | None:
        if words[:2] == ["entities", "add"]:
            return "Marina Kovalchuk\nMarinka; M. Kovalchuk\n" if "person" in words else "Zhodino\n\n"
        if words[0] == "review" and len(words) == 2:
            return self._decisions(words[1])
        if words[0] == "panic":
            return "DESTROY\n"
        if words[:3] == ["keys", "recovery", "unlock"]:  # the share holders type theirs, then a new passphrase
            return "".join(f"{share}\n" for share in self.shares) + f"{PASSPHRASE}\n{PASSPHRASE}\n"
        return shown.stdin or ("y\n" if words[0] == "approve" else None)


    def saw(self, args: list[str], out: str) -> None:
        """Keep what a reader writes down: the shares 'keys recovery create' printed (as many as needed)."""
        if args[:3] == ["keys", "recovery", "create"]:
            needed = re.search(r"any (\d+) of these", out)
            shares = re.findall(r"^share \d+ of \d+:\n(.+)$", out, re.M)
            self.shares = shares[:int(needed.group(1))] if needed else shares

    def _decisions(self, tid: str) -> str:
        """Accept every suggestion but two, which a hurried steward rejects: the phone number in segment 3
        and the band's name in segment 5; the residual-risk check then finds both (the guide's example)."""
        _code, out, _ = self.intake("review", tid, "--list")
        segments = [line.split()[1] for line in out.splitlines() if " suggested " in line]
        rejected = ("3", "5") if self.hurried else ()
        return "".join("r\n" if seg in rejected else "a\n" for seg in segments) + "\n"


def _guides() -> list[Shown]:
    """The steward guide from 'intake init' on (its opening tour of the workspace comes after), with the
    interviewer's steps once the vault exists, then the coder's; 'intake panic' last, as in the README, and
    after it the recovery the steward guide shows ('keys recovery unlock' with the shares written down)."""
    steward = shown_commands([ROOT / "docs" / "guide-steward.md"])
    start = next(i for i, s in enumerate(steward) if s.argv()[:1] == ["init"])
    steward = steward[start:] + steward[:start]
    others = shown_commands([ROOT / "docs" / "guide-interviewer.md", ROOT / "docs" / "guide-coder.md"])
    first = steward[:2]  # create the vault, then the interviewer ingests
    shown = first + [s for s in others if s.doc == "guide-interviewer.md"] + steward[2:] + \
        [s for s in others if s.doc != "guide-interviewer.md"]
    last = [s for s in shown if s.argv()[:1] == ["panic"]] + \
        [s for s in shown if s.argv()[:3] == ["keys", "recovery", "unlock"]]
    return [s for s in shown if s not in last] + last


@pytest.fixture
def reader(cli, tmp_path: Path, make_media, monkeypatch: pytest.MonkeyPatch) -> Iterator[Reader]:  # type: ignore[no-untyped-def]
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    (work / "sdcard").mkdir(parents=True)
    make_media("m4a", seconds=2.0, freq=440).rename(work / "rec_0412.m4a")
    make_media("m4a", seconds=2.0, freq=660).rename(work / "rec.m4a")
    make_media("m4a", seconds=1.0, freq=770).rename(work / "rec_0415.m4a")  # the interviewer's field example
    make_media("wav", seconds=1.5, freq=550).rename(work / "sdcard" / "take1.wav")
    (work / "transcripts").mkdir()
    (work / "transcripts" / "P-031.txt").write_text("Interviewer: How did it start?\nRespondent: In the spring.\n")
    (work / "transcripts" / "P-032.srt").write_text("1\n00:00:01,000 --> 00:00:03,000\nIt began in spring.\n")
    (work / "roles.txt").write_text("S1=Interviewer\n")
    monkeypatch.chdir(work)
    monkeypatch.setenv("PYTHONPATH", str(ROOT))  # `intake unlock` starts an agent from this checkout
    monkeypatch.setattr("intake.cli.transcribe_cmds._load_engine", lambda *a: FakeEngine(LINES, language="en"))
    yield Reader(cli, home, work)
    client.lock_all(runtime.agent_dir(os.environ["XDG_RUNTIME_DIR"], os.getuid()))


def _run_all(reader: Reader, shown: list[Shown]) -> list[str]:
    failures = []
    for item in shown:
        if item.argv()[:1] == ["workspace"]:  # a server that runs until locked: tests/workspace drive it
            code, _, err = reader.intake("workspace", "--help")
            if code != 0:
                failures.append(f"{item.doc}: `{item.line}`: no command 'intake workspace'")
            continue
        if item.names_only:
            for path in item.alternatives():
                code, _, err = reader.intake(*path, "--help")
                if code != 0:
                    failures.append(f"{item.doc}: `{item.line}`: no command 'intake {' '.join(path)}'")
            continue
        args, typed = reader.fill(item)
        refused = args[0] == "pseudonymise" and reader.status(args[1]) == "approved"
        code, out, err = reader.intake(*args, input=typed)
        reader.saw(args, out)
        if item.fails:  # a session the guide shows failing on purpose (its output is an error)
            if code == 0:
                failures.append(f"{item.doc}: `{item.line}` succeeded; the guide shows it refused")
        elif refused:  # the guide says so: "refuses it and its hint names --reopen"
            if code != 6 or "--reopen" not in err:
                failures.append(f"{item.doc}: `{item.line}` on an approved transcript -> exit {code}, not refused")
        elif code != 0:
            failures.append(f"{item.doc}: `{item.line}` -> exit {code}: {err.strip().splitlines()[-1:]}")
    return failures


def test_every_command_in_the_guides_runs(reader: Reader) -> None:
    shown = _guides()
    assert len(shown) >= 40
    assert _run_all(reader, shown) == []


def test_every_command_in_the_readme_runs(reader: Reader) -> None:
    """The README's table, in a fresh HOME; ``panic`` last, since after it nothing opens by passphrase."""
    shown = shown_commands([ROOT / "README.md"])
    shown = [s for s in shown if s.argv()[:1] != ["panic"]] + [s for s in shown if s.argv()[:1] == ["panic"]]
    reader.hurried = False
    assert _run_all(reader, shown) == []
