"""No hidden global state: the library reads no environment variable and takes every timestamp from the clock.

The CLI reads the documented variables once (``intake.cli.common.settings_from_env``) and passes values down;
a Python caller passes a :class:`VaultSettings` or gets the safe defaults.
"""

from __future__ import annotations

import ast
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from crypto.kdf import KdfPolicy
from intake import clock
from intake.cli.common import settings_from_env
from intake.errors import UsageError
from intake.vault import audit
from intake.vault.open import unlock
from intake.vault.settings import BUSY_TIMEOUT_MS, VaultSettings

ROOT = Path(__file__).resolve().parents[2]
# transcribe/offline.py *sets* the Hugging Face offline switches before a model loads; it reads nothing.
ENV_ALLOWED = {"intake/cli/common.py", "intake/cli/main.py", "transcribe/offline.py"}
CLOCK_CALLS = {("datetime", "now"), ("datetime", "utcnow"), ("date", "today"), ("time", "time")}


def _sources(*packages: str) -> list[tuple[str, ast.AST]]:
    out = []
    for package in packages:
        for path in sorted((ROOT / package).rglob("*.py")):
            out.append((path.relative_to(ROOT).as_posix(), ast.parse(path.read_text(encoding="utf-8"))))
    return out


def _env_readers(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in {"environ", "getenv", "environb"}:
            lines.append(node.lineno)
    return lines


def _clock_calls(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if isinstance(owner, ast.Name) and (owner.id, node.func.attr) in CLOCK_CALLS:
                lines.append(node.lineno)
    return lines


def test_only_the_cli_touches_the_environment() -> None:
    found = {name: lines for name, tree in _sources("intake", "crypto", "transcribe")
             if name not in ENV_ALLOWED and (lines := _env_readers(tree))}
    assert found == {}


def test_every_timestamp_comes_from_the_clock() -> None:
    found = {name: lines for name, tree in _sources("intake")
             if name != "intake/clock.py" and (lines := _clock_calls(tree))}
    assert found == {}


def test_the_scanners_find_what_they_look_for() -> None:
    tree = ast.parse("import os, time\nx = os.environ.get('A')\ny = os.getenv('B')\nz = time.time()\n")
    assert sorted(_env_readers(tree)) == [2, 3] and _clock_calls(tree) == [4]


def test_a_fixed_clock_stamps_audit_rows(vault) -> None:  # type: ignore[no-untyped-def]
    with clock.fixed(datetime(2025, 3, 1, 9, 30, 15, 999, tzinfo=UTC)):
        vault.audit("test.row", "x")
        assert clock.now_utc() == "2025-03-01T09:30:15Z"
    assert audit.rows(vault.conn)[-1].ts == "2025-03-01T09:30:15Z"
    assert clock.now_utc() != "2025-03-01T09:30:15Z"  # the block restored the system clock


def test_a_clock_source_must_be_timezone_aware() -> None:
    with clock.use_source(lambda: datetime(2025, 3, 1)), pytest.raises(UsageError):
        clock.now_utc()


def test_other_time_zones_are_converted_to_utc() -> None:
    minsk = datetime(2025, 3, 1, 15, 0, tzinfo=timezone(timedelta(hours=3)))
    with clock.fixed(minsk):
        assert clock.now_utc() == "2025-03-01T12:00:00Z"


def test_settings_from_the_environment() -> None:
    assert settings_from_env({}) == VaultSettings()
    assert settings_from_env({}).kdf == KdfPolicy(test_cost=False)
    read = settings_from_env({"INTAKE_BUSY_TIMEOUT_MS": "200", "INTAKE_INSECURE_TEST_KDF": "1"})
    assert read == VaultSettings(busy_timeout_ms=200, kdf=KdfPolicy(test_cost=True))
    assert settings_from_env({"INTAKE_BUSY_TIMEOUT_MS": "soon", "INTAKE_INSECURE_TEST_KDF": "yes"}) == VaultSettings()


def test_the_library_default_is_the_secure_cost_whatever_the_environment(
        vault_dir: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTAKE_INSECURE_TEST_KDF", "1")
    with unlock(vault_dir, passphrase) as v:
        assert v.settings == VaultSettings()
        assert v.settings.kdf.defaults().t == 3 and v.settings.kdf.defaults().m_kib == 256 * 1024


def test_the_busy_timeout_reaches_the_connection(vault_dir: Path, passphrase: str) -> None:
    with unlock(vault_dir, passphrase, settings=VaultSettings(busy_timeout_ms=1234)) as v:
        assert v.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 1234
    with unlock(vault_dir, passphrase) as v:
        assert v.conn.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS


@pytest.mark.parametrize("value", [-1, True, 1.5])
def test_a_bad_busy_timeout_is_refused(value: object) -> None:
    with pytest.raises(UsageError):
        VaultSettings(busy_timeout_ms=value)  # type: ignore[arg-type]


def test_no_type_ignore_outside_tests() -> None:
    found = [f"{path.relative_to(ROOT)}:{n}" for package in ("intake", "crypto", "transcribe")
             for path in sorted((ROOT / package).rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "type: ignore" in line]
    assert found == []
