"""Low finding "weak slots": slots made under the test KDF open silently; ``keys passwd`` re-reads the KDF
cost from disk after unlocking (``vault.json`` in format 1, the key area in format 2); the docs suggest
``recordings identity > key.txt``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from area_tools import read_area, write_area

from crypto.kdf import Argon2Params
from intake.errors import DamagedError
from intake.keys.slots import change_passphrase
from intake.vault.areaheader import KeyState
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
    slot = read_area(vault_dir)[0].state.slots[0].id
    code, _out, err = cli(["--vault", str(vault_dir), "status"], env={"INTAKE_PASSPHRASE": PASS})
    assert code == 0
    assert f"intake: warning: key slot(s) {slot}: KDF cost below the minimum for new slots (t >= 3, 64 MiB)" in err


def _edit_cost(vault_dir: Path, slot_id: str, mac_key: bytes | None) -> None:
    """Change the slot's KDF cost in the key area's header (re-signed when ``mac_key`` is given)."""
    header = read_area(vault_dir)[0]
    slots = tuple(replace(s, params=Argon2Params(t=4, m_kib=16384, p=2)) if s.id == slot_id else s
                  for s in header.state.slots)
    write_area(vault_dir, replace(header, state=KeyState(slots, header.state.epoch)), mac_key=mac_key)


def test_passwd_uses_the_cost_validated_at_unlock(vault_dir: Path) -> None:
    """Someone holding the key re-signs the key area with another cost after unlock: passwd must not pick it up.

    (Format 2: the cost lives in the key area's authenticated header, no longer in vault.json.)
    """
    with unlock(vault_dir, PASS, settings=cheap_settings()) as vault:
        slot = vault.area.state.slot(vault.slot_id)
        assert slot is not None
        opened = slot.params
        _edit_cost(vault_dir, vault.slot_id, vault.keys.area_mac)
        change_passphrase(vault, "a brand new passphrase here")
    new = read_area(vault_dir)[0].state.slots[0].params
    assert new == opened
    with unlock(vault_dir, "a brand new passphrase here", settings=cheap_settings()) as vault:
        again = vault.area.state.slot(vault.slot_id)
        assert again is not None and again.params == opened


def test_passwd_refuses_a_cost_edited_without_the_key(vault_dir: Path) -> None:
    """An edit without the vault's key (vault.json's old attack) fails the key area's MAC: nothing is written."""
    with unlock(vault_dir, PASS, settings=cheap_settings()) as vault:
        _edit_cost(vault_dir, vault.slot_id, None)
        with pytest.raises(DamagedError, match="changed while the vault was open"):
            change_passphrase(vault, "a brand new passphrase here")


@pytest.mark.parametrize("doc", ["cli.md", "guide-steward.md"])
def test_docs_create_identity_files_0600(doc: str) -> None:
    """Every redirect of 'recordings identity' into a file runs under umask 077."""
    text = (DOCS / doc).read_text()
    redirects = [line for line in text.splitlines() if re.search(r"recordings identity .*>\s*\S", line)]
    assert redirects, f"{doc} should show how to save a recording key safely"
    assert all("umask 077" in line for line in redirects), redirects
