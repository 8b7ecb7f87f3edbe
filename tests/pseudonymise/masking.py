"""Shared assertions of the detection mechanism tests: the named surfaces are masked, the named words stay."""

from __future__ import annotations

import json
from pathlib import Path

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect
from intake.pseudonymise.spans import Span


def covered(spans: list[Span], text: str, surface: str, *, every: bool = False, whole: bool = False) -> bool:
    """The first occurrence of ``surface`` (``every``: each one) is masked: its letters and digits, or with
    ``whole`` every character, spaces included. A surface that is not in ``text`` is not masked."""
    starts = [i for i in range(len(text)) if text.startswith(surface, i)]
    chars = [i for s in (starts if every else starts[:1]) for i in range(s, s + len(surface))]
    chars = chars if whole else [i for i in chars if text[i].isalnum()]
    return bool(starts) and all(any(s.start <= i < s.end for s in spans) for i in chars)


def check(lang: str, text: str, surfaces: list[str], stay: list[str], *, every: bool = False,
          whole: bool = False) -> None:
    """Every surface of ``surfaces`` is masked (see :func:`covered`); no word of ``stay`` is inside a span."""
    spans = detect(text, lang)
    shown = [(s.text, s.source, s.reason) for s in spans]
    for surface in surfaces:
        assert covered(spans, text, surface, every=every, whole=whole), f"{surface!r} not masked: {shown}"
    masked = {w for s in spans for w in s.text.lower().split()}
    for word in stay:
        assert word.lower() not in masked, f"{word!r} should stay: {shown}"


def word_masked(lang: str, text: str, word: str, n: int = 0) -> bool:
    """Whether the ``n``-th occurrence (from 0) of ``word`` as a whole word lies inside some span."""
    start = -1
    for _ in range(n + 1):
        start = text.index(word, start + 1)
        while text[start + len(word) : start + len(word) + 1].isalpha():
            start = text.index(word, start + 1)
    return any(s.start <= start and start + len(word) <= s.end for s in detect(text, lang))


def person_at(spans: list[Span], start: int, end: int | None = None) -> bool:
    """Some PERSON span overlaps ``start``-``end`` (by default the one character at ``start``)."""
    end = start + 1 if end is None else end
    return any(s.start < end and start < s.end and s.label == "PERSON" for s in spans)


TRANSCRIPTS = Path(__file__).resolve().parents[1] / "data" / "transcripts"


def rows_and_lowercase(invented: list[tuple[str, str]], sets: tuple[str, ...]) -> list[tuple[str, str]]:
    """``(language, text)`` of the invented rows and of every transcript of the tuned ``sets`` (those present),
    then all of them again lower-cased: the rows on which a reordered rule must give the former answers."""
    rows = list(invented)
    for name in sets:
        path = TRANSCRIPTS / f"{name}.jsonl"
        if path.exists():
            rows += [(r["lang"], r["text"]) for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())]
    return rows + [(lang, text.lower()) for lang, text in rows]


def asr_variants(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Rows of (text, language, surface) and each again as unpunctuated, lower-cased speech (``asr_like``)."""
    return rows + [(asr_like(text), language, surface.lower()) for text, language, surface in rows]


def quasi_over(text: str, language: str, surface: str) -> list[Span]:
    """The AGE_OR_SENTENCE spans that overlap ``surface`` (its first occurrence in ``text``)."""
    start = text.index(surface)
    end = start + len(surface)
    return [s for s in detect(text, language) if s.label == "AGE_OR_SENTENCE" and s.start < end and start < s.end]


CONTACT = frozenset({"HANDLE", "EMAIL", "URL"})


def said(text: str, cased: bool) -> str:
    """``text`` as written, or lower-cased with its punctuation blanked (``bench.detection_scoring.asr_like``)."""
    return text if cased else asr_like(text)


def contact_masked_whole(lang: str, text: str, contact: str, open_words: str, cased: bool) -> None:
    """Every character of ``contact`` (spaces aside) lies in a HANDLE, e-mail or URL span of ``text`` (as said),
    and no such span reaches ``open_words``."""
    spoken = said(text, cased)
    start, first = text.index(contact), text.index(open_words)
    spans = [(s.start, s.end) for s in detect(spoken, lang) if s.label in CONTACT]
    assert all(spoken[i].isspace() or any(s <= i < e for s, e in spans) for i in range(start, start + len(contact))), \
        (spoken, spans)
    assert not any(s < first + len(open_words) and first < e for s, e in spans), (spoken, spans)


def no_contact_on(lang: str, text: str, words: str, cased: bool) -> None:
    """No contact, ID or phone span of ``text`` (as said) reaches any of ``words``."""
    spoken = said(text, cased)
    spans = [s for s in detect(spoken, lang) if s.label in CONTACT | {"ID_NUMBER", "PHONE"}]
    low = spoken.lower()
    for word in words.lower().split():
        pos = low.index(word)
        assert not any(s.start < pos + len(word) and pos < s.end for s in spans), (word, spans)


def within(text: str, lang: str, surface: str, label: str | None = "ORGANISATION") -> bool:
    """One span (of ``label``; any label when None) holds the whole first occurrence of ``surface`` in ``text``."""
    start = text.index(surface)
    end = start + len(surface)
    return any(s.start <= start and end <= s.end and label in (None, s.label) for s in detect(text, lang))


def touched(text: str, lang: str, part: str, label: str | None = None) -> bool:
    """Some span (of ``label``, if given) overlaps the first occurrence of ``part`` in ``text``."""
    start = text.index(part)
    end = start + len(part)
    return any(s.start < end and start < s.end and label in (None, s.label) for s in detect(text, lang))


def variant(text: str, surface: str, lower: bool) -> tuple[str, str]:
    """``text`` and ``surface`` as written, or (``lower``) as speech recognition writes them (``asr_like``)."""
    return (asr_like(text), surface.lower()) if lower else (text, surface)
