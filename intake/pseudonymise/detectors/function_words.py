"""The last step of ``detect()``: a lone function word is no name, place or organisation (issue 14).

Kept apart from ``stopwords.py`` (the word list, read by every layer) because it asks the name lexicon
(``namelex``) whether the word is also a given name, and the lexicon itself reads the word list.
"""

from __future__ import annotations

from intake.pseudonymise.detectors.namelex import is_given_form
from intake.pseudonymise.detectors.tokens import fold
from intake.pseudonymise.stopwords import is_stop_word
from intake.pseudonymise.vocabulary import NAME_LABELS


def function_word_span(text: str, start: int, end: int, label: str) -> bool:
    """A person, place, organisation or facility span that is one function word (``куды``, ``сабе``, ``or``).

    It names nothing, whichever detector proposed it, when it is in lower case or opens a sentence or a
    segment (there a capital proves nothing). Kept: a capitalised word inside a sentence (``Ли`` in ``Мне и
    Ли Со Ён``), a single letter (an initial, ``А. Кудрин``), several words, and a function word that is also
    a listed given name (Belarusian ``яна`` "she" and the name Яна).
    """
    word = text[start:end]
    if label not in NAME_LABELS or len(word) < 2 or not word.isalpha() or not is_stop_word(word):
        return False
    if word[:1].isupper() and text[:start].rstrip()[-1:] not in ("", ".", "!", "?", ":", "\n", "…"):
        return False
    return not is_given_form(fold(word))
