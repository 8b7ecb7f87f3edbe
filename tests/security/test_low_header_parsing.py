"""Low findings on untrusted headers: total Argon2 work and slot count bounded before any KDF runs; booleans
and duplicate members refused; an emptied or truncated audit log detected against the key-area anchor."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest
from area_tools import read_area, write_area

from crypto.kdf import Argon2Params
from intake.errors import DamagedError
from intake.vault.areaheader import SlotEntry
from intake.vault.header import parse_header
from intake.vault.open import unlock

PASS = "correct horse battery staple"


def _slots(count: int, t: int, m_kib: int) -> tuple[SlotEntry, ...]:
    return tuple(SlotEntry(id=f"{i:016x}", kind="passphrase", pos=i + 2, nonce=bytes(12),
                           params=Argon2Params(t=t, m_kib=m_kib, p=1), salt=bytes(16)) for i in range(count))


def test_low_total_argon2_work_is_bounded_before_running(vault_dir: Path) -> None:
    header = read_area(vault_dir)[0]
    crafted = replace(header, state=replace(header.state, slots=_slots(16, 20, 4 * 1024 * 1024)))  # each in caps
    write_area(vault_dir, crafted)
    start = time.monotonic()
    with pytest.raises(DamagedError, match="more than 64 GiB of Argon2 work"):
        unlock(vault_dir, PASS)
    assert time.monotonic() - start < 2


def test_low_more_than_16_slots_are_refused(vault_dir: Path) -> None:
    header = read_area(vault_dir)[0]
    write_area(vault_dir, replace(header, state=replace(header.state, slots=_slots(17, 1, 8))))
    with pytest.raises(DamagedError, match="more than 16 slots"):
        unlock(vault_dir, PASS)


@pytest.mark.parametrize("raw", [
    '{"format": "intake-vault", "version": true, "vault_id": "%s", "recipient": "%s"}',
    '{"format": "intake-vault", "version": 2, "version": 2, "vault_id": "%s", "recipient": "%s"}',
    '{"format": "intake-vault", "version": 2.0, "vault_id": "%s", "recipient": "%s"}',
])
def test_low_boolean_version_and_duplicate_members_are_refused(vault_dir: Path, raw: str) -> None:
    doc = json.loads((vault_dir / "vault.json").read_text())
    with pytest.raises(DamagedError):
        parse_header((raw % (doc["vault_id"], doc["recipient"])).encode())


def test_low_duplicate_members_in_the_key_area_are_refused() -> None:
    from intake.vault.areaheader import parse_area_header

    with pytest.raises(DamagedError, match="not valid JSON"):
        parse_area_header(b'{"v": 2, "v": 2}', 1)


def test_low_emptied_audit_log_is_detected(vault, vault_dir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    vault.audit("test.row", "x")
    vault.close()
    with unlock(vault_dir, PASS) as v, v.transaction() as conn:  # someone with the key empties the log
        conn.execute("DELETE FROM audit")
        conn.execute("DELETE FROM meta WHERE key='audit_head'")
    code, _, err = cli(["audit", "verify"], input=f"{PASS}\n", env={"INTAKE_VAULT": str(vault_dir)})
    assert code == 11 and "emptied" in err  # AuditBroken (exit 11) since main's audit verify fix


def test_low_truncated_audit_log_with_a_forged_head_is_detected(vault, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    for i in range(3):
        vault.audit("test.row", f"x{i}")
    vault.close()
    with unlock(vault_dir, PASS) as v:
        with v.transaction() as conn:
            last = conn.execute("SELECT seq, hash FROM audit WHERE seq=2").fetchone()
            conn.execute("DELETE FROM audit WHERE seq > 2")
            conn.execute("UPDATE meta SET value=? WHERE key='audit_head'", (f"{last[0]}:{last[1]}",))
        report = v.verify_audit()
    assert not report.ok and "key area records at least" in str(report.problem)
