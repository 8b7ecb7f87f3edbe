"""Belarusian surnames in lower-case speech-recognition text, by their suffix morphology.

Cased text finds a Belarusian surname by its capital; lower-case ASR text has only the word itself.
Some Belarusian surname classes have suffixes with case endings that common words rarely share:
oblique ``-чык`` (``гардзейчыка``), ``-онак``/``-ёнак`` with its fleeting vowel (``кавалёнак``,
``жураконку``), ``-еня`` (``лапеню``, ``лапенем``), ``-ейка``/``-енка`` (``бурдзейкі``), and the oblique
adjectival ``-оў``/``-ін`` forms (``жаўрыцковым``, ``лагуцінай``). A word of five letters or more in such a
form is a surname when neither vocabulary knows it (hunspell-be as a common word or a proper noun,
:mod:`be_vocab`; pymorphy3, for the Russian words of mixed speech): ``хлопчыка``, ``сталіцы`` stay.
``-ец``, ``-скі``/``-цкі``, soft-sign and consonant-final surnames look like any unknown word and are not
read here (a person-slot version cost precision on the tuned sets). Without hunspell-be nothing fires.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.detectors import be_vocab, casing, namelex
from intake.pseudonymise.detectors.tokens import Token

MIN_LETTERS = 5
# Folded forms (``ў`` -> ``у``, ``і`` -> ``и``, ``ё`` -> ``е``) of the strong suffix classes, each with
# its Belarusian case endings.
STRONG = re.compile(
    r"^[^\W\d_]{2,}(?:"
    r"[чц][ыи]к(?:а|у|ам|ом|е)"  # гардзейчыка, -у, -ам (the nominative is also a diminutive noun)
    r"|[еоая]нак|[еоая]нк(?:у|ам|ом)"  # кавалёнак, жураконку
    r"|[еэ]н(?:я|ю|ем)"  # лапеня, лапеню, лапенем
    r"|[еэ]йк(?:а|и|у|ам|ай)|[еэ]нк(?:и|ам|ай)"  # бурдзейка, шапаваленкі
    r"|[оаея]в(?:ым|ай)"  # ракітавым, жаўрыцковай
    r"|[иы]н(?:ым|ай)"  # лагуцінай
    r")$"
)
def _unknown(text: str) -> bool:
    """Neither hunspell-be (common word or proper noun) nor pymorphy3 knows ``text``."""
    return not be_vocab.known(text) and be_vocab.proper(text) is None and not namelex.word_morph(text).known


def _candidate(tok: Token) -> bool:
    return (
        tok.cyrillic
        and len(tok.norm) >= MIN_LETTERS
        and tok.norm not in casing.not_identifiers()
        and be_vocab.available()
        and _unknown(tok.text.lower())
    )


def surname(tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i]`` is a lower-case Belarusian surname by its suffix that no vocabulary knows."""
    tok = tokens[i]
    if not _candidate(tok):
        return False
    return bool(STRONG.match(tok.norm))
