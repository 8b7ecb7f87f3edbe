"""F1 (round 21): a withdrawn field recording must not be recoverable from a leftover ``.intake`` package.

The attack: the package still lies in the field outbox, on the USB stick or in a download folder (import never
deletes it). Someone images the disk, compels the steward's passphrase, unlocks the vault and reads the
vault's age identity from the catalog: it opens the package's sealed per-recording identity, and that opens
the recording. Before round 21 this identity was created once at ``intake init`` and never changed, so the
withdrawn recording came back in full. Retiring the field identity (with the withdrawal, or alone) replaces
it, moves the catalog to a new epoch so the old identity exists nowhere readable, and refuses old packages.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from crypto import agefile
from crypto.errors import CryptoError
from intake.errors import AuthError
from intake.field.device import field_ingest, init_field
from intake.field.importer import import_package
from intake.field.package import read_layout
from intake.ingest.batch import IngestOptions
from intake.lifecycle import delete_audio, withdraw
from intake.vault.catalog import CATALOG_NAME, connect
from intake.vault.open import unlock
from tests.conftest import PASSPHRASE, cheap_settings

OPTS = IngestOptions(interview="P-051", language="be")


def _packaged_and_imported(vault, tmp_path: Path, make_media) -> tuple[Path, bytes]:  # type: ignore[no-untyped-def]
    field = init_field(tmp_path / "field", vault.header.recipient, vault.header.vault_id.hex())
    src = make_media("wav", seconds=0.5)
    original = src.read_bytes()
    result = field_ingest(field, src, OPTS)
    assert result.status == "packaged", result.message
    package = field.outbox / str(result.recording_id)
    assert import_package(vault, package).status == "imported"
    return package, original


def _attack(vault_dir: Path, package: Path) -> bytes:
    """What the attacker does with a disk image and the compelled passphrase: the recording's bytes, or raise."""
    with unlock(vault_dir, PASSPHRASE, settings=cheap_settings()) as vault:
        own = vault.age_identity()
    with open(package, "rb") as fh:
        layout = read_layout(fh, package.name)
        sealed = agefile.decrypt_bytes(layout.identity, own).decode("ascii").strip()
        fh.seek(layout.rec_offset)
        return agefile.decrypt_bytes(fh.read(layout.rec_length), sealed)


def test_f1_without_retirement_a_leftover_package_still_opens_and_the_report_says_so(  # type: ignore[no-untyped-def]
        vault, vault_dir: Path, tmp_path: Path, make_media) -> None:
    """The known, documented leak when the field identity is NOT retired (and the data that warns of it)."""
    package, original = _packaged_and_imported(vault, tmp_path, make_media)
    report = withdraw(vault, "P-051")
    vault.close()
    assert report.field_packages == 1 and not report.field_identity_retired
    assert _attack(vault_dir, package) == original


def test_f1_withdraw_with_retirement_leaves_the_package_undecryptable_even_with_the_passphrase(  # type: ignore[no-untyped-def]
        vault, vault_dir: Path, tmp_path: Path, make_media) -> None:
    package, original = _packaged_and_imported(vault, tmp_path, make_media)
    old_recipient, old_identity = vault.header.recipient, vault.age_identity()
    carved = tmp_path / "carved-catalog.db"  # what a carver gets from freed blocks: the old identity is inside
    shutil.copy(vault_dir / CATALOG_NAME, carved)
    report = withdraw(vault, "P-051", retire_field_identity=True)
    assert report.field_packages == 1 and report.field_identity_retired
    assert vault.header.recipient != old_recipient
    vault.close()
    with pytest.raises(CryptoError):
        _attack(vault_dir, package)
    with unlock(vault_dir, PASSPHRASE, settings=cheap_settings()) as again:
        assert again.age_identity() != old_identity
        assert again.header.recipient != old_recipient
        with pytest.raises(AuthError):  # its epoch secret was overwritten: the compelled passphrase is useless
            connect(carved, again.keys.catalog)
    raw = b"".join(p.read_bytes() for p in vault_dir.rglob("*") if p.is_file())
    assert old_identity.encode() not in raw and hashlib.sha256(original).digest() not in raw


