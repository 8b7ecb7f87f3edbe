"""Belarusian surnames in lower-case speech-recognition text, by their suffix morphology.

Cased text finds a Belarusian surname by its capital; lower-case ASR text has only the word itself.
Belarusian surnames fall into a few suffix classes, each declined by regular rules with Belarusian
spelling (``ў``, ``і``, akanye): ``-чык`` (``гардзейчыка``), ``-онак``/``-ёнак`` with its fleeting vowel
(``жураконка``), ``-еня`` (``лапені``, ``лапенем``), ``-енка``/``-ейка`` (``бурдзейкі``, ``бурдзейцы``),
``-ец`` (``карпаўца``), ``-скі``/``-цкі`` (``альшанскага``, ``зарубецкую``), ``-оў``/``-ава``
(``жаўрыцковым``), ``-ін``/``-іна`` (``лагуцінай``). A word in such a form is a surname when
neither vocabulary knows it (hunspell-be as a common word, :mod:`be_vocab`; pymorphy3, for the Russian
words of mixed speech): ``хлопчыка``, ``сталіцы``, ``беларускага`` are common words and stay.
Soft-sign and consonant-final surnames (``гаркаля``, ``лапуша``) and ``-ка`` forms in general look like
any unknown word; they count only in a person's slot: after ``з``/``да``/``ад``/``пра``/``аб``/``у``
(``мы з гаркалем``, ``у лапуша дома``, ``напісала гаркалю``) or before a verb of what a person said or underwent
(``гаркаль сказала``, ``лапуша затрымалі``). Without hunspell-be nothing here fires.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

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
# Any declined noun shape: consonant-final, soft-sign and ``-ка``/``-а`` forms; only in a person's slot.
WEAK = re.compile(r"^[^\W\d_]{3,}(?:[бвгджзклмнпрстфхцчшь]|[^\W\d_](?:а|у|ам|ом|ем|я|ю|и|ы|ай))$")
ALLOW_WEAK = False  # the slot rule cost precision on tuned sets (2026-11, round 15): kept off
SLOT_BEFORE = frozenset(
    "з са да ад пра аб у ля каля для разам напісала напісаў перадачу перадала перадаў пазваніла пазваніў "
    "дапамагалі дапамагла".split()
)
SLOT_AFTER = frozenset(
    "сказала сказаў казала казаў напісала напісаў затрымалі асудзілі збілі выпусцілі адпусцілі прыехала "
    "прыехаў сядзіць сядзела сядзеў жыве расказала расказаў".split()
)


@lru_cache(maxsize=50_000)
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


def _in_slot(tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i]`` follows a preposition of a person (``з``, ``да``, ``пра``) or precedes a verb of
    what a person said or underwent."""
    before = i > 0 and tokens[i].spaced and tokens[i - 1].text.lower() in SLOT_BEFORE
    after = i + 1 < len(tokens) and tokens[i + 1].spaced and tokens[i + 1].text.lower() in SLOT_AFTER
    return before or after


def surname(tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i]`` is a lower-case Belarusian surname by its suffix (or, in a person's slot, by any
    declined noun shape) that no vocabulary knows."""
    tok = tokens[i]
    if not _candidate(tok):
        return False
    return bool(STRONG.match(tok.norm)) or (ALLOW_WEAK and bool(WEAK.match(tok.norm)) and _in_slot(tokens, i))
