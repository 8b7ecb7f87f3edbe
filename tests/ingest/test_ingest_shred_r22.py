"""``intake ingest --shred`` when the original cannot be removed (a read-only card): the same outcome as
``field ingest`` (review round 22, F2): a warning per file, the count in the summary, exit 7; nothing is
hidden inside the ``ingested`` line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, refuse_writes_to


def test_a_shred_the_medium_refuses_is_a_warning_a_count_and_exit_7(  # type: ignore[no-untyped-def]
        cli, vault_dir: Path, make_media, monkeypatch: pytest.MonkeyPatch) -> None:
    kept, gone = make_media("wav", seconds=0.5, freq=440), make_media("wav", seconds=0.5, freq=550)
    refuse_writes_to(monkeypatch, kept)
    code, out, err = cli(["--vault", str(vault_dir), "ingest", str(kept), str(gone), "--interview", "P-017",
                          "--shred"], input=PASSPHRASE + "\n")
    assert code == 7, err
    assert kept.exists() and not gone.exists()
    line = next(li for li in out.splitlines() if li.startswith("ingested") and str(kept) in li)
    assert "cannot shred" not in line
    assert (f"intake: warning: {kept}: cannot shred (Read-only file system); the file was ingested but not "
            "removed: its plaintext is still readable") in err
    assert out.endswith("2 ingested, 0 duplicate, 0 failed, 1 original(s) not shredded\n")
    assert "intake: error: 1 of 2 original(s) could not be shredded" in err


def test_without_shred_nothing_changes(cli, vault_dir: Path, make_media) -> None:  # type: ignore[no-untyped-def]
    rec = make_media("wav", seconds=0.5, freq=660)
    code, out, err = cli(["--vault", str(vault_dir), "ingest", str(rec), "--interview", "P-017"],
                          input=PASSPHRASE + "\n")
    assert code == 0, err
    assert out.endswith("1 ingested, 0 duplicate, 0 failed\n") and rec.exists()
