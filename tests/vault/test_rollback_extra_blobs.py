"""Walkthrough round 21: after 'audit accept-rollback', the blobs of recordings added after the restored
backup are named, explained, and can be removed (audited) so that 'intake verify' is clean again."""

from __future__ import annotations

import shutil
from pathlib import Path

from intake.vault.catalog import CATALOG_NAME

PASS = "correct horse battery staple"


def _rolled_back_with_a_newer_recording(cli, vault_dir: Path, tmp_path: Path, make_media) -> dict[str, str]:  # type: ignore[no-untyped-def]
    env = {"INTAKE_VAULT": str(vault_dir)}
    backup = tmp_path / "catalog-backup.db"
    shutil.copyfile(vault_dir / CATALOG_NAME, backup)
    code, _, err = cli(["ingest", str(make_media("wav", seconds=0.5)), "--interview", "P-1"], input=f"{PASS}\n",
                       env=env)
    assert code == 0, err
    shutil.copyfile(backup, vault_dir / CATALOG_NAME)
    return env


def test_accept_rollback_names_and_verify_clears_extra_blobs(cli, vault_dir: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                            make_media) -> None:
    env = _rolled_back_with_a_newer_recording(cli, vault_dir, tmp_path, make_media)
    code, _, err = cli(["verify", "--remove-extra"], input=f"{PASS}\ny\n", env=env)
    assert code == 5 and "accept-rollback" in err  # the newer catalog names those blobs: never removed here
    assert len(list((vault_dir / "blobs").iterdir())) == 1
    code, out, err = cli(["audit", "accept-rollback", "--yes"], input=f"{PASS}\n", env=env)
    assert code == 0, err
    assert "1 file(s) in blobs/ belong to recordings added after that backup" in err
    assert "intake verify --remove-extra" in err
    code, out, err = cli(["verify"], input=f"{PASS}\n", env=env)
    assert code == 10 and "EXTRA file in blobs/" in out
    assert "leftovers of another vault" not in err and "intake verify --remove-extra" in err
    code, out, err = cli(["verify", "--remove-extra"], input=f"{PASS}\nn\n", env=env)
    assert code == 6 and len(list((vault_dir / "blobs").iterdir())) == 1
    code, out, err = cli(["verify", "--remove-extra"], input=f"{PASS}\ny\n", env=env)
    assert code == 0, err
    assert "removed 1 extra file(s) from blobs/" in out
    assert list((vault_dir / "blobs").iterdir()) == []
    code, out, err = cli(["verify"], input=f"{PASS}\n", env=env)
    assert code == 0, err
    code, out, _ = cli(["audit", "show"], input=f"{PASS}\n", env=env)
    assert "vault.extra_removed" in out
