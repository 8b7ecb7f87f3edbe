"""Finding F2 (round 21): a rolled-back catalog.db must not be accepted silently, nor re-anchored onto a fork.

The audit head is anchored in the authenticated key area (keyslots.bin). Restoring an older catalog.db of the
same epoch (a careless restore, or someone with write access to the vault folder) used to unlock silently,
and the next close moved the anchor onto the forked chain, erasing the evidence of the rollback.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from area_tools import read_area, write_area

from intake.errors import AuditBroken, AuthError, CatalogRolledBack, DamagedError
from intake.vault import audit, rollback
from intake.vault.areaheader import AuditAnchor
from intake.vault.catalog import CATALOG_NAME
from intake.vault.header import read_header
from intake.vault.open import Vault, open_unlocked, unlock
from tests.conftest import cheap_settings

ROOT = Path(__file__).resolve().parents[2]

PASS = "correct horse battery staple"


def _work(vault_dir: Path, action: str, count: int) -> None:
    with unlock(vault_dir, PASS, settings=cheap_settings()) as vault:
        for i in range(count):
            vault.audit(action, f"x{i}")


def _anchor(vault_dir: Path) -> tuple[int, str]:
    anchor = read_area(vault_dir)[0].audit
    assert anchor is not None
    return anchor.seq, anchor.hash


@pytest.fixture
def rolled_back(vault_dir: Path, tmp_path: Path) -> tuple[Path, tuple[int, str]]:
    """A vault whose catalog.db was replaced by a copy taken before three audited actions."""
    _work(vault_dir, "test.before", 2)
    backup = tmp_path / "catalog-backup.db"
    shutil.copyfile(vault_dir / CATALOG_NAME, backup)
    _work(vault_dir, "test.after", 3)  # e.g. a withdrawal's or an approval's rows
    anchored = _anchor(vault_dir)
    shutil.copyfile(backup, vault_dir / CATALOG_NAME)  # the restore (same epoch: it decrypts)
    return vault_dir, anchored


def test_f2_unlock_refuses_a_catalog_behind_the_anchor(rolled_back: tuple[Path, tuple[int, str]]) -> None:
    """(i) failed on main: the older catalog unlocked silently."""
    vault_dir, _ = rolled_back
    with pytest.raises(DamagedError, match="older than the key area records"):
        unlock(vault_dir, PASS, settings=cheap_settings())


def test_f2_working_on_a_restored_catalog_never_moves_the_anchor(rolled_back: tuple[Path, tuple[int, str]]) -> None:
    """(ii) failed on main: rows appended to the old chain (a fork) were anchored on close."""
    vault_dir, anchored = rolled_back
    try:
        vault = unlock(vault_dir, PASS, settings=cheap_settings())
    except DamagedError:
        pass  # refused: nothing can be appended
    else:
        with vault:
            for i in range(5):  # more rows than the anchor records: the fork's head seq passes it
                vault.audit("test.fork", f"y{i}")
    assert _anchor(vault_dir) == anchored


def test_f2_a_catalog_replaced_while_open_is_not_anchored(vault_dir: Path, tmp_path: Path) -> None:
    """(ii) failed on main: a long-running holder (workspace) whose catalog.db is rolled back under it."""
    _work(vault_dir, "test.before", 1)
    backup = tmp_path / "catalog-backup.db"
    shutil.copyfile(vault_dir / CATALOG_NAME, backup)
    _work(vault_dir, "test.after", 2)
    anchored = _anchor(vault_dir)
    with unlock(vault_dir, PASS, settings=cheap_settings()) as vault:  # the anchored row is there: opens
        shutil.copyfile(backup, vault_dir / CATALOG_NAME)  # in place, under the open connection
        for i in range(5):
            vault.audit("test.fork", f"y{i}")
    assert _anchor(vault_dir) == anchored
    with pytest.raises(DamagedError, match="older than the key area records"):
        unlock(vault_dir, PASS, settings=cheap_settings())


# --- the refusal: message, hint, exit code; the cases it covers -------------------------------------------------


def test_f2_the_refusal_names_the_cause_and_the_way_out(rolled_back: tuple[Path, tuple[int, str]]) -> None:
    vault_dir, (seq, _) = rolled_back
    with pytest.raises(CatalogRolledBack) as caught:
        unlock(vault_dir, PASS, settings=cheap_settings())
    err = caught.value
    assert err.exit_code == 5 and isinstance(err, DamagedError)
    assert "(a rollback or a restored backup)" in err.message and f"at least {seq} rows" in err.message
    assert err.hint is not None
    assert "restore the newest copy of catalog.db" in err.hint and "'intake audit verify'" in err.hint
    assert "'intake audit accept-rollback'" in err.hint


def test_f2_a_forked_catalog_is_named_as_such(vault_dir: Path, tmp_path: Path) -> None:
    """An older copy that was worked on (its row at the anchored seq differs) is refused too."""
    _work(vault_dir, "test.before", 1)
    backup = tmp_path / "catalog-backup.db"
    shutil.copyfile(vault_dir / CATALOG_NAME, backup)
    _work(vault_dir, "test.after", 2)
    shutil.copyfile(vault_dir / CATALOG_NAME, tmp_path / "newest.db")
    shutil.copyfile(backup, vault_dir / CATALOG_NAME)
    with diagnose(vault_dir) as vault:  # rows appended to the old copy by a lower layer: a fork
        for i in range(4):
            audit.append(vault.conn, vault.keys.audit, vault.slot_id, "test.fork", f"y{i}")
    with pytest.raises(CatalogRolledBack, match="forked"):
        unlock(vault_dir, PASS, settings=cheap_settings())
    shutil.copyfile(tmp_path / "newest.db", vault_dir / CATALOG_NAME)  # the documented fix: the newest copy
    unlock(vault_dir, PASS, settings=cheap_settings()).close()


def test_f2_a_log_truncated_at_the_tail_is_refused_at_unlock(vault_dir: Path) -> None:
    """Shorter than the anchor (rows deleted and the head forged by someone with the catalog key): same case."""
    _work(vault_dir, "test.row", 4)
    with unlock(vault_dir, PASS, settings=cheap_settings()) as v, v.transaction() as conn:
        last = conn.execute("SELECT seq, hash FROM audit WHERE seq=2").fetchone()
        conn.execute("DELETE FROM audit WHERE seq > 2")
        conn.execute("UPDATE meta SET value=? WHERE key='audit_head'", (f"{last[0]}:{last[1]}",))
    with pytest.raises(CatalogRolledBack, match="ends at row 2"):
        unlock(vault_dir, PASS, settings=cheap_settings())


def test_f2_a_catalog_of_another_epoch_does_not_even_decrypt(vault_dir: Path, tmp_path: Path) -> None:
    """A backup from before a withdrawal (or rotation) is under an epoch secret that no longer exists."""
    from intake.vault.epoch import switch_epoch

    backup = tmp_path / "catalog-backup.db"
    shutil.copyfile(vault_dir / CATALOG_NAME, backup)
    with unlock(vault_dir, PASS, settings=cheap_settings()) as vault:
        switch_epoch(vault, lambda: None)
    shutil.copyfile(backup, vault_dir / CATALOG_NAME)
    with pytest.raises(AuthError, match="the catalog does not open with this vault's key"):
        unlock(vault_dir, PASS, settings=cheap_settings())


def test_f2_a_forged_anchor_in_the_key_area_fails_its_mac(rolled_back: tuple[Path, tuple[int, str]]) -> None:
    """Lowering the anchor to match the restored catalog needs the key area's MAC key."""
    vault_dir, _ = rolled_back
    header = read_area(vault_dir)[0]
    write_area(vault_dir, replace(header, audit=AuditAnchor(1, header.audit.hash if header.audit else "")))
    with pytest.raises(DamagedError, match="failed its authentication check"):
        unlock(vault_dir, PASS, settings=cheap_settings())
    write_area(vault_dir, replace(header, audit=None))
    with pytest.raises(DamagedError, match="failed its authentication check"):
        unlock(vault_dir, PASS, settings=cheap_settings())


