"""The one clock: UTC timestamps for the catalog and the audit log (injectable in tests)."""

from __future__ import annotations

from datetime import UTC, datetime


def now_utc() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
