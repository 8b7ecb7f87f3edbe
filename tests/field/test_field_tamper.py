"""Flip any byte of a package: import fails cleanly and stores nothing; what it stores is plain age."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.field.device import field_ingest, init_field
from intake.field.importer import import_package
from intake.ingest.batch import IngestOptions
from intake.ingest.recordings import get_recording, list_recordings, recording_identity


@pytest.fixture
def package(vault, make_media, tmp_path: Path) -> bytes:  # type: ignore[no-untyped-def]
    field = init_field(tmp_path / "field", vault.header.recipient)
    result = field_ingest(field, make_media("wav", seconds=0.2), IngestOptions(interview="P-5"))
    return (field.outbox / str(result.recording_id)).read_bytes()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), fix_digest=st.booleans())
def test_any_flipped_byte_is_refused(vault, package: bytes, tmp_path: Path, data, fix_digest: bool) -> None:  # type: ignore[no-untyped-def]
    """With ``fix_digest`` the public checksum is recomputed, as an attacker could: age and the sealed
    SHA-256 must still refuse the change."""
    where = data.draw(st.integers(0, len(package) - (33 if fix_digest else 1)))
    bit = data.draw(st.integers(0, 7))
    changed = bytearray(package)
    changed[where] ^= 1 << bit
    if fix_digest:
        changed[-32:] = hashlib.sha256(bytes(changed[:-32])).digest()
    path = tmp_path / "changed.intake"
    path.write_bytes(bytes(changed))
    result = import_package(vault, path)
    assert result.status == "failed"
    assert result.message.startswith("changed.intake: ")
    assert list_recordings(vault) == [] and not list(vault.tmp.iterdir()) and not list(vault.blobs.iterdir())


@pytest.mark.skipif(shutil.which("age") is None, reason="the age command is not installed")
def test_imported_blob_opens_with_the_age_command(vault, package: bytes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.intake"
    path.write_bytes(package)
    result = import_package(vault, path)
    assert result.status == "imported"
    rec = get_recording(vault, str(result.recording_id))
    key = tmp_path / "key.txt"
    key.write_text(recording_identity(vault, rec.id) + "\n")
    out = subprocess.run(["age", "-d", "-i", str(key), str(vault.blobs / rec.blob)], capture_output=True, check=True)
    assert hashlib.sha256(out.stdout).hexdigest() == rec.sha256
