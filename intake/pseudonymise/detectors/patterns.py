"""Pattern detector: phones, e-mails, handles, URLs, ID numbers, dates, ages, sentences and articles.

Each kind lives in its own module (``phones``, ``web``, ``ids``, ``dates``, ``quasi``); this module
runs them over one shared tokenisation and settles overlaps between them.  ``pattern_hits`` is the
narrow set (PHONE/EMAIL/HANDLE/URL/ID_NUMBER) the export leak gate re-runs on anonymised text.
"""

from __future__ import annotations

from intake.pseudonymise.detectors.corrections import corrections
from intake.pseudonymise.detectors.dates import detect_dates
from intake.pseudonymise.detectors.ids import detect_ids, iban_ok, luhn_ok
from intake.pseudonymise.detectors.pattern_tokens import Words, split
from intake.pseudonymise.detectors.phone_pieces import uncued_runs
from intake.pseudonymise.detectors.phones import detect_phones, digit_runs
from intake.pseudonymise.detectors.quasi import detect_quasi
from intake.pseudonymise.detectors.web import detect_web
from intake.pseudonymise.spans import Span, resolve_overlaps

__all__ = ["LEAK_LABELS", "detect", "iban_ok", "luhn_ok", "pattern_hits"]

LEAK_LABELS = frozenset({"PHONE", "EMAIL", "HANDLE", "URL", "ID_NUMBER"})

# Among pattern spans of equal length: the more specific kind wins.
_PRIORITY = {"EMAIL": 9, "URL": 7, "HANDLE": 8, "ID_NUMBER": 6, "PHONE": 5, "DATE": 4, "AGE_OR_SENTENCE": 3}
_WEAK_IDS = {"patterns.long_digits", "patterns.numbered", "patterns.asr_digits"}


def _settle(spans: list[Span]) -> list[Span]:
    """Drop phones inside document numbers (IBAN, card, passport) and bare digit IDs inside phones."""
    strong_ids = [s for s in spans if s.label == "ID_NUMBER" and s.source not in _WEAK_IDS]
    phones = [s for s in spans if s.label == "PHONE"]
    kept = []
    for span in spans:
        if span.label == "PHONE" and any(i.start <= span.start and span.end <= i.end for i in strong_ids):
            continue  # a phone inside an account number; a longer phone (``плюс ...``) stays and wins
        if span.source in _WEAK_IDS and any(span.overlaps(p) for p in phones):
            continue
        kept.append(span)
    return resolve_overlaps(kept, _PRIORITY)


def pattern_hits(text: str, language: str) -> list[Span]:
    """PHONE, EMAIL, HANDLE, URL and ID_NUMBER spans only (for the export leak gate)."""
    words = split(text)
    found = detect_web(text, language) + detect_ids(text, words) + detect_phones(text, words)
    return _settle(found)


def detect(text: str, language: str, words: Words | None = None) -> list[Span]:
    """Every pattern span in ``text`` (``language``: ``ru``, ``be`` or ``en``), sorted, non-overlapping."""
    words = split(text) if words is None else words
    runs = digit_runs(text, words)
    found = detect_web(text, language) + detect_ids(text, words) + detect_phones(text, words, runs)
    found += detect_dates(text, language, words) + detect_quasi(text, language, words)
    found += corrections(text, words, found) + uncued_runs(text, runs, found)
    return _settle(found)
