"""F1 as a user types it: withdraw and retention warn about field packages, retirement prints the new recipient, old
packages are refused with exit code 6, ``import --remove-package`` removes only checked packages."""

from __future__ import annotations

import json
from pathlib import Path

PASS = "correct horse battery staple"


def _env(vault_dir: Path) -> dict[str, str]:
    return {"INTAKE_VAULT": str(vault_dir), "INTAKE_PASSPHRASE": PASS}


def _field(cli, vault_dir: Path, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    info = json.loads(cli(["keys", "recipient", "--json"], env=_env(vault_dir))[1])
    code, _, err = cli(["field", "init", str(folder), "--recipient", info["recipient"]])
    assert code == 0, err
    return folder / "outbox"


def _ingest(cli, make_media, outbox: Path, code: str, freq: int) -> Path:  # type: ignore[no-untyped-def]
    before = set(outbox.iterdir())
    rc, _, err = cli(["field", "ingest", str(make_media("wav", seconds=0.5, freq=freq)), "--field",
                      str(outbox.parent), "--interview", code])
    assert rc == 0, err
    (new,) = set(outbox.iterdir()) - before
    return new


def test_withdraw_without_retirement_warns_and_with_it_prints_the_new_recipient(  # type: ignore[no-untyped-def]
        cli, vault_dir: Path, tmp_path: Path, make_media) -> None:
    env = _env(vault_dir)
    outbox = _field(cli, vault_dir, tmp_path / "field")
    _ingest(cli, make_media, outbox, "P-061", 300)
    _ingest(cli, make_media, outbox, "P-062", 400)
    assert cli(["import", str(outbox)], env=env)[0] == 0
    code, out, err = cli(["withdraw", "P-061", "--yes"], env=env)
    assert code == 0 and out.startswith("withdrawn: 1 recording(s)")
    assert ("intake: warning: 1 of these recording(s) came from field packages: copies of those packages left "
            "elsewhere") in err
    assert "intake: hint: run 'intake keys retire-field-identity'" in err
    old = json.loads(cli(["keys", "recipient", "--json"], env=env)[1])
    code, out, err = cli(["withdraw", "P-062", "--yes", "--retire-field-identity"], env=env)
    assert code == 0 and "came from field packages" not in err
    new = json.loads(cli(["keys", "recipient", "--json"], env=env)[1])
    assert new["recipient"] != old["recipient"]
    assert f"field identity retired (fingerprint {old['fingerprint']})" in out
    assert f"new vault recipient: {new['recipient']}\nnew recipient fingerprint: {new['fingerprint']}\n" in out
    assert "re-run 'intake field init' on every field device" in out
    assert json.loads((vault_dir / "vault.json").read_text())["recipient"] == new["recipient"]
    code, out, _ = cli(["status"], env=env)
    assert code == 0 and "field identity  retired 1 time(s), last 20" in out


def test_import_refuses_a_package_for_a_retired_identity_with_exit_code_6(  # type: ignore[no-untyped-def]
        cli, vault_dir: Path, tmp_path: Path, make_media) -> None:
    env = _env(vault_dir)
    outbox = _field(cli, vault_dir, tmp_path / "field")
    package = _ingest(cli, make_media, outbox, "P-071", 300)
    old = json.loads(cli(["keys", "recipient", "--json"], env=env)[1])["fingerprint"]
    code, _, err = cli(["keys", "retire-field-identity"], input="n\n", env=env)
    assert code != 0 and "can no longer be imported" in err
    code, out, _ = cli(["keys", "retire-field-identity", "--yes"], env=env)
    assert code == 0 and "new vault recipient: age1" in out
    code, out, err = cli(["import", str(package)], env=env)
    assert code == 6
    assert f"FAILED     {package.name}: made for a field identity this vault retired on 20" in out
    assert f"(fingerprint {old}); it can no longer be opened" in out
    assert "intake: error: 1 of 1 package(s) were made for a retired field identity" in err
    assert "intake: hint: import outstanding packages before retiring the field identity" in err
    assert package.exists()


def test_import_remove_package_removes_only_checked_packages(  # type: ignore[no-untyped-def]
        cli, vault_dir: Path, tmp_path: Path, make_media) -> None:
    env = _env(vault_dir)
    outbox = _field(cli, vault_dir, tmp_path / "field")
    good = _ingest(cli, make_media, outbox, "P-081", 300)
    copy = tmp_path / "usb" / good.name
    copy.parent.mkdir()
    copy.write_bytes(good.read_bytes())
    junk = outbox / "junk.intake"
    junk.write_bytes(b"nonsense")
    code, out, err = cli(["import", str(outbox), "--remove-package"], env=env)
    assert code == 7, err
    assert f"imported   {good.name} -> " in out and ", package removed" in out
    assert "--remove-package: overwriting cannot reach" in err
    assert not good.exists() and junk.exists()
    code, out, _ = cli(["import", str(copy), "--remove-package"], env=env)  # the same recording again
    assert code == 0 and "duplicate" in out and ", package removed" in out and not copy.exists()
    again = _ingest(cli, make_media, outbox, "P-082", 400)
    code, out, _ = cli(["import", str(again)], env=env)  # the default keeps the package
    assert code == 0 and again.exists()


def test_retention_apply_warns_about_field_packages_and_can_retire(  # type: ignore[no-untyped-def]
        cli, vault, vault_dir: Path, tmp_path: Path, make_media) -> None:
    from datetime import UTC, datetime, timedelta

    from intake import clock
    from intake.review.workflow import approve, pseudonymise
    from intake.transcripts.run import transcribe_recording
    from transcribe import FakeEngine, FakeLine, TranscribeOptions

    env = _env(vault_dir)
    outbox = _field(cli, vault_dir, tmp_path / "field")
    with clock.fixed(datetime.now(UTC) - timedelta(days=40)):  # recorded and imported 40 days ago
        for code, freq in (("P-091", 300), ("P-092", 400)):
            _ingest(cli, make_media, outbox, code, freq)
        assert cli(["import", str(outbox)], env=env)[0] == 0
    first = vault.conn.execute("SELECT id FROM recordings ORDER BY id").fetchone()[0]  # the other stays a draft
    engine = FakeEngine([FakeLine(0, 0.4, "Письма доходят редко.")], language="ru")
    tid = transcribe_recording(vault, first, engine, TranscribeOptions(language="ru")).id
    pseudonymise(vault, tid)
    approve(vault, tid, accept_rest=True)
    vault.close()
    code, out, err = cli(["retention", "apply", "--audio-after", "30d"], env=env)
    assert code == 0 and out.startswith("audio deleted for 1 recording(s)"), err
    assert "1 of these recording(s) came from field packages" in err
    assert "intake: hint: run 'intake keys retire-field-identity'" in err
    old = json.loads(cli(["keys", "recipient", "--json"], env=env)[1])
    code, out, err = cli(["retention", "apply", "--audio-after", "30d", "--retire-field-identity"], env=env)
    assert code == 0 and out.startswith("audio deleted for 0 recording(s)"), err
    new = json.loads(cli(["keys", "recipient", "--json"], env=env)[1])
    assert new["recipient"] != old["recipient"] and f"new vault recipient: {new['recipient']}" in out
