"""The ``stewards`` table: the label, kind and date of each key slot, kept encrypted in the catalog.

The key area (``keyslots.bin``) names slots only by random id; who a slot belongs to lives here. Every
function runs in the caller's transaction (a slot change commits together with its header and its audit row).
"""

from __future__ import annotations

from collections.abc import Iterable

from intake.clock import now_utc
from intake.vault.catalog import Connection


def add_steward(conn: Connection, slot_id: str, label: str, kind: str) -> None:
    conn.execute("INSERT INTO stewards(slot_id, label, kind, added) VALUES (?,?,?,?)",
                 (slot_id, label, kind, now_utc()))


def remove_stewards(conn: Connection, slot_ids: Iterable[str]) -> None:
    conn.executemany("DELETE FROM stewards WHERE slot_id=?", [(sid,) for sid in slot_ids])


def steward_labels(conn: Connection) -> dict[str, tuple[str, str]]:
    """slot id -> (label, added)."""
    return {str(r[0]): (str(r[1]), str(r[2])) for r in conn.execute("SELECT slot_id, label, added FROM stewards")}


def count_stewards(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM stewards").fetchone()[0])
