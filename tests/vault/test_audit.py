"""The audit chain detects changed, deleted, reordered and truncated rows."""

from __future__ import annotations

import pytest

from intake.vault import audit


@pytest.fixture
def chained(vault):  # type: ignore[no-untyped-def]
    for i in range(5):
        vault.audit("test.action", f"obj{i}", n=i)
    assert audit.verify(vault.conn, vault.keys.audit).ok
    return vault


def _report(vault):  # type: ignore[no-untyped-def]
    return audit.verify(vault.conn, vault.keys.audit)


def test_changed_row(chained) -> None:  # type: ignore[no-untyped-def]
    chained.conn.execute("UPDATE audit SET object_id='other' WHERE seq=3")
    report = _report(chained)
    assert not report.ok and report.bad_seq == 3 and "changed" in report.problem


def test_recomputed_hash_without_key_fails_on_mac(chained) -> None:  # type: ignore[no-untyped-def]
    row = chained.conn.execute("SELECT seq, ts, slot_id, action, object_id, details, prev_hash FROM audit "
                               "WHERE seq=2").fetchone()
    forged = audit._row_hash(row[0], row[1], row[2], "forged", row[4], row[5], row[6])
    chained.conn.execute("UPDATE audit SET action='forged', hash=? WHERE seq=2", (forged,))
    report = _report(chained)
    assert not report.ok and report.bad_seq == 2


def test_deleted_row(chained) -> None:  # type: ignore[no-untyped-def]
    chained.conn.execute("DELETE FROM audit WHERE seq=4")
    report = _report(chained)
    assert not report.ok and report.bad_seq == 5


def test_reordered_rows(chained) -> None:  # type: ignore[no-untyped-def]
    """Swap the contents of rows 2 and 3 (sequence numbers stay in place)."""
    cols = "ts, slot_id, action, object_id, details, prev_hash, hash, mac"
    two = chained.conn.execute(f"SELECT {cols} FROM audit WHERE seq=2").fetchone()
    three = chained.conn.execute(f"SELECT {cols} FROM audit WHERE seq=3").fetchone()
    setter = ", ".join(f"{c.strip()}=?" for c in cols.split(","))
    chained.conn.execute(f"UPDATE audit SET {setter} WHERE seq=2", three)
    chained.conn.execute(f"UPDATE audit SET {setter} WHERE seq=3", two)
    report = _report(chained)
    assert not report.ok and report.bad_seq == 2


def test_truncated_tail(chained) -> None:  # type: ignore[no-untyped-def]
    chained.conn.execute("DELETE FROM audit WHERE seq=(SELECT max(seq) FROM audit)")
    report = _report(chained)
    assert not report.ok and "truncated" in report.problem


def test_details_refuse_nested_values(vault) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError):
        vault.audit("x", "y", nested={"a": 1})
