"""Field packages: nothing on the field device decrypts them; import verifies, is idempotent, names the bad."""

from __future__ import annotations

import hashlib
import io
import json
import re
from pathlib import Path

import pytest

from crypto import agefile
from crypto.errors import CryptoError
from crypto.kdf import KdfPolicy
from intake.errors import DamagedError, NotFoundError, PackageDamaged, UsageError
from intake.field.device import CONFIG_NAME, field_ingest, field_ingest_many, init_field, load_field
from intake.field.importer import import_package, import_packages
from intake.field.package import MAGIC, read_layout
from intake.ingest.batch import IngestOptions
from intake.ingest.recordings import export_recording, list_recordings
from intake.vault import audit
from intake.vault.check import verify_vault
from intake.vault.open import create_vault
from intake.vault.settings import VaultSettings

CHEAP = VaultSettings(kdf=KdfPolicy(test_cost=True))  # test-only cost for new key slots

OPTS = IngestOptions(interview="P-021", language="be", interviewer="INT-3")


@pytest.fixture
def field(tmp_path: Path, vault):  # type: ignore[no-untyped-def]
    return init_field(tmp_path / "field", vault.header.recipient, vault.header.vault_id.hex())


def _package(field, make_media, seconds: float = 1.0, freq: int = 440) -> tuple[Path, bytes]:  # type: ignore[no-untyped-def]
    src = make_media("m4a", seconds=seconds, freq=freq)
    original = src.read_bytes()
    result = field_ingest(field, src, OPTS)
    assert result.status == "packaged", result.message
    return field.outbox / str(result.recording_id), original


def test_init_holds_only_public_values(field, vault) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads((field.path / CONFIG_NAME).read_text())
    assert doc == {"format": "intake-field", "version": 1, "recipient": vault.header.recipient,
                   "vault_id": vault.header.vault_id.hex()}
    assert sorted(p.name for p in field.path.iterdir()) == ["intake-field.json", "outbox"]
    assert load_field(field.path) == field
    with pytest.raises(UsageError):
        init_field(field.path, vault.header.recipient)


def test_init_rejects_bad_values(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="recipient"):
        init_field(tmp_path / "a", "AGE-SECRET-KEY-1QQQ")
    with pytest.raises(UsageError, match="vault id"):
        init_field(tmp_path / "b", agefile.generate_keypair().recipient, "xyz")
    with pytest.raises(NotFoundError):
        load_field(tmp_path / "nothing")
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / CONFIG_NAME).write_text('{"format": "intake-field", "version": 2}')
    with pytest.raises(DamagedError):
        load_field(tmp_path / "c")


def test_round_trip_into_the_vault(field, vault, make_media) -> None:  # type: ignore[no-untyped-def]
    package, original = _package(field, make_media)
    assert re.fullmatch(r"[0-9a-f]{32}\.intake", package.name)
    assert package.read_bytes().startswith(MAGIC)
    result = import_package(vault, package)
    assert result.status == "imported", result.message
    (rec,) = list_recordings(vault)
    assert (rec.id, rec.interview_id, rec.language, rec.interviewer) == (result.recording_id, "P-021", "be", "INT-3")
    assert rec.sha256 == hashlib.sha256(original).hexdigest() and rec.size == len(original)
    assert rec.container and rec.codec == "aac" and rec.duration == pytest.approx(1.0, abs=0.15)
    assert rec.original_name is None
    out = field.path.parent / "exported.m4a"
    export_recording(vault, rec.id, out)
    assert out.read_bytes() == original
    assert verify_vault(vault).ok
    assert audit.rows(vault.conn, action="recording.import")[0].object_id == rec.id


def test_field_directory_holds_no_key_that_opens_anything(field, vault, make_media) -> None:  # type: ignore[no-untyped-def]
    package, original = _package(field, make_media)
    blobs = b"".join(p.read_bytes() for p in field.path.rglob("*") if p.is_file())
    assert b"AGE-SECRET-KEY" not in blobs.upper()
    assert b"P-021" not in blobs and b"INT-3" not in blobs
    assert hashlib.sha256(original).hexdigest().encode() not in blobs
    layout = read_layout(io.BytesIO(package.read_bytes()), package.name)
    candidates = {m.decode("ascii") for m in re.findall(rb"[A-Za-z0-9+/=_-]{40,}", blobs)}
    assert vault.header.recipient in candidates  # the search does see key-like strings
    for text in candidates:
        for guess in (text, text.upper(), "AGE-SECRET-KEY-1" + text.upper(), "AGE-SECRET-KEY-1" + text[4:].upper()):
            try:
                identity = str(agefile.parse_identity(guess))
            except CryptoError:
                continue
            for sealed in (layout.identity, layout.meta):
                with pytest.raises(CryptoError):
                    agefile.decrypt_bytes(sealed, identity)
    assert agefile.decrypt_bytes(layout.meta, vault.age_identity())  # positive control: the vault's key opens it


