"""Short id prefixes, as in git: ``f7931f`` names the one id that starts with it.

Ids in the catalog are random hex strings. :func:`resolve_prefix` is the one rule every owner module applies
to its own table (``resolve_recording_id``, ``resolve_transcript_id``, ``resolve_export_id``): an exact id
wins; otherwise a prefix of at least :data:`MIN_PREFIX` hex digits must start exactly one id. An ambiguous
prefix is a usage error that lists every candidate (ids are random, never identifying).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from intake.errors import UsageError

MIN_PREFIX = 4
_HEX = re.compile(r"^[0-9a-f]+$")


def resolve_prefix(kind: str, ref: str, ids: Iterable[str]) -> str | None:
    """The id in ``ids`` that ``ref`` names (exactly, or as a unique prefix); None when none does.

    Raises :class:`UsageError` when ``ref`` is a prefix of several ids, listing them.
    """
    wanted = ref.strip().lower()
    known = sorted(set(ids))
    if wanted in known:
        return wanted
    if len(wanted) < MIN_PREFIX or not _HEX.match(wanted):
        return None
    found = [i for i in known if i.startswith(wanted)]
    if len(found) > 1:
        raise UsageError(f"{kind} id prefix {wanted!r} is ambiguous: {', '.join(found)}",
                         hint="type more characters of the id")
    return found[0] if found else None
