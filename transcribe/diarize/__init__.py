"""Offline speaker diarization: who speaks when, and which words are whose.

    turns = diarize(samples, 16000, speakers="auto")     # [Turn(start, end, "S1"), ...]
    labels = assign_words(all_words, turns)              # one label per word
    pieces = split_segments(segments, labels, turns)     # [(speaker, segment), ...] cut at changes

Speaker embeddings come from the GE2E encoder whose weights ship in the PyPI package ``resemblyzer``
(installed with ``--no-deps``, never imported), read by a restricted torch-free loader and run in
numpy. Nothing is downloaded and nothing is reported anywhere. Knows nothing of vaults. Submodules
(and numpy) load on first use, so importing this package is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .errors import DiarizeError, UnsafeWeightsError, WeightsError
    from .pipeline import diarize
    from .turns import Turn
    from .words import WordTiming, assign_words, split_segments

_EXPORTS = {
    "DiarizeError": "errors",
    "UnsafeWeightsError": "errors",
    "WeightsError": "errors",
    "diarize": "pipeline",
    "Turn": "turns",
    "WordTiming": "words",
    "assign_words": "words",
    "split_segments": "words",
}

__all__ = [
    "DiarizeError",
    "Turn",
    "UnsafeWeightsError",
    "WeightsError",
    "WordTiming",
    "assign_words",
    "diarize",
    "split_segments",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