def test_f1_retention_with_retirement_leaves_the_package_undecryptable(  # type: ignore[no-untyped-def]
        vault, vault_dir: Path, tmp_path: Path, make_media) -> None:
    package, _ = _packaged_and_imported(vault, tmp_path, make_media)
    (rec_id,) = [r[0] for r in vault.conn.execute("SELECT id FROM recordings")]
    report = delete_audio(vault, [rec_id], retire_field_identity=True)
    assert report.recordings == 1 and report.field_packages == 1 and report.field_identity_retired
    vault.close()
    with pytest.raises(CryptoError):
        _attack(vault_dir, package)


def test_f1_retirement_gives_a_new_identity_and_records_only_the_old_public_fingerprint(  # type: ignore[no-untyped-def]
        vault, vault_dir: Path) -> None:
    from intake.keys.field_identity import retire_field_identity, retirements

    olds = []
    for _ in range(3):
        olds.append((vault.header.recipient, vault.age_identity(), vault.fingerprint()))
        report = retire_field_identity(vault)
        assert report.recipient == vault.header.recipient and report.fingerprint == vault.fingerprint()
        assert agefile.recipient_of(vault.age_identity()) == vault.header.recipient
    assert len({r for r, _, _ in olds} | {vault.header.recipient}) == 4
    assert [(e.recipient, e.fingerprint) for e in retirements(vault)] == [(r, f) for r, _, f in olds]
    stored = vault.conn.execute("SELECT value FROM meta WHERE key='retired_recipients'").fetchone()[0]
    assert all(i not in stored for _, i, _ in olds) and "AGE-SECRET-KEY" not in stored
    rows = vault.conn.execute("SELECT object_id, details FROM audit WHERE action='field_identity.retire'").fetchall()
    assert len(rows) == 3 and all(o == "" and "AGE-SECRET-KEY" not in d for o, d in rows)
    current = vault.header.recipient
    vault.close()
    with unlock(vault_dir, PASSPHRASE, settings=cheap_settings()) as again:
        assert again.header.recipient == current and len(retirements(again)) == 3


def test_f1_old_packages_are_refused_by_name_and_new_ones_import(  # type: ignore[no-untyped-def]
        vault, tmp_path: Path, make_media) -> None:
    from intake.errors import ExitCode, FieldIdentityRetired
    from intake.keys.field_identity import retire_field_identity

    stale = init_field(tmp_path / "stale", vault.header.recipient, vault.header.vault_id.hex())
    waiting = field_ingest(stale, make_media("wav", seconds=0.5, freq=300), OPTS)
    old_fingerprint = vault.fingerprint()
    retire_field_identity(vault)
    result = import_package(vault, stale.outbox / str(waiting.recording_id))
    assert result.status == "failed" and isinstance(result.error, FieldIdentityRetired)
    assert result.error.exit_code == ExitCode.REFUSED
    assert "retired on 20" in result.message and old_fingerprint in result.message
    assert "intake field init" in str(result.error.hint)
    # a device still holding the old recipient cannot know: its new packages are refused the same way
    later = field_ingest(stale, make_media("wav", seconds=0.5, freq=500), OPTS)
    assert isinstance(import_package(vault, stale.outbox / str(later.recording_id)).error, FieldIdentityRetired)
    fresh = init_field(tmp_path / "fresh", vault.header.recipient, vault.header.vault_id.hex())
    made = field_ingest(fresh, make_media("wav", seconds=0.5, freq=700), OPTS)
    assert import_package(vault, fresh.outbox / str(made.recording_id)).status == "imported"


def test_f1_recordings_already_in_the_vault_still_open_after_retirement(  # type: ignore[no-untyped-def]
        vault, tmp_path: Path, make_media) -> None:
    """Blobs are sealed to their own identities, never to the vault's: retirement re-encrypts nothing."""
    from intake.ingest.recordings import export_recording, list_recordings
    from intake.keys.field_identity import retire_field_identity
    from intake.vault.check import verify_vault

    _, original = _packaged_and_imported(vault, tmp_path, make_media)
    retire_field_identity(vault)
    (rec,) = list_recordings(vault)
    out = tmp_path / "out.wav"
    export_recording(vault, rec.id, out)
    assert out.read_bytes() == original and verify_vault(vault).ok


