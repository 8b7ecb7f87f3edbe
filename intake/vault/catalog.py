"""The SQLCipher catalog (docs/format.md §5): open, key, check, migrate."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from sqlite3 import Connection as Connection  # typing shape; objects are sqlcipher3 connections
from typing import TypeVar

import sqlcipher3
from sqlcipher3 import dbapi2

from intake.errors import AuthError, DamagedError, IntakeError, LockedError
from intake.vault.schema import LATEST, MIGRATIONS

CATALOG_NAME = "catalog.db"
BUSY_TIMEOUT_MS = 15_000
BUSY_ENV = "INTAKE_BUSY_TIMEOUT_MS"  # how long to wait for another process's write lock (docs/cli.md)


def busy_timeout_ms() -> int:
    value = os.environ.get(BUSY_ENV, "")
    return int(value) if value.isdigit() else BUSY_TIMEOUT_MS
T = TypeVar("T")


def connect(path: Path, key: bytes, *, create: bool = False) -> Connection:
    """Open and key the catalog; refuse plain SQLite; verify the key; migrate to the latest schema."""
    if not create and not path.is_file():
        raise DamagedError("the vault has no catalog.db")
    if create:  # 0600 before SQLite sees it: SQLite gives its rollback journal the database file's mode
        os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600))
    conn: Connection = sqlcipher3.connect(str(path), timeout=busy_timeout_ms() / 1000, isolation_level=None,
                              check_same_thread=False)
    try:
        _key(conn, key)
        _migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _key(conn: Connection, key: bytes) -> None:
    version = conn.execute("PRAGMA cipher_version").fetchone()
    if not version or not version[0]:
        raise IntakeError("the SQLite library in use has no SQLCipher encryption; refusing to continue")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise LockedError() from exc
        raise AuthError("the catalog does not open with this vault's key",
                        hint="catalog.db is damaged or belongs to another vault; run 'intake verify'") from exc
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA temp_store = MEMORY")  # no temporary files (VACUUM's copy) outside the catalog


def opens_with(path: Path, key: bytes) -> bool:
    """True when ``catalog.db`` opens (and is readable) with ``key``."""
    try:
        connect(path, key).close()
    except (AuthError, DamagedError):
        return False
    return True


def rekey(conn: Connection, key: bytes) -> None:
    """Re-encrypt every page under ``key``; SQLCipher commits this (and an open transaction) atomically."""
    conn.execute(f"PRAGMA rekey = \"x'{key.hex()}'\"")


def rekey_file(path: Path, old_key: bytes, new_key: bytes) -> None:
    conn = connect(path, old_key)
    try:
        rekey(conn, new_key)
    finally:
        conn.close()


def schema_version(conn: Connection) -> int:
    has_meta = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
    if not has_meta:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    return int(row[0]) if row else 0


def _migrate(conn: Connection) -> None:
    current = schema_version(conn)
    if current > LATEST:
        raise DamagedError("the catalog was written by a newer Intake", hint="upgrade Intake")
    for version in range(current + 1, LATEST + 1):
        with transaction(conn):
            for statement in _statements(MIGRATIONS[version - 1]):
                conn.execute(statement)
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(version),))


def _statements(script: str) -> Iterator[str]:
    for part in script.split(";"):
        if part.strip():
            yield part.strip()


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE … COMMIT, with retries while another process holds the write lock."""
    _retry(lambda: conn.execute("BEGIN IMMEDIATE"))
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _retry(fn: Callable[[], T], attempts: int = 4) -> T:
    for attempt in range(attempts):
        try:
            return fn()
        except dbapi2.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if attempt == attempts - 1:
                raise LockedError() from exc
            time.sleep(0.5 * (attempt + 1))
    raise LockedError()


def meta_get(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
    return str(row[0]) if row else None


def meta_set(conn: Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))
