"""Recordings the vault destroyed (consent withdrawal, retention) and must not take in again.

Withdrawal and retention destroy a recording's identity and catalog rows, but a copy of its content may
lie elsewhere: a leftover field package on a USB stick, the original file on a recorder. Without a record
a routine ``intake import`` or ``intake ingest`` would bring the interview back. So, in the same
transaction that destroys it, the vault keeps one keyed digest per recording (docs/format.md §5,
``withdrawn``): ``HMAC-SHA-256(withdrawn key, label || 0x00 || sha256 hex)``, never the plain SHA-256, a
name or a code. The key is 32 random bytes in ``meta(withdrawn_key)``, inside the encrypted catalog, made
with the first row; it is not derived from the master key, so that ``keys rotate`` keeps every refusal.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from intake.errors import DamagedError
from intake.vault.catalog import Connection, meta_get, meta_set

KEY_NAME = "withdrawn_key"
LABEL = b"intake/v1/withdrawn"
VERSION = 1


def _digest(key_hex: str, sha256: str) -> str:
    return hmac.new(bytes.fromhex(key_hex), LABEL + b"\x00" + sha256.lower().encode("ascii"),
                    hashlib.sha256).hexdigest()


def _key(conn: Connection, *, create: bool) -> str | None:
    key = meta_get(conn, KEY_NAME)
    if key is None and create:
        key = os.urandom(32).hex()
        meta_set(conn, KEY_NAME, key)
    if key is not None and (len(key) != 64 or any(c not in "0123456789abcdef" for c in key)):
        raise DamagedError("the catalog's key for withdrawn recordings is malformed")
    return key


def record_in_tx(conn: Connection, sha256s: list[str]) -> None:
    """In the caller's transaction (the one that destroys the recordings): remember their content."""
    if not sha256s:
        return
    key = _key(conn, create=True)
    assert key is not None
    conn.executemany("INSERT OR IGNORE INTO withdrawn(digest, v) VALUES (?, ?)",
                     [(_digest(key, sha), VERSION) for sha in sha256s])


def is_withdrawn(conn: Connection, sha256: str) -> bool:
    """Whether a recording with this content was destroyed by withdrawal or retention."""
    if conn.execute("SELECT 1 FROM withdrawn WHERE v != ? LIMIT 1", (VERSION,)).fetchone() is not None:
        raise DamagedError("the catalog's list of withdrawn recordings has an unknown version", hint="upgrade Intake")
    key = _key(conn, create=False)
    if key is None:
        return False
    return conn.execute("SELECT 1 FROM withdrawn WHERE digest=?", (_digest(key, sha256),)).fetchone() is not None


def withdrawn_count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM withdrawn").fetchone()[0])
