"""W1 (round 21 walkthrough): a withdrawn recording must not come back through a routine import or ingest.

The finding: ``intake withdraw P-101 --yes``, then ``intake import field1-copy2/outbox`` (a leftover USB copy of
the field outbox) printed ``imported ... -> <id>`` and the interview was back, with no warning. The same holds
for ``intake ingest`` of the original file, and for a recording whose audio retention destroyed. The vault
now keeps a keyed digest of each destroyed recording's content (docs/format.md §5, ``withdrawn``) and refuses
it by name (exit code 6).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from intake.errors import RecordingWithdrawn
from intake.field.device import field_ingest, init_field
from intake.field.importer import import_package
from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
from intake.ingest.recordings import list_interviews
from intake.lifecycle import delete_audio, withdraw
from intake.vault.catalog import CATALOG_NAME
from intake.vault.open import unlock
from intake.vault.withdrawn import withdrawn_count
from tests.conftest import PASSPHRASE, cheap_settings

OPTS = IngestOptions(interview="P-101", language="be")


def _package(vault, tmp_path: Path, src: Path) -> Path:  # type: ignore[no-untyped-def]
    field = init_field(tmp_path / "field", vault.header.recipient, vault.header.vault_id.hex())
    result = field_ingest(field, src, OPTS)
    assert result.status == "packaged", result.message
    return field.outbox / str(result.recording_id)


def _leftover(package: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "usb-copy"
    copy.mkdir()
    return Path(shutil.copy(package, copy / package.name))


def test_w1_a_leftover_package_of_a_withdrawn_interview_is_refused(  # type: ignore[no-untyped-def]
        vault, vault_dir: Path, tmp_path: Path, make_media) -> None:
    package = _package(vault, tmp_path, make_media("wav", seconds=0.5))
    leftover = _leftover(package, tmp_path)
    assert import_package(vault, package).status == "imported"
    withdraw(vault, "P-101")
    vault.close()
    with unlock(vault_dir, PASSPHRASE, settings=cheap_settings()) as again:  # the table survived the epoch switch
        result = import_package(again, leftover)
        assert result.status == "failed" and isinstance(result.error, RecordingWithdrawn)
        assert "this recording was withdrawn (consent withdrawn or retention)" in result.message
        assert "P-101" not in result.message
        assert list_interviews(again) == []
        assert leftover.is_file()  # refused, not removed: the steward decides about the copy


def test_w1_ingest_of_the_original_file_after_withdrawal_is_refused(  # type: ignore[no-untyped-def]
        vault, tmp_path: Path, make_media) -> None:
    src = make_media("wav", seconds=0.5)
    assert ingest_file(vault, src, OPTS).status == "ingested"
    withdraw(vault, "P-101")
    result = ingest_file(vault, src, IngestOptions(interview="P-777", language="ru", shred=True))
    assert result.status == "failed" and isinstance(result.error, RecordingWithdrawn)
    assert list_interviews(vault) == [] and src.is_file()
    assert not list((vault.path / "tmp").iterdir())  # the staged copy is gone


def test_w1_retention_deleted_audio_is_refused_on_import_and_ingest(  # type: ignore[no-untyped-def]
        vault, tmp_path: Path, make_media) -> None:
    src = make_media("wav", seconds=0.5, freq=523)
    package = _package(vault, tmp_path, src)
    result = import_package(vault, package)
    assert result.status == "imported"
    delete_audio(vault, [str(result.recording_id)])
    again = import_package(vault, package)
    assert again.status == "failed" and isinstance(again.error, RecordingWithdrawn)
    assert isinstance(ingest_file(vault, src, OPTS).error, RecordingWithdrawn)


def test_w1_the_catalog_keeps_a_keyed_digest_never_the_plain_hash_or_the_code(  # type: ignore[no-untyped-def]
        vault, vault_dir: Path, make_media) -> None:
    src = make_media("wav", seconds=0.5, freq=611)
    sha = hashlib.sha256(src.read_bytes()).hexdigest()
    ingest_file(vault, src, OPTS)
    withdraw(vault, "P-101")
    withdraw_count = withdrawn_count(vault.conn)
    rows = vault.conn.execute("SELECT digest, v FROM withdrawn").fetchall()
    assert withdraw_count == 1 and rows[0][1] == 1
    assert rows[0][0] != sha and sha not in json.dumps(rows)
    kept = json.dumps(rows + vault.conn.execute("SELECT key, value FROM meta").fetchall())
    assert sha not in kept and "P-101" not in kept  # (the audit log's ingest row is a known, documented leak)
    assert (vault_dir / CATALOG_NAME).is_file()


def test_w1_refusals_survive_a_key_rotation(vault, vault_dir: Path, make_media) -> None:  # type: ignore[no-untyped-def]
    from intake.keys.rotate import rotate

    src = make_media("wav", seconds=0.5, freq=911)
    ingest_file(vault, src, OPTS)
    withdraw(vault, "P-101")
    vault.close()
    again = unlock(vault_dir, PASSPHRASE, settings=cheap_settings())
    rotate(again, PASSPHRASE).vault.close()
    with unlock(vault_dir, PASSPHRASE, settings=cheap_settings()) as rotated:
        assert isinstance(ingest_file(rotated, src, OPTS).error, RecordingWithdrawn)


def test_w1_other_recordings_still_import(vault, tmp_path: Path, make_media) -> None:  # type: ignore[no-untyped-def]
    ingest_file(vault, make_media("wav", seconds=0.5, freq=700), OPTS)
    withdraw(vault, "P-101")
    result = ingest_file(vault, make_media("wav", seconds=0.5, freq=800), OPTS)
    assert result.status == "ingested"


@pytest.mark.parametrize("command", ["import", "ingest"])
def test_w1_cli_exit_code_6_and_message(cli, vault_dir: Path, tmp_path: Path, make_media,  # type: ignore[no-untyped-def]
                                        command: str) -> None:
    env = {"INTAKE_VAULT": str(vault_dir), "INTAKE_PASSPHRASE": "correct horse battery staple"}
    info = json.loads(cli(["keys", "recipient", "--json"], env=env)[1])
    assert cli(["field", "init", str(tmp_path / "field1"), "--recipient", info["recipient"]])[0] == 0
    src = make_media("wav", seconds=0.5)
    assert cli(["field", "ingest", str(src), "--field", str(tmp_path / "field1"), "--interview", "P-101"])[0] == 0
    leftover = tmp_path / "field1-copy2"
    shutil.copytree(tmp_path / "field1" / "outbox", leftover)
    assert cli(["import", str(tmp_path / "field1" / "outbox")], env=env)[0] == 0
    assert cli(["withdraw", "P-101", "--yes"], env=env)[0] == 0
    args = ["import", str(leftover)] if command == "import" else ["ingest", str(src), "--interview", "P-101"]
    code, out, err = cli(args, env=env)
    assert code == 6, (out, err)
    assert "this recording was withdrawn (consent withdrawn or retention); it is not imported again" in out + err
    assert "intake: error:" in err and "intake: hint:" in err
    assert "P-101" not in cli(["interviews", "list"], env=env)[1]


def test_w1_the_library_api_raises_the_typed_refusal(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    from intake.api.pipeline import ingest

    src = make_media("wav", seconds=0.5, freq=977)
    ingest(vault, src, interview="P-101")
    withdraw(vault, "P-101")
    with pytest.raises(RecordingWithdrawn) as caught:
        ingest(vault, src, interview="P-202")
    assert caught.value.exit_code == 6