def test_field_ingest_shreds_only_after_the_package_is_checked(field, make_media) -> None:  # type: ignore[no-untyped-def]
    src = make_media("wav", seconds=0.5)
    opts = IngestOptions(interview="P-021", shred=True)
    result = field_ingest(field, src, opts)
    assert result.status == "packaged" and result.shredded and not src.exists()
    bad = make_media("wav", seconds=0.5, freq=300)
    bad.write_bytes(b"not audio at all" * 100)
    result = field_ingest(field, bad, opts)
    assert result.status == "failed" and bad.exists()
    assert len(list(field.outbox.iterdir())) == 1  # no half package left behind


def test_double_import_changes_nothing(field, vault, vault_dir: Path, make_media) -> None:  # type: ignore[no-untyped-def]
    package, _ = _package(field, make_media)
    assert import_package(vault, package).status == "imported"
    catalog = (vault_dir / "catalog.db").read_bytes()
    blobs = sorted(p.name for p in vault.blobs.iterdir())
    again = import_package(vault, package)
    assert again.status == "duplicate" and again.message.startswith("already imported")
    assert (vault_dir / "catalog.db").read_bytes() == catalog
    assert sorted(p.name for p in vault.blobs.iterdir()) == blobs
    assert not list(vault.tmp.iterdir())


def test_package_for_another_vault_is_refused(field, tmp_path: Path, passphrase: str, make_media) -> None:  # type: ignore[no-untyped-def]
    package, _ = _package(field, make_media)
    with create_vault(tmp_path / "other", passphrase, settings=CHEAP) as other:
        result = import_package(other, package)
        assert result.status == "failed"
        assert result.message == f"{package.name}: made for another vault (its recipient is not this vault's)"
        assert list_recordings(other) == []


def test_vault_id_mismatch_is_refused(vault, tmp_path: Path, make_media) -> None:  # type: ignore[no-untyped-def]
    field = init_field(tmp_path / "f2", vault.header.recipient, "ab" * 16)
    package, _ = _package(field, make_media)
    result = import_package(vault, package)
    assert result.status == "failed" and "another vault (vault id differs)" in result.message


@pytest.mark.parametrize("where", ["magic", "header", "identity", "recording", "meta", "digest", "truncated"])
def test_damaged_package_is_named_and_the_batch_goes_on(field, vault, make_media, where: str) -> None:  # type: ignore[no-untyped-def]
    bad, _ = _package(field, make_media, freq=500)
    good, _ = _package(field, make_media, freq=600)
    data = bytearray(bad.read_bytes())
    layout = read_layout(io.BytesIO(bytes(data)), bad.name)
    offsets = {"magic": 3, "header": len(MAGIC) + 5, "identity": layout.rec_offset - 20,
               "recording": layout.rec_offset + layout.rec_length // 2,
               "meta": layout.rec_offset + layout.rec_length + 10, "digest": len(data) - 5}
    if where == "truncated":
        del data[len(data) // 2:]
    else:
        data[offsets[where]] ^= 0x01
    bad.write_bytes(bytes(data))
    report = import_packages(vault, [bad, good])
    assert [r.status for r in report.results] == ["failed", "imported"]
    assert report.results[0].message.startswith(f"{bad.name}: ")
    assert len(list_recordings(vault)) == 1 and verify_vault(vault).ok
    assert not list(vault.tmp.iterdir())


def test_digest_fixed_but_recording_changed_is_caught(field, vault, make_media) -> None:  # type: ignore[no-untyped-def]
    """An attacker can recompute the public digest; the age MAC and the sealed SHA-256 still catch it."""
    package, _ = _package(field, make_media)
    data = bytearray(package.read_bytes())
    layout = read_layout(io.BytesIO(bytes(data)), package.name)
    data[layout.rec_offset + layout.rec_length - 40] ^= 0x80
    data[-32:] = hashlib.sha256(bytes(data[:-32])).digest()
    package.write_bytes(bytes(data))
    result = import_package(vault, package)
    assert result.status == "failed" and "damaged" in result.message
    assert list_recordings(vault) == []


def test_read_layout_rejects_garbage() -> None:
    for blob in (b"", b"hello", MAGIC, MAGIC + b"\x00\x00" + b"\x00" * 40):
        with pytest.raises(PackageDamaged):
            read_layout(io.BytesIO(blob), "x.intake")


def test_many_with_a_folder_and_a_bad_file(field, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = make_media("ogg", seconds=0.5)
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    inside = field.path / "note.wav"
    inside.write_bytes(good.read_bytes())
    report = field_ingest_many(field, [good, empty, inside], OPTS)
    assert [r.status for r in report.results] == ["packaged", "failed", "failed"]
    assert "empty" in report.results[1].message
    assert report.results[2].message.endswith("is inside the field directory")
