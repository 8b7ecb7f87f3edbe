"""Stateless detection: run every detector and merge their spans."""

from __future__ import annotations

from collections.abc import Callable

from intake.pseudonymise.spans import Span, resolve_overlaps

Detector = Callable[[str, str], list[Span]]

# Ties of equal length: the more specific label wins.
PRIORITY = {
    "EMAIL": 9,
    "URL": 8,
    "HANDLE": 7,
    "PHONE": 7,
    "ID_NUMBER": 6,
    "DETENTION": 5,
    "DATE": 4,
    "AGE_OR_SENTENCE": 4,
    "PERSON": 3,
    "ORGANISATION": 2,
    "LOCATION": 1,
}


def _detectors() -> list[Detector]:
    from intake.pseudonymise.detectors import names, patterns

    return [patterns.detect, names.detect]


def detect(text: str, language: str) -> list[Span]:
    """Every identifying span in ``text``, sorted by position, without overlaps."""
    found: list[Span] = []
    for detector in _detectors():
        found.extend(detector(text, language))
    return resolve_overlaps(found, PRIORITY)
