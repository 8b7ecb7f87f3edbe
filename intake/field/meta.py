"""The sealed metadata of a field package: parsed strictly, because anyone with the vault's public
recipient can write a package (docs/keys.md, "Field package format, version 1").

Every member is required, no other member is allowed, and each has a type and a range: ``bool`` is not an
integer, floats are finite, strings are short and integers fit the catalog's 64-bit columns. A violation is
:class:`PackageDamaged` naming the member (never its value), so one forged package fails alone.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from intake.errors import PackageDamaged
from intake.ingest.batch import DEFAULT_MAX_DURATION_S, INTERVIEW_CODE, LANGUAGES, check_duration
from intake.vault import strictjson

MAX_CHANNELS = 64
MAX_SAMPLE_RATE = 1_000_000
MAX_SIZE = 1 << 50  # 1 PiB: far above any recording, far below SQLite's 2**63
MAX_NAME = 255
_HEX32 = re.compile(r"^[0-9a-f]{32}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_FORMAT_NAME = re.compile(r"^[A-Za-z0-9_.,+-]{1,64}$")
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$")


@dataclass(frozen=True)
class PackageMeta:
    interview: str
    language: str
    interviewer: str | None
    original_name: str | None
    sha256: str
    size: int
    container: str | None
    codec: str | None
    duration: float | None
    channels: int | None
    sample_rate: int | None
    vault_id: str | None
    created: str


def _is_int(value: object, low: int, high: int) -> bool:
    return type(value) is int and low <= value <= high


def _is_duration(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and value >= 0


def _optional(check: Callable[[Any], bool]) -> Callable[[Any], bool]:
    return lambda value: value is None or check(value)


def _matches(pattern: re.Pattern[str]) -> Callable[[Any], bool]:
    return lambda value: isinstance(value, str) and pattern.match(value) is not None


def _file_name(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= MAX_NAME and "/" not in value and "\x00" not in value


def _rules() -> dict[str, Callable[[Any], bool]]:
    return {
        "v": lambda value: _is_int(value, 1, 1),
        "vault_id": _optional(_matches(_HEX32)),
        "interview": _matches(INTERVIEW_CODE),
        "language": lambda value: isinstance(value, str) and value in LANGUAGES,
        "interviewer": _optional(_matches(INTERVIEW_CODE)),
        "original_name": _optional(_file_name),
        "sha256": _matches(_HEX64),
        "size": lambda value: _is_int(value, 1, MAX_SIZE),
        "container": _optional(_matches(_FORMAT_NAME)),
        "codec": _optional(_matches(_FORMAT_NAME)),
        "duration": _optional(_is_duration),
        "channels": _optional(lambda value: _is_int(value, 0, MAX_CHANNELS)),
        "sample_rate": _optional(lambda value: _is_int(value, 0, MAX_SAMPLE_RATE)),
        "created": _matches(_TIMESTAMP),
    }


MEMBERS = frozenset(_rules())


def parse_meta(raw: bytes, name: str, *, max_duration: float = DEFAULT_MAX_DURATION_S) -> PackageMeta:
    """The checked metadata, or :class:`PackageDamaged` (malformed) / :class:`TooLong` (over the cap)."""
    try:
        doc = strictjson.loads(raw)  # duplicate members and NaN/Infinity refused, as for the vault's headers
    except strictjson.StrictJSONError as exc:
        raise PackageDamaged(f"{name}: the package's metadata is malformed") from exc
    if not isinstance(doc, dict) or set(doc) != MEMBERS:
        raise PackageDamaged(f"{name}: the package's metadata does not have exactly the documented members")
    for member, valid in _rules().items():
        if not valid(doc[member]):
            raise PackageDamaged(f"{name}: the package's metadata has an invalid {member!r}")
    check_duration(doc["duration"], max_duration, name)
    del doc["v"]
    return PackageMeta(**doc)
