"""Append-only, hash-chained, HMAC-authenticated audit log (docs/format.md §5, "Audit log")."""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from intake.clock import now_utc
from intake.vault.catalog import Connection, meta_get, meta_set

ZERO_HASH = "0" * 64
ROW_PREFIX = b"intake/v1/audit-row\x00"
_SAFE_DETAIL = (str, int, float, bool, type(None))


@dataclass(frozen=True)
class AuditRow:
    seq: int
    ts: str
    slot_id: str
    action: str
    object_id: str
    details: dict[str, Any]
    prev_hash: str
    hash: str
    mac: str

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["id"] = self.seq
        return out


class Anchor(Protocol):
    """The audit head recorded in the authenticated key area (docs/format.md §3.3)."""

    @property
    def seq(self) -> int: ...

    @property
    def hash(self) -> str: ...


@dataclass(frozen=True)
class AuditReport:
    rows: int
    ok: bool
    problem: str | None = None
    bad_seq: int | None = None


@dataclass(frozen=True)
class Rollback:
    """The catalog's log does not hold the row the key area anchors: an older copy of catalog.db (restored
    from a backup, or put back by someone with write access), possibly worked on since (a fork)."""

    anchored_seq: int
    head_seq: int
    forked: bool

    def describe(self) -> str:
        if self.forked:
            return (f"its audit row {self.anchored_seq} is not the one the key area records (the log forked "
                    f"from an older copy; it ends at row {self.head_seq})")
        return f"its audit log ends at row {self.head_seq}; the key area records at least {self.anchored_seq} rows"


def _row_hash(seq: int, ts: str, slot_id: str, action: str, object_id: str, details: str, prev: str) -> str:
    canonical = json.dumps([seq, ts, slot_id, action, object_id, details, prev], ensure_ascii=True,
                           separators=(",", ":"))
    return hashlib.sha256(ROW_PREFIX + canonical.encode("ascii")).hexdigest()


def _mac(key: bytes, row_hash: str) -> str:
    return hmac.new(key, bytes.fromhex(row_hash), hashlib.sha256).hexdigest()


def _check_details(details: dict[str, Any]) -> str:
    for k, v in details.items():
        if not isinstance(k, str) or not isinstance(v, _SAFE_DETAIL):
            raise TypeError("audit details are flat identifiers, counts and hashes only")
    return json.dumps(details, sort_keys=True, ensure_ascii=True, separators=(",", ":"))


def append(conn: Connection, key: bytes, slot_id: str, action: str, object_id: str = "",
           details: dict[str, Any] | None = None, *, ts: str | None = None) -> int:
    """Append one row; the caller's transaction makes it atomic with the change it records."""
    detail_json = _check_details(details or {})
    last = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (int(last[0]) + 1, str(last[1])) if last else (1, ZERO_HASH)
    stamp = ts or now_utc()
    row_hash = _row_hash(seq, stamp, slot_id, action, object_id, detail_json, prev)
    conn.execute(
        "INSERT INTO audit(seq, ts, slot_id, action, object_id, details, prev_hash, hash, mac)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        (seq, stamp, slot_id, action, object_id, detail_json, prev, row_hash, _mac(key, row_hash)),
    )
    meta_set(conn, "audit_head", f"{seq}:{row_hash}")
    return seq


def rows(conn: Connection, *, limit: int | None = None, action: str | None = None) -> list[AuditRow]:
    sql = "SELECT seq, ts, slot_id, action, object_id, details, prev_hash, hash, mac FROM audit"
    params: list[Any] = []
    if action:
        sql += " WHERE action = ? OR action LIKE ?"
        params += [action, action + ".%"]
    sql += " ORDER BY seq"
    result = [_to_row(r) for r in conn.execute(sql, params).fetchall()]
    return result[-limit:] if limit else result


def object_ids(conn: Connection, action: str) -> set[str]:
    """The object ids of every row with this action (e.g. the recordings imported from field packages)."""
    return {str(r[0]) for r in conn.execute("SELECT DISTINCT object_id FROM audit WHERE action=?", (action,))}


def row_count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM audit").fetchone()[0])


def _to_row(r: tuple[Any, ...]) -> AuditRow:
    try:
        details = json.loads(r[5])
    except ValueError:
        details = {"unparseable": True}
    return AuditRow(int(r[0]), r[1], r[2], r[3], r[4], details, r[6], r[7], r[8])


