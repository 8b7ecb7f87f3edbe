"""Function words that can never be a form of an entity (``data/stopwords.txt``: Russian, Belarusian, English).

A suggested span such as «me at marina.k.a», once confirmed, must not make «me» and «at» a registered
person in every interview. Two guards use this list: :func:`intake.pseudonymise.entities.surface_forms`
drops every form made only of function words, and :class:`intake.pseudonymise.matcher.Matcher` never
matches a function word on its own (also not through the loose key: «это» and a name «Ата» share one).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from intake.pseudonymise.textkeys import exact_key


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Every function word, as exact keys (lower case, ``ё``->``е``)."""
    text = resources.files("intake.pseudonymise.data").joinpath("stopwords.txt").read_text(encoding="utf-8")
    return frozenset(exact_key(line.strip()) for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def is_stop_word(word: str) -> bool:
    return exact_key(word) in stop_words()


def only_stop_words(words: Iterable[str]) -> bool:
    """True when every word is a function word (an empty sequence counts: it names nothing)."""
    return all(is_stop_word(w) for w in words)