def test_f1_a_pending_retirement_accepts_only_its_own_recipient_in_vault_json(  # type: ignore[no-untyped-def]
        vault, vault_dir: Path) -> None:
    """vault.json may name the authenticated pending recipient during a retirement, nothing else (H1 holds)."""
    import json
    from dataclasses import replace

    from area_tools import read_area, write_area

    from intake.errors import HeaderMismatch
    from intake.vault.areaheader import Pending

    old, mac_key = vault.header.recipient, vault.keys.area_mac
    vault.close()
    header = read_area(vault_dir)[0]
    pending_recipient = agefile.generate_keypair().recipient
    write_area(vault_dir, replace(header, pending=Pending("retire", header.state, pending_recipient)), mac_key=mac_key)
    doc = json.loads((vault_dir / "vault.json").read_text())
    (vault_dir / "vault.json").write_text(json.dumps({**doc, "recipient": agefile.generate_keypair().recipient}))
    with pytest.raises(HeaderMismatch):
        unlock(vault_dir, PASSPHRASE, settings=cheap_settings())
    (vault_dir / "vault.json").write_text(json.dumps({**doc, "recipient": pending_recipient}))
    with unlock(vault_dir, PASSPHRASE, settings=cheap_settings()) as again:  # the catalog still holds the old one
        assert again.header.recipient == old
    assert json.loads((vault_dir / "vault.json").read_text())["recipient"] == old  # repaired
    assert read_area(vault_dir)[0].pending is None


def test_f1_panic_during_a_retirement_keeps_what_recovery_needs(  # type: ignore[no-untyped-def]
        vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Killed after the catalog took the new identity and vault.json was rewritten, then panic, then recovery
    shares: the vault opens with the new identity (panic keeps a pending retirement like a withdrawal)."""
    import json

    from area_tools import read_area

    import intake.vault.epoch as epoch
    from intake.keys.field_identity import retire_field_identity
    from intake.keys.panic import panic
    from intake.keys.recovery import create_recovery, unlock_with_shares

    shares = create_recovery(vault, 3, 2).shares

    def killed(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(epoch, "commit_pending", killed)
    with pytest.raises(KeyboardInterrupt):
        retire_field_identity(vault)
    vault.drop()
    new = json.loads((vault_dir / "vault.json").read_text())["recipient"]
    assert read_area(vault_dir)[0].pending is not None
    panic(vault_dir)
    with unlock_with_shares(vault_dir, shares[:2]) as again:
        assert again.header.recipient == new == agefile.recipient_of(again.age_identity())
    assert read_area(vault_dir)[0].pending is None


def test_f1_a_forged_pending_retirement_in_a_panicked_header_cannot_swap_the_recipient(  # type: ignore[no-untyped-def]
        vault, vault_dir: Path) -> None:
    """A panicked header has no MAC: a pending 'retire' naming the attacker's recipient (and a vault.json to
    match) passes the vault.json comparison, but the catalog decides, and its identity is the vault's."""
    import json
    from dataclasses import replace

    from area_tools import read_area, write_area

    from intake.keys.panic import panic
    from intake.keys.recovery import create_recovery, unlock_with_shares
    from intake.vault.areaheader import Pending

    shares = create_recovery(vault, 3, 2).shares
    own = vault.header.recipient
    vault.close()
    panic(vault_dir)
    attacker = agefile.generate_keypair().recipient
    header = read_area(vault_dir)[0]
    write_area(vault_dir, replace(header, pending=Pending("retire", header.state, attacker)))
    doc = json.loads((vault_dir / "vault.json").read_text())
    (vault_dir / "vault.json").write_text(json.dumps({**doc, "recipient": attacker}))
    with unlock_with_shares(vault_dir, shares[:2]) as again:
        assert again.header.recipient == own
    assert json.loads((vault_dir / "vault.json").read_text())["recipient"] == own
