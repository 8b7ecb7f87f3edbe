"""A memo that lives for one ``detect()`` call: what the gazetteers answered for the words of one text.

The same word is looked up by many detectors in one call; the answers depend on the word alone, so each is
worked out once per call. The memo is dropped when the call ends: no word of a transcript outlives its call
(the process-wide caches elsewhere are bounded by size).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class _CallState(threading.local):
    """Per thread: the memo of ``Gazetteer.lookup_first`` while a :func:`call_memo` block runs."""

    memo: dict[tuple[int, str], Any] | None = None


CALL = _CallState()


@contextmanager
def call_memo() -> Iterator[None]:
    """Within the block, ``Gazetteer.lookup_first`` answers each (gazetteer, word) once; the memo is dropped on
    leaving it. A nested block shares the outer one's memo."""
    if CALL.memo is not None:
        yield
        return
    CALL.memo = {}
    try:
        yield
    finally:
        CALL.memo = None
