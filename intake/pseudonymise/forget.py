"""Forget the words of transcripts that the detectors keep between calls.

Many look-ups of the detectors answer by the word alone (its parses, its classes in the vocabularies), and
their answers are kept in bounded, process-wide ``functools.lru_cache`` tables so that the next transcript is
faster. Those tables hold the words of the transcripts seen, which a long-lived process (the review
workspace) would otherwise keep in memory until they are evicted. :func:`forget_words` empties every such
table, the shared pymorphy3 analyser's parse cache and ``re``'s pattern cache; the workspace calls it when it
locks. Resources loaded once (lexicons, models: caches of size one) are kept: they hold no transcript word.

It works by inspecting the modules already imported, so it imports nothing and forgets caches added later
without a change here.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any

from intake.pseudonymise import inflect

# Packages whose caches may be keyed by words of a transcript: the engine, the export formats (codebooks)
# and the NLP libraries the engine wraps (natasha and yargy cache pymorphy parses at class level).
_PREFIXES = ("intake.pseudonymise", "intake.export", "natasha", "yargy", "slovnet")


def forget_words() -> int:
    """Empty every word-keyed cache of the engine; return how many caches were emptied."""
    emptied = 0
    if inflect.morph.cache_info().currsize:  # the shared analyser is loaded: its parse cache is per instance
        inflect.morph().parse.cache_clear()
        emptied += 1
    for cache in _word_caches():
        cache.cache_clear()
        emptied += 1
    re.purge()
    return emptied


def _word_caches() -> Iterator[Any]:
    seen: set[int] = set()
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(_PREFIXES):
            continue
        for value in list(vars(module).values()):
            for cache in _caches_of(value):
                if id(cache) not in seen and _keyed_by_words(cache):
                    seen.add(id(cache))
                    yield cache


def _caches_of(value: Any) -> Iterator[Any]:
    """``value`` itself when it is a cache, or the caches among a class's attributes."""
    if _is_cache(value):
        yield value
    elif isinstance(value, type):
        for attribute in list(vars(value).values()):
            if _is_cache(attribute):
                yield attribute


def _is_cache(value: Any) -> bool:
    return callable(getattr(value, "cache_clear", None)) and callable(getattr(value, "cache_info", None))


def _keyed_by_words(cache: Any) -> bool:
    """A cache of size one holds a loaded resource; any other size (or unbounded) holds answers per key."""
    parameters = getattr(cache, "cache_parameters", None)
    maxsize = parameters()["maxsize"] if callable(parameters) else cache.cache_info().maxsize
    return bool(maxsize is None or maxsize > 1)
