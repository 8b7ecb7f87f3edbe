"""``intake field init|ingest`` and ``intake import`` as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

PASS = "correct horse battery staple"


def test_field_to_vault(cli, vault_dir: Path, tmp_path: Path, make_media) -> None:  # type: ignore[no-untyped-def]
    env = {"INTAKE_VAULT": str(vault_dir)}
    code, out, _ = cli(["keys", "recipient", "--json"], input=f"{PASS}\n", env=env)
    info = json.loads(out)
    field = tmp_path / "field"
    code, out, err = cli(["field", "init", str(field), "--recipient", info["recipient"],
                          "--vault-id", info["vault_id"]])
    assert code == 0, err
    assert out == (f"field directory {field}; packages go to {field / 'outbox'}\n"
                   f"vault recipient fingerprint: {info['fingerprint']}\n"
                   "compare it by phone with the steward's 'intake keys recipient' before recording anything\n")
    rec = make_media("mp3", seconds=0.5)
    code, out, err = cli(["field", "ingest", str(rec), "--interview", "P-021", "--shred"],
                         env={"INTAKE_FIELD": str(field)})
    assert code == 0, err
    assert "original shredded" in out and out.endswith("1 packaged, 0 failed\n") and not rec.exists()
    assert "--shred: overwriting cannot reach" in err
    code, out, err = cli(["import", str(field / "outbox")], input=f"{PASS}\n", env=env)
    assert code == 0, err
    assert out.startswith("imported   ") and out.endswith("1 imported, 0 duplicate, 0 failed\n")
    code, out, _ = cli(["import", str(field / "outbox")], input=f"{PASS}\n", env=env)
    assert code == 0 and "duplicate  " in out and "(already imported" in out


def test_import_partial_failure_exit_code(cli, vault_dir: Path, tmp_path: Path, make_media) -> None:  # type: ignore[no-untyped-def]
    recipient = json.loads((vault_dir / "vault.json").read_text())["recipient"]
    field = tmp_path / "field"
    cli(["field", "init", str(field), "--recipient", recipient])
    code, _, _ = cli(["field", "ingest", str(make_media("wav", seconds=0.5)), "--field", str(field),
                      "--interview", "P-1"])
    assert code == 0
    junk = field / "outbox" / "junk.intake"
    junk.write_bytes(b"nonsense")
    code, out, err = cli(["import", *sorted(str(p) for p in (field / "outbox").iterdir())], input=f"{PASS}\n",
                         env={"INTAKE_VAULT": str(vault_dir)})
    assert code == 7
    assert "FAILED     junk.intake: not an Intake field package (or of an unknown version)" in out
    assert "1 imported, 0 duplicate, 1 failed" in out
    assert "intake: error: 1 of 2 package(s) failed; the others were imported" in err


def test_field_ingest_bad_options_and_missing_dir(cli, tmp_path: Path, make_media) -> None:  # type: ignore[no-untyped-def]
    rec = make_media("wav", seconds=0.5)
    code, _, err = cli(["field", "ingest", str(rec), "--field", str(tmp_path / "none"), "--interview", "P-1"])
    assert code == 3 and "no field directory at" in err
    code, _, err = cli(["field", "ingest", str(rec), "--field", str(tmp_path), "--interview", "Іван Петрович"])
    assert code == 2 and "interview codes are" in err