def verify(conn: Connection, key: bytes, *, anchor: Anchor | None = None) -> AuditReport:
    """Walk the chain; report the first changed, deleted or reordered row, a truncated tail, an emptied log,
    and a log shorter than the anchor recorded in the key area (or without the anchored row)."""
    prev, expected_seq, count, anchored = ZERO_HASH, 1, 0, anchor is None or anchor.seq == 0
    cursor = conn.execute(
        "SELECT seq, ts, slot_id, action, object_id, details, prev_hash, hash, mac FROM audit ORDER BY rowid")
    for seq, ts, slot_id, action, object_id, details, prev_hash, row_hash, mac in cursor:
        count += 1
        problem = _row_problem(key, expected_seq, prev, (seq, ts, slot_id, action, object_id, details, prev_hash),
                               row_hash, mac)
        if problem:
            return AuditReport(rows=count, ok=False, problem=problem, bad_seq=int(seq))
        if anchor is not None and seq == anchor.seq:
            anchored = hmac.compare_digest(str(row_hash), anchor.hash)
        prev, expected_seq = row_hash, expected_seq + 1
    return _tail_report(conn, count, expected_seq - 1, prev, anchor, anchored)


def _row_problem(key: bytes, expected_seq: int, prev: str, fields: tuple[Any, ...], row_hash: str,
                 mac: str) -> str | None:
    seq, ts, slot_id, action, object_id, details, prev_hash = fields
    if seq != expected_seq:
        return "a row is missing or out of order"
    if prev_hash != prev:
        return "the chain is broken (a row was removed or reordered)"
    if _row_hash(seq, ts, slot_id, action, object_id, details, prev_hash) != row_hash:
        return "a row was changed"
    if not hmac.compare_digest(_mac(key, row_hash), mac):
        return "a row's authentication code is wrong"
    return None


def rollback_from(conn: Connection, anchor: Anchor | None) -> Rollback | None:
    """One lookup by ``seq`` (every unlock): None when the log holds the anchored row, else what differs."""
    if anchor is None or anchor.seq == 0:
        return None
    found = conn.execute("SELECT hash FROM audit WHERE seq=?", (anchor.seq,)).fetchone()
    if found is not None and hmac.compare_digest(str(found[0]), anchor.hash):
        return None
    last = conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    return Rollback(anchored_seq=anchor.seq, head_seq=int(last or 0), forked=found is not None)


def extends(conn: Connection, key: bytes, anchor: Anchor | None) -> bool:
    """Whether the chain runs intact from the anchored row to ``meta(audit_head)`` (before advancing the
    anchor): only the rows appended since the anchor are read, never the whole log."""
    head = meta_get(conn, "audit_head")
    if anchor is None or anchor.seq == 0:
        return head is not None
    cursor = conn.execute("SELECT seq, ts, slot_id, action, object_id, details, prev_hash, hash, mac FROM audit"
                          " WHERE seq >= ? ORDER BY seq", (anchor.seq,))
    first = cursor.fetchone()
    if first is None or int(first[0]) != anchor.seq or not hmac.compare_digest(str(first[7]), anchor.hash):
        return False
    prev, expected = str(first[7]), anchor.seq + 1
    for seq, ts, slot_id, action, object_id, details, prev_hash, row_hash, mac in cursor:
        if _row_problem(key, expected, prev, (seq, ts, slot_id, action, object_id, details, prev_hash), row_hash,
                        mac):
            return False
        prev, expected = str(row_hash), expected + 1
    return head == f"{expected - 1}:{prev}"


def _tail_report(conn: Connection, count: int, last_seq: int, prev: str, anchor: Anchor | None,
                 anchored: bool) -> AuditReport:
    head = meta_get(conn, "audit_head")
    if not count:  # every vault's log starts with its vault.init row
        return AuditReport(rows=0, ok=False, problem="the log was emptied")
    if head != f"{last_seq}:{prev}":
        return AuditReport(rows=count, ok=False, problem="the log was truncated (head does not match)")
    if anchor is not None and (last_seq < anchor.seq or not anchored):
        rollback = Rollback(anchored_seq=anchor.seq, head_seq=last_seq, forked=last_seq >= anchor.seq)
        return AuditReport(rows=count, ok=False, problem=f"the catalog is older than the key area records (a "
                                                         f"rollback, a restored backup or a truncated log): "
                                                         f"{rollback.describe()}")
    return AuditReport(rows=count, ok=True)


def remac(conn: Connection, key: bytes) -> int:
    """Recompute every row's MAC under a new audit key (master-key rotation, docs/keys.md).

    Row hashes, and so the chain, are unchanged; run it in the transaction that switches the key.
    """
    found = conn.execute("SELECT seq, hash FROM audit ORDER BY seq").fetchall()
    for seq, row_hash in found:
        conn.execute("UPDATE audit SET mac=? WHERE seq=?", (_mac(key, str(row_hash)), seq))
    return len(found)
