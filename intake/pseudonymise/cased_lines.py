"""Case in its passage: a lower-case common word inside cased writing is the word, not the name it also is.

Propagation (``propagate.py``) masks every form of a detected name, in any letter case, because uncased
speech-recognition output writes names in lower case. Whether a passage is cased is a property of the
passage, not of the whole text: a transcript typed with capitals can hold a line or two pasted from a
recogniser (``и жук написал я его понимаю``), and a text read as lower case as a whole keeps no capitals
anywhere. Inside a *cased line* a writer capitalises names, so a lower-case occurrence of a seeded surname
that is an ordinary word of the language (``як той жук``, ``бусел гняздо звіў``, ``Lebed is a swan``) is
that word. What counts as an ordinary word:

* Cyrillic: a form of a lower-case stem of the Belarusian vocabulary (``be_vocab.known``: ``салавей``,
  ``сініцу``, ``шыла``) or a word pymorphy3 knows with any common-noun, verb or adjective reading
  (``мороз``, ``жук``, ``королева``), since a surname written in lower case inside cased text is rare
  while the common word is everywhere;
* Latin: a word of the English vocabulary (``en_vocab.is_known``: ``swan``, ``cherry``, ``robin``).

A line is cased when most of its sentences open with a capital (at least one does); a line that only continues
a sentence wrapped from the line before (the break follows a word or a comma) takes that line's verdict. A line
of lower-case words keeps today's recall-first propagation.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from intake.pseudonymise.detectors import be_vocab, en_vocab, namelex
from intake.pseudonymise.detectors.tokens import Token


class CasedLines:
    """Per token of one text: does its line read as cased writing? Computed once per line, on demand."""

    def __init__(self, text: str, tokens: Sequence[Token]) -> None:
        self.text = text
        self.tokens = tokens
        self.starts = [t.start for t in tokens]
        self.memo: dict[int, bool] = {}

    def cased(self, i: int) -> bool:
        """True when the line holding token ``i`` is written with capitals (not lower-case speech output)."""
        return self._line(self.text.rfind("\n", 0, self.tokens[i].start) + 1)

    def _line(self, first: int) -> bool:
        """The verdict for the line starting at offset ``first``: most of its sentences open with a capital;
        a line that only continues a sentence wrapped from the line before takes that line's verdict."""
        if first in self.memo:
            return self.memo[first]
        self.memo[first] = False  # a cycle cannot happen, but a guard costs nothing
        last = self.text.find("\n", first)
        lo = bisect.bisect_left(self.starts, first)
        hi = bisect.bisect_left(self.starts, len(self.text) if last < 0 else last)
        line = self.tokens[lo:hi]
        wrapped = first > 0 and _wraps(self.text, first - 1)
        # A capitalised speaker label over a line of uncased speech does not make the line cased.
        bare = not any(t.cap for t in line if not t.label)
        openers = [t.cap for k, t in enumerate(line)
                   if t.initial and not (bare and t.label) and not (k == 0 and wrapped)]
        if openers:
            verdict = any(openers) and openers.count(True) >= openers.count(False)
        else:
            verdict = wrapped and self._line(self.text.rfind("\n", 0, first - 1) + 1)
        self.memo[first] = verdict
        return verdict


def _wraps(text: str, newline: int) -> bool:
    """The line break at ``newline`` cuts a sentence: the line before ends in a word or a comma."""
    i = newline - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i >= 0 and (text[i].isalpha() or text[i] == ",")


def ordinary_word(tok: Token) -> bool:
    """``tok`` (lower case) is an ordinary word of Belarusian, Russian or English."""
    if not tok.cyrillic:
        return en_vocab.is_known(tok.norm)
    low = tok.text.lower()
    if be_vocab.known(low):
        return True
    m = namelex.word_morph(tok.text)
    return m.known and m.common > 0.0


def common_in_cased(tok: Token, i: int, lines: CasedLines) -> bool:
    """A lower-case ordinary word inside a cased line: the word, never another mention of a name."""
    return not tok.cap and len(tok.norm) >= 3 and ordinary_word(tok) and lines.cased(i)