def test_f2_every_unlock_path_refuses(rolled_back: tuple[Path, tuple[int, str]]) -> None:
    """``open_unlocked`` is what the unlock agent's key, recovery and rotation go through as well."""
    vault_dir, _ = rolled_back
    with diagnose(vault_dir) as vault:
        master, slot = vault.master_key, vault.slot_id
    with pytest.raises(CatalogRolledBack):
        open_unlocked(vault_dir, read_header(vault_dir), master, slot, None, cheap_settings())


def test_f2_a_diagnostic_open_writes_nothing(rolled_back: tuple[Path, tuple[int, str]]) -> None:
    vault_dir, anchored = rolled_back
    with diagnose(vault_dir) as vault:
        assert vault.rollback is not None and not vault.rollback.forked
        rows = audit.row_count(vault.conn)
        with pytest.raises(CatalogRolledBack):
            vault.audit("test.more")
        assert not vault.verify_audit().ok
    with diagnose(vault_dir) as vault:
        assert audit.row_count(vault.conn) == rows
    assert _anchor(vault_dir) == anchored


def test_f2_advancing_needs_an_intact_chain_from_the_anchor(vault_dir: Path) -> None:
    """A row after the anchor changed (by someone with the catalog key): the anchor is not moved onto it."""
    anchored = _anchor(vault_dir)
    with unlock(vault_dir, PASS, settings=cheap_settings()) as vault:
        vault.audit("test.row", "a")
        vault.audit("test.row", "b")
        vault.conn.execute("UPDATE audit SET object_id='changed' WHERE seq=?", (anchored[0] + 1,))
        assert not audit.extends(vault.conn, vault.keys.audit, vault.area.audit)
    assert _anchor(vault_dir) == anchored


