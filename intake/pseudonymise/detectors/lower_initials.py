"""Initials after a name in lower-case speech (``katya l``, ``малашко и в`` said in English, ``шпак п``).

Speech recognition writes an initial as a bare lower-case letter without its full stop, so the cased rule
(``names._initials``: a capital and a full stop) never sees it, and the letter is left out of the person's span.
A letter stands for an initial here only where it cannot be a word of the text's language: in English any
Cyrillic letter (``и``, ``в`` are Russian words, never English ones) and any Latin letter but the words ``a``,
``i``, ``o`` and the tails of a split contraction (``s``, ``t``, ``d``, ``m``); in Russian or Belarusian a
Cyrillic letter that is no one-letter word of either (``и``, ``в``, ``с``, ``у``, ``з``, ``я``, ``а``, ``о``, ``к``,
``ж``, ``б`` stay words). It must follow a name part right after a space, and at most two letters follow one
name (a first and a middle initial). Run after every other stage, so a name any detector found grows (``игорь
малашко`` found by the lexicon, ``малашко`` alone by the script rule). Safe: a lone letter carries no meaning of
its own beside a name, and the rule only widens a person span that is already there.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.tokens import Token, fold, is_lowercase_text
from intake.pseudonymise.spans import Span

EN_LETTER_WORDS = frozenset("a i o s t d m".split())
CYRILLIC_LETTER_WORDS = frozenset(fold(w) for w in "а и і в к о с у ў я ж б з".split())
MAX_INITIALS = 2
SOURCE = "lower_initials"


def _initial(tok: Token, language: str) -> bool:
    """``tok`` is one letter that no word of ``language`` is."""
    if len(tok.text) != 1 or not tok.text.isalpha():
        return False
    if language == "en":
        return tok.cyrillic or tok.norm not in EN_LETTER_WORDS
    return tok.cyrillic and tok.norm not in CYRILLIC_LETTER_WORDS


def detect(text: str, language: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """In lower-case ``text``, each PERSON span widened over the initials (at most :data:`MAX_INITIALS`) right
    after it; the widened span keeps the score and reason of the span it grows from."""
    if not tokens or not is_lowercase_text(tokens):
        return []
    ends = {t.end: k for k, t in enumerate(tokens)}
    out: list[Span] = []
    for span in spans:
        k = ends.get(span.end)
        if span.label != "PERSON" or k is None or len(tokens[k].norm) < 2:
            continue
        j = k + 1
        while j < len(tokens) and j - k <= MAX_INITIALS and tokens[j].spaced and _initial(tokens[j], language):
            j += 1
        if j > k + 1:
            end = tokens[j - 1].end
            out.append(Span(span.start, end, "PERSON", text[span.start : end], span.score, SOURCE, span.reason))
    return out
