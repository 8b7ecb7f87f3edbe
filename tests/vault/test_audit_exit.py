"""A broken audit chain exits 11 from both 'intake audit verify' and 'intake verify' (docs/cli.md, exit codes)."""

from __future__ import annotations

from pathlib import Path

from intake.errors import ExitCode
from intake.vault.open import unlock

PASS = "correct horse battery staple"


def _tamper(vault_dir: Path) -> None:
    with unlock(vault_dir, PASS) as vault:
        vault.audit("test.row", "x")
        with vault.transaction() as conn:
            conn.execute("UPDATE audit SET action='forged' WHERE seq=2")


def test_audit_verify_exits_11_on_a_broken_chain(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _tamper(vault_dir)
    code, out, err = cli(["--vault", str(vault_dir), "audit", "verify"], env={"INTAKE_PASSPHRASE": PASS})
    assert code == ExitCode.AUDIT == 11
    assert err.splitlines()[-2:] == ["intake: error: audit log verification failed at row 2: a row was changed",
                                     "intake: hint: restore catalog.db from a backup and compare"]
    assert out == ""


def test_verify_exits_11_on_a_broken_chain(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _tamper(vault_dir)
    code, _, err = cli(["--vault", str(vault_dir), "verify"], env={"INTAKE_PASSPHRASE": PASS})
    assert code == 11 and "audit log is broken" in err