# --- diagnostics still report -----------------------------------------------------------------------------------


def test_f2_diagnostics_report_a_rolled_back_catalog(rolled_back: tuple[Path, tuple[int, str]], cli) -> None:  # type: ignore[no-untyped-def]
    vault_dir, anchored = rolled_back
    env = {"INTAKE_VAULT": str(vault_dir), "INTAKE_PASSPHRASE": PASS}
    code, out, err = cli(["audit", "verify"], env=env)
    assert code == 11 and "older than the key area records" in err and "accept-rollback" in err
    code, out, err = cli(["verify"], env=env)
    assert code == 11 and "audit log: the catalog is older than the key area records" in out
    assert "intake: hint: restore the newest copy of catalog.db" in err
    code, out, err = cli(["status"], env=env)
    assert code == 0 and "BROKEN: the catalog is older than the key area records" in out
    assert "intake: warning: the catalog is older than the key area records" in err
    code, out, _ = cli(["audit", "show"], env=env)
    assert code == 0 and "test.before" in out and "test.after" not in out
    code, out, _ = cli(["status", "--json"], env=env)
    assert code == 0 and json.loads(out)["catalog_rolled_back"] is True
    with diagnose(vault_dir) as vault:  # the reports appended nothing
        assert [r.action for r in audit.rows(vault.conn)][-1] == "test.before"
    assert _anchor(vault_dir) == anchored


def test_f2_other_commands_and_the_workspace_refuse_with_exit_5(rolled_back: tuple[Path, tuple[int, str]], cli) -> None:  # type: ignore[no-untyped-def]
    vault_dir, anchored = rolled_back
    env = {"INTAKE_VAULT": str(vault_dir), "INTAKE_PASSPHRASE": PASS}
    for args in (["interviews", "list"], ["workspace", "--no-browser"], ["keys", "list"]):
        code, out, err = cli(args, env=env)
        assert code == 5, (args, err)
        assert "intake: error: the catalog is older than the key area records (a rollback or a restored backup)" \
            in err
        assert "intake: hint: restore the newest copy of catalog.db" in err and "workspace:" not in out
    assert _anchor(vault_dir) == anchored


# --- the audited way out ----------------------------------------------------------------------------------------


