"""The last step of ``detect()``: a lone function word or greeting is no name, place or organisation (issue 14).

Kept apart from ``stopwords.py`` (the word list, read by every layer) because it asks the name lexicon
(``namelex``) whether the word is also a given name, and the lexicon itself reads the word list.
"""

from __future__ import annotations

import re

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


# Greeting formulas (folded: ``ў`` -> ``у``, ``і`` -> ``и``): a time of day after a greeting adjective (``добры
# дзень``, ``добрый вечер``, ``good morning``) and greeting words that stand alone (``прывітанне``, ``здравствуйте``).
_GREETING_ADJECTIVES = frozenset("добрый добры доброе добрае доброй добрай доброго добрага good".split())
_TIMES_OF_DAY = frozenset(
    "день дзень вечер вечар утро утра ранак ранку раница раницы ночи ночы morning afternoon evening".split()
)
_GREETING_WORDS = frozenset("привет прывитанне здравствуйте здрасте здравствуй витаю".split())
_WORD_BEFORE = re.compile(r"(\w+)\s*$")


def greeting_span(text: str, start: int, end: int, label: str) -> bool:
    """A name span that is one word of a greeting formula (``добры дзень``, ``прывітанне``): a speaker opening
    an answer before a naming phrase (``добры дзень  мяне завуць ...``), never a name."""
    word = fold(text[start:end])
    if label not in NAME_LABELS or not word.isalpha():
        return False
    if word in _GREETING_WORDS:
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return word in _TIMES_OF_DAY and before is not None and fold(before.group(1)) in _GREETING_ADJECTIVES
