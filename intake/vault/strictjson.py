"""JSON for untrusted headers: duplicate member names are refused, and ``true`` is never an integer."""

from __future__ import annotations

import json
from typing import Any


class StrictJSONError(ValueError):
    """Malformed, or a member name appears twice."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise StrictJSONError("duplicate member")
        out[key] = value
    return out


def loads(raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates,
                          parse_constant=_refuse_constant)
    except (UnicodeDecodeError, RecursionError) as exc:
        raise StrictJSONError("not valid JSON") from exc
    except StrictJSONError:
        raise
    except ValueError as exc:
        raise StrictJSONError("not valid JSON") from exc


def _refuse_constant(name: str) -> Any:
    raise StrictJSONError(f"{name} is not JSON")


def is_int(value: Any) -> bool:
    """A JSON integer: ``bool`` is a subclass of ``int`` in Python and is refused."""
    return isinstance(value, int) and not isinstance(value, bool)


def canonical(doc: Any) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")
