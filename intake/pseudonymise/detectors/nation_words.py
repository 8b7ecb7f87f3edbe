"""The last step of ``detect()`` for English: a lone word of a nation is no name, place or organisation.

``Estonian``, ``Norwegian``, ``Polish`` (:data:`casing.EN_NATIONS`) describe a person or a thing (``he's
Estonian``, ``my Norwegian visa``) and identify no one; a detector may still propose one alone, by propagation from
an organisation it opens elsewhere (``the Norwegian Helsinki Committee``). Such a one-word span is dropped unless
the word opens a name here: a capitalised word or another name span right after it (``Finnish Red Cross``).
"""

from __future__ import annotations

from intake.pseudonymise.detectors.casing import EN_NATIONS
from intake.pseudonymise.spans import Span
from intake.pseudonymise.vocabulary import NAME_LABELS


def drop_lone_nations(spans: list[Span], text: str, language: str) -> list[Span]:
    """``spans`` less the one-word name spans of an English nation word that opens no name (module docstring)."""
    if language != "en":
        return spans
    starts = {s.start for s in spans}
    return [s for s in spans if not _lone_nation(s, text, starts)]


def _lone_nation(span: Span, text: str, starts: set[int]) -> bool:
    word = text[span.start : span.end]
    if span.label not in NAME_LABELS or word.lower() not in EN_NATIONS:
        return False
    nxt = span.end
    while nxt < len(text) and text[nxt] == " ":
        nxt += 1
    if nxt == span.end or nxt >= len(text):
        return True  # a mark or the end after it: ``he's Estonian,``
    return not text[nxt].isupper() and nxt not in starts
