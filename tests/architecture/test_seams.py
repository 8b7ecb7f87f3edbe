"""Seams that a reader relies on: one owner module per catalog table, SQL with named columns, a CLI without SQL.

Every string constant in ``intake/`` (docstrings excepted) is read as possible SQL. A table named after
``FROM``, ``JOIN``, ``INTO``, ``UPDATE`` or ``TABLE`` must be used only by its owner in :data:`OWNERS`; a
table name built at run time (``FROM {table}``) is refused everywhere, since no scan could see it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from intake.vault.schema import MIGRATIONS

ROOT = Path(__file__).resolve().parents[2]
INTAKE = ROOT / "intake"

OWNERS = {
    "meta": "intake/vault/catalog.py",
    "stewards": "intake/vault/stewards.py",
    "audit": "intake/vault/audit.py",
    "interviews": "intake/ingest/recordings.py",
    "recordings": "intake/ingest/recordings.py",
    "withdrawn": "intake/vault/withdrawn.py",
    "transcripts": "intake/transcripts/store.py",
    "entities": "intake/ingest/codes.py",
    "pseudonyms": "intake/review/store.py",
    "pseudonym_links": "intake/review/store.py",
    "plans": "intake/review/store.py",
    "anonymised": "intake/review/store.py",
    "releases": "intake/review/releases.py",
    "carries": "intake/review/versions.py",
    "exports": "intake/review/release.py",
}
SCHEMA = "intake/vault/schema.py"  # the DDL itself

# The vault is the bottom layer and cannot call the ingest or transcripts owners. Crash recovery at unlock
# (open.py) and ``verify``/``status`` (check.py) read these tables with fixed, read-only SQL.
READ_ONLY_BELOW = {
    "intake/vault/open.py": {"recordings"},
    "intake/vault/check.py": {"recordings", "interviews", "transcripts"},
}

_TABLE_REF = re.compile(r"\b(FROM|JOIN|INTO|UPDATE|TABLE)\s+([a-z_]+)\b")
_DYNAMIC = re.compile(r"\b(FROM|JOIN|INTO|UPDATE|TABLE)\s*$")
_WRITE = re.compile(r"\b(INSERT|UPDATE|DELETE|REPLACE|ALTER|DROP|CREATE)\b")
_STAR = re.compile(r"\bSELECT\s+(\w+\.)?\*")
_NO_COLUMNS = re.compile(r"\bINTO\s+\w+\s+VALUES\b")


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def sql_strings(source: str) -> list[tuple[str, bool]]:
    """(text, dynamic-table?) of every string constant outside docstrings; f-strings give their pieces."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    out: list[tuple[str, bool]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            parts = node.values
            for part, nxt in zip(parts, [*parts[1:], None], strict=True):
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    dynamic = isinstance(nxt, ast.FormattedValue) and bool(_DYNAMIC.search(part.value))
                    out.append((part.value, dynamic))
                    skip.add(id(part))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            out.append((node.value, False))
    return out


def violations(rel: str, source: str, tables: set[str]) -> list[str]:
    found = []
    for text, dynamic in sql_strings(source):
        if dynamic:
            found.append(f"{rel}: a table name built at run time: {text.strip()!r}")
        if _STAR.search(text) or _NO_COLUMNS.search(text):
            found.append(f"{rel}: SQL without named columns: {text.strip()!r}")
        for _keyword, table in _TABLE_REF.findall(text):
            if table not in tables or rel in (OWNERS[table], SCHEMA):
                continue
            if table in READ_ONLY_BELOW.get(rel, set()) and not _WRITE.search(text):
                continue
            found.append(f"{rel}: touches table {table!r}, owned by {OWNERS[table]}: {text.strip()!r}")
    return found


def _schema_tables() -> set[str]:
    """The tables the migrations leave behind (a step may rebuild a table under a temporary name)."""
    import sqlite3

    conn = sqlite3.connect(":memory:")
    for sql in MIGRATIONS:
        conn.executescript(sql)
    return {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_every_table_has_one_owner_module_that_exists() -> None:
    assert set(OWNERS) == _schema_tables()
    for owner in OWNERS.values():
        assert (ROOT / owner).is_file(), owner


def test_no_sql_touches_a_table_outside_its_owner() -> None:
    tables = set(OWNERS)
    found = []
    for path in sorted(INTAKE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        found += violations(rel, path.read_text(encoding="utf-8"), tables)
    assert found == []


def test_the_scan_catches_what_it_is_for() -> None:
    tables = set(OWNERS)
    bad = '''
def f(vault, t):
    """Reads FROM plans in prose: a docstring, ignored."""
    vault.conn.execute("SELECT doc FROM plans")
    vault.conn.execute("SELECT * FROM exports")
    vault.conn.execute("INSERT INTO audit VALUES (?,?)")
    vault.conn.execute(f"SELECT count(*) FROM {t}")
    vault.conn.execute("UPDATE recordings SET identity='' WHERE id=?")
'''
    found = "\n".join(violations("intake/vault/check.py", bad, tables))
    assert "docstring" not in found
    for expected in ("'plans', owned by", "named columns: 'SELECT * FROM exports'", "'exports', owned by",
                     "named columns: 'INSERT INTO audit VALUES", "'audit', owned by", "built at run time",
                     "'recordings', owned by intake/ingest/recordings.py: \"UPDATE"):
        assert expected in found, expected
    assert violations("intake/review/store.py", 'x = "SELECT doc FROM plans"', tables) == []


def _cli_calls(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr == "conn":
            found.append(f"line {node.lineno}: .conn")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in (
                "execute", "executemany", "executescript", "audit"):
            found.append(f"line {node.lineno}: .{node.func.attr}(")
    return found


def test_the_cli_runs_no_sql_and_writes_no_audit_row() -> None:
    found = []
    for path in sorted((INTAKE / "cli").rglob("*.py")):
        found += [f"{path.name} {hit}" for hit in _cli_calls(path.read_text(encoding="utf-8"))]
    assert found == []


def test_the_cli_check_catches_what_it_is_for() -> None:
    bad = 'with v.transaction():\n    v.conn.execute("SELECT 1")\n    v.audit("x")\n'
    assert len(_cli_calls(bad)) == 3
