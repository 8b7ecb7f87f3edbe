"""The one clock: every timestamp Intake writes (catalog rows, audit rows, field packages) comes from here.

``now_utc()`` is ISO 8601 in UTC to the second (``2025-03-01T09:30:00Z``). Tests and scripts that need a
known time replace the source for a block::

    with clock.fixed(datetime(2025, 3, 1, 9, 30, tzinfo=UTC)):
        ...

The source is a seam, not a setting: nothing in the library changes it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime

from intake.errors import UsageError

Source = Callable[[], datetime]


def _system() -> datetime:
    return datetime.now(UTC)


_source: Source = _system


def now() -> datetime:
    """The current time, timezone-aware UTC, whole seconds."""
    value = _source()
    if value.tzinfo is None or value.utcoffset() is None:
        raise UsageError("the clock source must return a timezone-aware datetime")
    return value.astimezone(UTC).replace(microsecond=0)


def now_utc() -> str:
    """The current time as the catalog stores it: ``YYYY-MM-DDTHH:MM:SSZ``."""
    return format_utc(now())


def format_utc(moment: datetime) -> str:
    """``moment`` (timezone-aware) as ``YYYY-MM-DDTHH:MM:SSZ``."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@contextmanager
def use_source(source: Source) -> Iterator[None]:
    """Take the time from ``source`` inside the block (tests: a fixed or stepping clock)."""
    global _source
    previous, _source = _source, source
    try:
        yield
    finally:
        _source = previous


def fixed(moment: datetime) -> AbstractContextManager[None]:
    """Stop the clock at ``moment`` (timezone-aware) inside the block."""
    return use_source(lambda: moment)