def test_f2_accept_rollback_is_audited_then_anchored(rolled_back: tuple[Path, tuple[int, str]], cli) -> None:  # type: ignore[no-untyped-def]
    vault_dir, (seq, _) = rolled_back
    env = {"INTAKE_VAULT": str(vault_dir), "INTAKE_PASSPHRASE": PASS}
    code, out, err = cli(["audit", "accept-rollback"], input="n\n", env=env)
    assert code == 6 and "not accepted; nothing was changed" in err and "ends at row 3" in err
    assert read_area(vault_dir)[0].audit.seq == seq  # type: ignore[union-attr]
    code, out, err = cli(["audit", "accept-rollback", "--yes"], env=env)
    assert code == 0, err
    assert out.strip() == f"rollback accepted and audited: the key area recorded {seq} audit rows, the restored " \
                          "catalog ended at row 3"
    with unlock(vault_dir, PASS, settings=cheap_settings()) as vault:  # the restored catalog is the vault's now
        row = audit.rows(vault.conn)[-1]
        assert (row.seq, row.action) == (4, "audit.rollback_accepted")
        assert row.details == {"anchored_seq": seq, "head_seq": 3, "forked": False}
        assert vault.verify_audit().ok
    assert read_area(vault_dir)[0].audit == AuditAnchor(4, row.hash)
    code, out, _ = cli(["audit", "accept-rollback", "--yes"], env=env)
    assert code == 0 and out.startswith("nothing to accept")
    assert cli(["audit", "verify"], env=env)[0] == 0


def test_f2_accept_rollback_killed_before_anchoring_stays_refused_and_can_be_rerun(
        rolled_back: tuple[Path, tuple[int, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    vault_dir, anchored = rolled_back

    def killed(*_args: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(rollback, "commit_anchor", killed)
        with diagnose(vault_dir) as vault, pytest.raises(KeyboardInterrupt):
            rollback.accept_rollback(vault)
    assert _anchor(vault_dir) == anchored
    with pytest.raises(CatalogRolledBack):
        unlock(vault_dir, PASS, settings=cheap_settings())
    with diagnose(vault_dir) as vault:
        assert rollback.accept_rollback(vault) is not None
    with unlock(vault_dir, PASS, settings=cheap_settings()) as vault:
        assert [r.action for r in audit.rows(vault.conn)][-2:] == ["audit.rollback_accepted"] * 2
        assert vault.verify_audit().ok


def test_f2_accept_rollback_refuses_a_broken_log(vault_dir: Path) -> None:
    """An emptied log (someone with the catalog key) is not a backup: it is not accepted."""
    _work(vault_dir, "test.row", 1)
    with unlock(vault_dir, PASS, settings=cheap_settings()) as v, v.transaction() as conn:
        conn.execute("DELETE FROM audit")
        conn.execute("DELETE FROM meta WHERE key='audit_head'")
    anchored = _anchor(vault_dir)
    with diagnose(vault_dir) as vault, pytest.raises(AuditBroken, match="emptied"):
        rollback.accept_rollback(vault)
    assert _anchor(vault_dir) == anchored


# --- the unlock agent -------------------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(socket, "SO_PEERCRED"), reason="the agent needs SO_PEERCRED (Linux)")
def test_f2_the_unlock_agent_serves_no_rolled_back_catalog(vault_dir: Path, tmp_path: Path, cli,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from intake.agent import client, runtime

    monkeypatch.setenv("PYTHONPATH", str(ROOT))  # the agent process imports this checkout
    env = {"INTAKE_VAULT": str(vault_dir)}
    backup = tmp_path / "catalog-backup.db"
    shutil.copyfile(vault_dir / CATALOG_NAME, backup)
    _work(vault_dir, "test.after", 2)
    folder = runtime.agent_dir(os.environ["XDG_RUNTIME_DIR"], os.getuid())
    try:
        assert cli(["unlock"], env={**env, "INTAKE_PASSPHRASE": PASS})[0] == 0
        shutil.copyfile(backup, vault_dir / CATALOG_NAME)  # restored while the agent holds the key
        code, _, err = cli(["interviews", "list"], input="", env=env)
        assert code == 5 and "older than the key area records" in err and "Passphrase" not in err
        code, out, err = cli(["status"], input="", env=env)  # diagnostics through the agent still report
        assert code == 0 and "BROKEN: the catalog is older" in out
        cli(["lock"], env=env)
        code, _, err = cli(["unlock"], env={**env, "INTAKE_PASSPHRASE": PASS})  # no agent for such a catalog
        assert code == 5 and "older than the key area records" in err
        assert client.status(runtime.socket_path(folder, read_header(vault_dir).vault_id)) is None
    finally:
        client.lock_all(folder)


@contextlib.contextmanager
def diagnose(vault_dir: Path) -> Iterator[Vault]:
    with unlock(vault_dir, PASS, settings=cheap_settings(), diagnose=True) as vault:
        yield vault
