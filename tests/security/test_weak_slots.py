"""Low finding "weak slots": slots made under the test KDF open silently; ``keys passwd`` re-reads the KDF
cost from ``vault.json`` after unlocking; the docs suggest ``recordings identity > key.txt``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from intake.keys.slots import change_passphrase
from intake.vault.header import read_header
from intake.vault.open import create_vault, unlock
from tests.conftest import cheap_settings

PASS = "correct horse battery staple"
DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_a_weak_slot_is_reported_by_the_library(vault) -> None:  # type: ignore[no-untyped-def]
    """The test switch makes t=1, 8 MiB slots: below the floor for new slots (t >= 3, 64 MiB)."""
    assert vault.weak_slots == (vault.slot_id,)


def test_a_slot_at_the_floor_is_not_reported(tmp_path: Path) -> None:
    create_vault(tmp_path / "v", PASS, kdf_memory_mib=64).close()
    with unlock(tmp_path / "v", PASS) as vault:
        assert vault.weak_slots == ()


def test_the_cli_warns_when_unlocking_a_weak_slot(vault_dir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    slot = read_header(vault_dir).slots[0].slot_id
    code, _out, err = cli(["--vault", str(vault_dir), "status"], env={"INTAKE_PASSPHRASE": PASS})
    assert code == 0
    assert f"intake: warning: key slot(s) {slot}: KDF cost below the minimum for new slots (t >= 3, 64 MiB)" in err


def test_passwd_uses_the_cost_validated_at_unlock(vault_dir: Path) -> None:
    """Someone edits the slot's cost in vault.json after unlock: passwd must not pick it up."""
    with unlock(vault_dir, PASS, settings=cheap_settings()) as vault:
        opened = vault.header.slot(vault.slot_id).params
        doc = json.loads((vault_dir / "vault.json").read_text())
        doc["slots"][0]["kdf"].update(t=4, m_kib=16384, p=2)
        (vault_dir / "vault.json").write_text(json.dumps(doc))
        change_passphrase(vault, "a brand new passphrase here")
    new = read_header(vault_dir).slots[0].params
    assert new == opened
    with unlock(vault_dir, "a brand new passphrase here", settings=cheap_settings()) as vault:
        assert vault.header.slot(vault.slot_id).params == opened


@pytest.mark.parametrize("doc", ["cli.md", "guide-steward.md"])
def test_docs_create_identity_files_0600(doc: str) -> None:
    """Every redirect of 'recordings identity' into a file runs under umask 077."""
    text = (DOCS / doc).read_text()
    redirects = [line for line in text.splitlines() if re.search(r"recordings identity .*>\s*\S", line)]
    assert redirects, f"{doc} should show how to save a recording key safely"
    assert all("umask 077" in line for line in redirects), redirects
