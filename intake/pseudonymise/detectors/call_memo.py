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
    """Per thread, while a :func:`call_memo` block runs: the memo of ``Gazetteer.lookup_first``, of
    ``stemming.lexeme_keys`` (by word and stem length), of ``morphology.word_morph`` (by word as written) and of
    ``tokens.is_lowercase_text`` (by the identity of the token sequence, which the entry keeps alive)."""

    memo: dict[tuple[int, str], Any] | None = None
    keys: dict[tuple[str, int], frozenset[str]] | None = None
    morphs: dict[str, Any] | None = None
    lower: dict[int, tuple[Any, int, bool]] | None = None


CALL = _CallState()


@contextmanager
def call_memo() -> Iterator[None]:
    """Within the block, ``Gazetteer.lookup_first`` answers each (gazetteer, word) once, ``lexeme_keys`` and
    ``word_morph`` each word once and ``is_lowercase_text`` each token sequence once; the memos are dropped on
    leaving it. A nested block shares the outer one's memo."""
    if CALL.memo is not None:
        yield
        return
    CALL.memo, CALL.keys, CALL.morphs, CALL.lower = {}, {}, {}, {}
    try:
        yield
    finally:
        CALL.memo = CALL.keys = CALL.morphs = CALL.lower = None
