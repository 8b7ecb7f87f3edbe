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
from pathlib import Path

import pytest

from crypto import agefile
from crypto.errors import CryptoError
from intake.field.device import field_ingest, init_field
from intake.field.importer import import_package
from intake.field.package import read_layout
from intake.ingest.batch import IngestOptions
from intake.lifecycle import delete_audio, withdraw
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
    report = withdraw(vault, "P-051", retire_field_identity=True)
    assert report.field_packages == 1 and report.field_identity_retired
    assert vault.header.recipient != old_recipient
    vault.close()
    with pytest.raises(CryptoError):
        _attack(vault_dir, package)
    with unlock(vault_dir, PASSPHRASE, settings=cheap_settings()) as again:
        assert again.age_identity() != old_identity
        assert again.header.recipient != old_recipient
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
