"""The SQLCipher catalog (docs/format.md §5): open, key, check, migrate."""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from sqlite3 import Connection as Connection  # typing shape; objects are sqlcipher3 connections
from typing import TypeVar

import sqlcipher3
from sqlcipher3 import dbapi2

from intake.errors import AuthError, DamagedError, IntakeError, LockedError
from intake.fs import NOT_REGULAR, open_regular
from intake.vault.schema import LATEST, MIGRATIONS
from intake.vault.settings import BUSY_TIMEOUT_MS

CATALOG_NAME = "catalog.db"
T = TypeVar("T")


def connect(path: Path, key: bytes, *, create: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Connection:
    """Open and key the catalog; refuse plain SQLite; verify the key; migrate to the latest schema.

    ``busy_timeout_ms`` is how long to wait for another process's write lock (INTAKE_BUSY_TIMEOUT_MS at the CLI).
    """
    if not create and not catalog_present(path):
        raise DamagedError("the vault has no catalog.db")
    if create:  # 0600 before SQLite sees it: SQLite gives its rollback journal the database file's mode
        os.close(open_regular(path, os.O_RDWR | os.O_CREAT))
    conn: Connection = sqlcipher3.connect(str(path), timeout=busy_timeout_ms / 1000, isolation_level=None,
                                          check_same_thread=False)
    try:
        _key(conn, key, busy_timeout_ms)
        _migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def catalog_present(path: Path) -> bool:
    """Whether ``catalog.db`` exists; :class:`DamagedError` when it (or its rollback journal) is not a regular
    file. SQLCipher opens them by name, and a FIFO in their place would hang it: checked with ``lstat`` first."""
    for name in (path, path.with_name(path.name + "-journal")):
        try:
            mode = os.lstat(name).st_mode
        except FileNotFoundError:
            if name == path:
                return False
            continue
        if not stat.S_ISREG(mode):
            raise DamagedError(f"{name.name} is {NOT_REGULAR}", hint="restore it from a backup")
    return True


def _key(conn: Connection, key: bytes, busy_timeout_ms: int) -> None:
    version = conn.execute("PRAGMA cipher_version").fetchone()
    if not version or not version[0]:
        raise IntakeError("the SQLite library in use has no SQLCipher encryption; refusing to continue")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
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


def opens_with(path: Path, key: bytes, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> bool:
    """True when ``catalog.db`` opens (and is readable) with ``key``."""
    try:
        connect(path, key, busy_timeout_ms=busy_timeout_ms).close()
    except (AuthError, DamagedError):
        return False
    return True


def rekey(conn: Connection, key: bytes) -> None:
    """Re-encrypt every page under ``key``; SQLCipher commits this (and an open transaction) atomically."""
    conn.execute(f"PRAGMA rekey = \"x'{key.hex()}'\"")


def rekey_file(path: Path, old_key: bytes, new_key: bytes, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    conn = connect(path, old_key, busy_timeout_ms=busy_timeout_ms)
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
    """Each step in one transaction, with foreign keys off so that rebuilding a table (create, copy, drop,
    rename: SQLite's way to change a column's constraints) never cascades into the rows that refer to it;
    ``PRAGMA foreign_key_check`` must come back empty before a step commits."""
    current = schema_version(conn)
    if current > LATEST:
        raise DamagedError("the catalog was written by a newer Intake", hint="upgrade Intake")
    if current == LATEST:
        return
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        for version in range(current + 1, LATEST + 1):
            with transaction(conn):
                for statement in _statements(MIGRATIONS[version - 1]):
                    conn.execute(statement)
                if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                    raise DamagedError(f"schema step {version} would leave rows referring to nothing; not applied")
                conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(version),))
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


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
