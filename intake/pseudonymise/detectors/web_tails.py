"""The pieces that a blanked dot splits off the ends of an address, taken back into its span.

Speech recognition without punctuation writes a space for every dot, so an address loses its outermost
pieces to the sentence around it:

* an initial before the local part of an e-mail (``i zenkovich@tut by`` for ``i.zenkovich@tut.by``): one
  Latin letter, a single space, then the local part.  The letter is the English pronoun ``I`` or article ``a``
  only when the word after it could follow one, so in English the letter is taken only before a local part
  that is no ordinary English word (``i zenkovich@``, not ``a team@``); Cyrillic one-letter words (``в``,
  ``с``, ``и``) are never Latin letters and stay;
* a file extension after a path (``svaboda org/a/33128761 html`` for ``.html``): a closed list of the
  extensions web pages and documents carry, taken only after a URL that has a path, whose last segment
  ends in a letter or digit (not after ``and/or``: no URL span there).
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors.en_vocab import is_known
from intake.pseudonymise.spans import Span

_INITIAL = re.compile(r"(?<![\w.@\-'’/])([A-Za-z]) $")
_LOCAL_FIRST = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_EXTENSION = re.compile(r" (?:s?html?|php[0-9]?|aspx?|jsp|cgi|pdf|docx?|xlsx?|jpe?g|png|gif)(?![\w@.\-/])",
                        re.IGNORECASE)


def _initial_start(text: str, span: Span, language: str) -> int:
    """Where an e-mail starts once a blanked initial before its local part is taken in."""
    m = _INITIAL.search(text, max(0, span.start - 3), span.start)
    first = _LOCAL_FIRST.match(span.text)
    if m is None or first is None or "@" not in span.text:
        return span.start
    if language == "en" and is_known(first.group().lower()):
        return span.start  # ``i mail@...``, ``a team@...``: the pronoun or article before a word
    return m.start(1)


def _extension_end(text: str, span: Span) -> int:
    """Where a URL with a path ends once a blanked file extension after it is taken in."""
    if "/" not in span.text or not span.text[-1:].isalnum():
        return span.end
    m = _EXTENSION.match(text, span.end)
    return span.end if m is None else m.end()


def tailed(text: str, spans: list[Span], language: str) -> list[Span]:
    """``spans`` with every e-mail taken back over a blanked initial and every URL over a blanked extension."""
    out = []
    for span in spans:
        start, end = span.start, span.end
        if span.label == "EMAIL":
            start = _initial_start(text, span, language)
        elif span.label == "URL":
            end = _extension_end(text, span)
        if (start, end) != (span.start, span.end):
            span = Span(start, end, span.label, text[start:end], span.score, span.source)
        out.append(span)
    return out
