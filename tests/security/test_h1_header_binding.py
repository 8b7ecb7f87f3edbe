"""High 1: everything in vault.json that matters is bound to the master key; modes 0700/0600."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import replace
from pathlib import Path

import pytest
from area_tools import read_area, write_area

from crypto import agefile
from intake.errors import DamagedError, HeaderMismatch
from intake.keys.slots import add_slot
from intake.vault.open import create_vault, unlock
from tests.conftest import cheap_settings

PASS = "correct horse battery staple"


def _edit_json(vault_dir: Path, **changes: object) -> None:
    doc = json.loads((vault_dir / "vault.json").read_text())
    doc.update(changes)
    (vault_dir / "vault.json").write_text(json.dumps(doc))


def test_h1_recipient_swap_refused(vault_dir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    attacker = agefile.generate_keypair().recipient
    _edit_json(vault_dir, recipient=attacker)
    with pytest.raises(HeaderMismatch, match=r"public key \(recipient\) in vault.json does not match"):
        unlock(vault_dir, PASS)
    for args in (["keys", "recipient"], ["status"], ["verify"], ["audit", "verify"]):
        code, out, err = cli(args, input=f"{PASS}\n", env={"INTAKE_VAULT": str(vault_dir)})
        assert code == 5 and attacker not in out, args
        assert "public key (recipient) in vault.json does not match" in err


def test_h1_recipient_swap_in_both_files_fails_authentication(vault_dir: Path) -> None:
    attacker = agefile.generate_keypair().recipient
    _edit_json(vault_dir, recipient=attacker)
    header = read_area(vault_dir)[0]
    write_area(vault_dir, replace(header, recipient=attacker))  # no key: the old MAC stays
    with pytest.raises(DamagedError, match="authentication check"):
        unlock(vault_dir, PASS)


def test_h1_vault_id_swap_refused(vault_dir: Path) -> None:
    _edit_json(vault_dir, vault_id="ab" * 16)
    with pytest.raises(HeaderMismatch, match=r"vault id in vault\.json does not match"):
        unlock(vault_dir, PASS)


def test_h1_format_version_is_checked(vault_dir: Path) -> None:
    _edit_json(vault_dir, version=3)
    with pytest.raises(DamagedError, match="format version"):
        unlock(vault_dir, PASS)


def test_h1_slot_list_change_refused(vault, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    add_slot(vault, "second steward passphrase", "B")
    vault.close()
    header = read_area(vault_dir)[0]
    write_area(vault_dir, replace(header, state=replace(header.state, slots=header.state.slots[:1])))
    with pytest.raises(DamagedError, match="authentication check"):
        unlock(vault_dir, PASS)


def test_h1_panicked_header_cannot_swap_the_recipient(vault, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from intake.keys.panic import panic
    from intake.keys.recovery import create_recovery, unlock_with_shares

    shares = create_recovery(vault, 3, 2).shares
    vault.close()
    panic(vault_dir)
    attacker = agefile.generate_keypair().recipient
    _edit_json(vault_dir, recipient=attacker)
    write_area(vault_dir, replace(read_area(vault_dir)[0], recipient=attacker))  # a panicked header has no MAC
    with pytest.raises(HeaderMismatch, match="does not match the catalog's identity"):
        unlock_with_shares(vault_dir, shares[:2])


def test_h1_fingerprint_matches_between_steward_and_field(cli, vault_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli(["keys", "recipient"], input=f"{PASS}\n", env={"INTAKE_VAULT": str(vault_dir)})
    assert code == 0
    fingerprint = err.split("fingerprint ")[1].split()[0]
    assert len(fingerprint) == 19 and fingerprint.count("-") == 3
    code, field_out, _ = cli(["field", "init", str(tmp_path / "field"), "--recipient", out.strip()])
    assert code == 0 and f"fingerprint: {fingerprint}" in field_out


def test_h1_init_makes_the_directory_0700_and_files_0600(tmp_path: Path) -> None:
    target = tmp_path / "v"
    target.mkdir(mode=0o755)
    os.chmod(target, 0o755)
    old = os.umask(0o022)
    try:
        with create_vault(target, PASS, settings=cheap_settings()) as vault:
            vault.conn.execute("BEGIN IMMEDIATE")
            vault.conn.execute("INSERT INTO meta(key, value) VALUES ('x', 'y')")
            journal = target / "catalog.db-journal"
            assert journal.exists()
            journal_mode = stat.S_IMODE(journal.stat().st_mode)
            vault.conn.execute("ROLLBACK")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o700
    assert journal_mode == 0o600
    for name in ("catalog.db", "keyslots.bin", "vault.json"):
        assert stat.S_IMODE((target / name).stat().st_mode) == 0o600, name


def test_h1_field_packages_are_0600(vault, tmp_path: Path, make_media) -> None:  # type: ignore[no-untyped-def]
    from intake.field.device import field_ingest_many, init_field
    from intake.ingest.batch import IngestOptions

    cfg = init_field(tmp_path / "field", vault.header.recipient)
    old = os.umask(0o022)
    try:
        field_ingest_many(cfg, [make_media("wav", seconds=0.5)], IngestOptions(interview="P-1"), recursive=False)
    finally:
        os.umask(old)
    packages = list(cfg.outbox.iterdir())
    assert packages and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in packages)
