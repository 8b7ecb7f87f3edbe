"""Round 21, finding 3 (Low): a "panicked" key-area header carries no MAC, so anyone who can write
keyslots.bin can forge one from its public parts (no key needed). Unlock then said "wrong passphrase or
damaged key slot" and the steward assumed a typo; now it says the vault was panicked (or its header replaced)
and what to do, which is only what the file itself says. And a recovery unlock re-signed the forged header as
it was, leaving the old passphrase slots at positions no header listed: now every position the re-signed
header does not use is listed dirty and overwritten, with the same kill safety as every key-area change."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from intake.errors import AuthError, VaultPanicked
from intake.keys.panic import panic
from intake.keys.recovery import create_recovery, recover_access, unlock_with_shares
from intake.keys.slots import add_slot
from intake.vault.areaheader import KeyState
from intake.vault.keyarea import AREA_NAME, COPY_SIZE, encode_copy
from intake.vault.open import unlock
from tests.conftest import cheap_settings
from tests.faults.killpoints import prelude

PASS = "correct horse battery staple"
SECOND = "second steward passphrase"
NEW = "the passphrase after recovery"


def forge_panicked(vault_dir: Path) -> None:
    """What /work/r21/rev/t3_forged_panic.py does: public parts only, every position left as it was."""
    from area_tools import read_area

    header = read_area(vault_dir)[0]
    recovery = tuple(s for s in header.state.slots if s.kind == "recovery")
    forged = replace(header, state=KeyState(recovery, header.state.epoch), pending=None, dirty=(), panicked=True)
    fd = os.open(vault_dir / AREA_NAME, os.O_RDWR)
    try:
        os.pwrite(fd, encode_copy(forged.signed(None, header.seq + 1)), 0)
        os.pwrite(fd, encode_copy(forged.signed(None, header.seq + 2)), COPY_SIZE)
        os.fsync(fd)
    finally:
        os.close(fd)


def _with_recovery(vault) -> tuple[list[str], list[bytes]]:  # type: ignore[no-untyped-def]
    """A second steward and a recovery set; returns the shares and the passphrase slots' material."""
    from area_tools import read_area, read_position

    add_slot(vault, SECOND, "B")
    shares = list(create_recovery(vault, 3, 2).shares)
    vault.close()
    header = read_area(vault.path)[0]
    materials = [read_position(vault.path, s.pos)[:8160] for s in header.state.slots if s.kind == "passphrase"]
    return shares, materials


def test_s2_unlock_of_a_panicked_vault_says_it_was_panicked(cli, vault, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _with_recovery(vault)  # without a recovery slot panic leaves no header at all: "no valid header" (exit 5)
    panic(vault_dir)
    code, _, err = cli(["status"], input=f"{PASS}\n{PASS}\n{PASS}\n", env={"INTAKE_VAULT": str(vault_dir)})
    assert code == 4
    assert "intake: error: no passphrase opens this vault: its key area says it was panicked" in err
    assert "recovery unlock" in err and "restore keyslots.bin" in err
    assert "try again" not in err and "wrong passphrase" not in err  # asked once: retyping cannot help
    with pytest.raises(VaultPanicked):
        unlock(vault_dir, PASS)


def test_s2_a_forged_panicked_header_is_named_as_such(vault, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _with_recovery(vault)
    forge_panicked(vault_dir)
    with pytest.raises(VaultPanicked) as caught:
        unlock(vault_dir, PASS, settings=cheap_settings())
    assert isinstance(caught.value, AuthError) and caught.value.exit_code == 4
    assert "replaced its header" in caught.value.message


def test_s2_recovery_after_a_forged_panic_overwrites_the_old_slots(vault, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from area_tools import read_area

    shares, materials = _with_recovery(vault)
    forge_panicked(vault_dir)
    area = (vault_dir / AREA_NAME).read_bytes()
    assert all(m[:256] in area for m in materials)  # the forgery destroyed nothing
    recover_access(vault_dir, shares[:2], NEW, "recovered", settings=cheap_settings()).close()
    area = (vault_dir / AREA_NAME).read_bytes()
    assert not any(m[:256] in area for m in materials), "an old passphrase slot survived at an unlisted position"
    header = read_area(vault_dir)[0]
    assert not header.panicked and header.dirty == () and header.mac is not None
    unlock(vault_dir, NEW, settings=cheap_settings()).close()


CHILD = prelude() + """
from pathlib import Path

vault_dir, n, shares = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
counter = kill_at_keyarea_io(n)
from intake.keys.recovery import unlock_with_shares
unlock_with_shares(vault_dir, shares).close()
print("events", counter.count, flush=True)
"""


def _child(vault_dir: Path, n: int, shares: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CHILD, str(vault_dir), str(n), *shares], capture_output=True,
                          text=True, timeout=120, check=False)


def _forged(tmp_path: Path, name: str) -> tuple[Path, list[str], list[bytes]]:
    from intake.vault.open import create_vault

    path = tmp_path / name
    vault = create_vault(path, PASS, settings=cheap_settings())
    shares, materials = _with_recovery(vault)
    forge_panicked(path)
    return path, shares[:2], materials


def test_s2_a_kill_during_the_recovery_unlock_of_a_forged_panic_leaves_no_old_slot(tmp_path: Path) -> None:
    from area_tools import read_area

    dry, shares, _ = _forged(tmp_path, "dry")
    done = _child(dry, 0, shares)
    assert done.returncode == 0, done.stderr
    events = int(done.stdout.split()[-1])
    assert events >= 2
    for n in range(1, events + 1):
        vault_dir, shares, materials = _forged(tmp_path, f"n{n}")
        assert _child(vault_dir, n, shares).returncode == -9
        unlock_with_shares(vault_dir, shares, settings=cheap_settings()).close()  # it opens, and finishes the wipe
        header = read_area(vault_dir)[0]
        assert not header.panicked and header.dirty == ()
        area = (vault_dir / AREA_NAME).read_bytes()
        assert not any(m[:256] in area for m in materials), f"kill {n}: an old slot survived"
