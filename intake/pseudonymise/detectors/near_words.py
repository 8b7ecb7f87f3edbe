"""Misspellings of common words: a word one edit away from a word a vocabulary knows.

Speech recognition and hurried typing turn common words into strings no dictionary lists
(``в коммандировке``, ``у бальніцэ``, ``в магазие``); a rule that reads an unknown word as a name must
first ask whether it is only a common word with one letter wrong. :func:`misspelt` answers that by
generating every string one edit away (a letter deleted, inserted, replaced, or two neighbours swapped:
Damerau's edit distance 1) and asking pymorphy3 (and for Belarusian text also hunspell-be through
``be_vocab``) whether one of them, of :data:`MIN_LENGTH` letters or more, is a known common noun (not a
name, surname or place; for hunspell-be, which does not tell nouns, no verb form). Words shorter than
:data:`MIN_WORD` letters are left alone: one edit turns most six-letter strings into some noun (``мележе`` ->
``мереже``, ``тырчан`` -> ``тыркан``), so the test would tell nothing there.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from intake.pseudonymise.detectors import be_vocab
from intake.pseudonymise.detectors.morphology import analyzer, morph, noun_share

MIN_LENGTH = 5  # letters of the known word a misspelling may stand for
MIN_WORD = 7  # letters of a word worth the test: a word of six is one edit from some noun as often as not
RU_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
BE_LETTERS = "абвгдеёжзйклмнопрстуўфхцчшыьэюяі'"


def _edits(word: str, letters: str) -> Iterator[str]:
    """Every string one edit away from ``word`` (deletion, swap of neighbours, replacement, insertion)."""
    for k in range(len(word)):
        yield word[:k] + word[k + 1 :]
        if k + 1 < len(word):
            yield word[:k] + word[k + 1] + word[k] + word[k + 2 :]
        for c in letters:
            if c != word[k]:
                yield word[:k] + c + word[k + 1 :]
    for k in range(len(word) + 1):
        for c in letters:
            yield word[:k] + c + word[k:]


def _russian_common(word: str) -> bool:
    """A common noun pymorphy3 knows (misspelt words after a preposition stand for nouns: ``в магазние``)."""
    if not analyzer().word_is_known(word):
        return False
    m = morph(word)
    return m.common > m.name + m.surname + m.place and noun_share(word) >= 0.5


def _belarusian_common(word: str) -> bool:
    """A common word hunspell-be knows that is no verb form (hunspell-be does not tell nouns otherwise)."""
    return be_vocab.common_only(word) and not be_vocab.verb_form(word)


@lru_cache(maxsize=4096)
def misspelt(word: str, language: str) -> bool:
    """``word`` (lower case) is one edit away from a known common word of :data:`MIN_LENGTH` letters or more:
    Russian through pymorphy3; Belarusian through hunspell-be and pymorphy3 (speakers mix the languages)."""
    if len(word) < MIN_WORD:
        return False
    seen: set[str] = set()
    for letters in (RU_LETTERS,) if language != "be" else (RU_LETTERS, BE_LETTERS):
        for cand in _edits(word, letters):
            if len(cand) < MIN_LENGTH or cand in seen:
                continue
            seen.add(cand)
            if _russian_common(cand) or (language == "be" and _belarusian_common(cand)):
                return True
    return False
