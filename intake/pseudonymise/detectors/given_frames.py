"""Lower-case given-name forms that their own form or frame reads as a common word.

The first-name lexicon holds every case and number pymorphy3 generates for a name, so common words that share
a form with a name's (``полях``: Поля's locative plural; ``лесе``: Леся's locative; Belarusian ``свеце``,
``полі``: Света's and Поля's dative) are read as names in lower-case text. Two pieces of knowledge tell them
apart, whatever the name:

* one person is named in the singular: a word pymorphy3 reads as a given name only in the plural
  (``полях``, ``розах``) is the common noun (``morphology.no_single_person``; ``-ам`` is kept: in Belarusian it
  is the singular instrumental, ``з маркам``);
* a locative preposition (``в``, ``на``, ``у``, ``ў``, ``ва``) before a form that is a common inanimate noun's
  locative (``в лесе``, ``на полях``, ``па ўсім свеце`` is not this rule's, ``на полі``) governs the place, not a
  person: a person is met ``у Лесі`` (at Леся's: the genitive, kept), married ``на Свете`` (kept after a
  verb of marrying), or wears something (``на Свете было платье``: kept before a form of быть).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.detectors import be_vocab, morphology, namelex
from intake.pseudonymise.detectors.tokens import Token, fold

_LOCATIVE_PREPS = frozenset(fold(w) for w in "в во ва на у ў".split())
_AT_PREPS = frozenset(fold(w) for w in "у ў".split())  # also ``at someone's``, with the genitive
_BE_FORMS = frozenset(fold(w) for w in "был была было были быў былі будзе будет".split())
_MARRY = re.compile(r"^(?:пера)?(?:ж[еа]н|ажан|пажан)")  # ``женился на свете``, ``ажаніўся на полі``
_BE_LOCATIVE_ENDINGS = ("е", "і", "ы")
_INSTRUMENTAL_ENDINGS = ("ам", "ям")
_GENITIVE_ENDINGS = ("і", "ы", "и")  # Belarusian and Russian genitive of a feminine name: ``у лесі``, ``у поли``


def common_form(tokens: Sequence[Token], i: int) -> bool:
    """The lower-case word at ``i``, a given name's form to the lexicon, is the common word here: pymorphy3
    reads it as a name only in the plural, or a locative preposition governs it as a place (module doc)."""
    tok = tokens[i]
    if tok.cap or not tok.cyrillic:
        return False
    low = tok.text.lower()
    return _plural_name_only(low) or _locative_frame(tokens, i, low)


def _plural_name_only(low: str) -> bool:
    """pymorphy3 reads ``low`` as a given name in the plural only and never as one person (``полях``, ``розах``);
    not ``-ам``/``-ям``, a Belarusian singular instrumental (``маркам``, ``янкам``), nor a word it reads as a name
    only through a possessive or diminutive it does not know (``танин``, ``мишка``: no name reading at all), nor a
    name's possessive it also reads as another name's plural (``ромин``: Рома's, or Ромина's genitive plural),
    nor a spoken vocative (``тань``: :func:`_vocative`), nor a form in ``-ы``/``-і``/``-и``, a Belarusian or Russian
    genitive singular of a feminine name (``жаны``, Жана's) as often as a plural."""
    if low.endswith(_INSTRUMENTAL_ENDINGS) or not morphology.no_single_person(low) or _possessive(low):
        return False
    if _vocative(low):
        return False  # ``тань``, ``серёж``: the spoken vocative pymorphy3 reads as a genitive plural
    if low.endswith(_GENITIVE_ENDINGS):
        return False  # ``у жаны гарбуз``: a Belarusian genitive singular (Жана) that Russian reads as a plural
    return any({"Name", "plur"} <= p.tag.grammemes for p in morphology.analyzer().parse(low))


def _vocative(low: str) -> bool:
    """The colloquial vocative of a name in ``-а``/``-я`` (``тань`` -> Таня, ``маш`` -> Маша, ``серёж`` ->
    Серёжа): the name without its ending calls one person."""
    lex = namelex.first_names()
    key = fold(low)
    bases = (key[:-1] + "я",) if key.endswith("ь") else (key + "а", key + "я")  # Таня -> тань, Маша -> маш
    return any(lex.lookup_first(base) for base in bases)


def _possessive(low: str) -> bool:
    """``low`` is a possessive adjective of a listed given name (``ромин``: Рома's)."""
    lex = namelex.first_names()
    return any(lex.lookup_first(base) for base in namelex.possessive_base(fold(low)))


def _locative_frame(tokens: Sequence[Token], i: int, low: str) -> bool:
    """``в лесе``, ``на полях``, ``ў свеце``: a locative preposition before a common noun's locative."""
    if i == 0 or not tokens[i].spaced or tokens[i - 1].norm not in _LOCATIVE_PREPS:
        return False
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if nxt in _BE_FORMS or (i >= 2 and _MARRY.match(tokens[i - 2].text.lower())):
        return False  # ``на свете было платье`` (she wore), ``женился на свете``
    if tokens[i - 1].norm in _AT_PREPS and low.endswith(_GENITIVE_ENDINGS):
        return False  # ``у лесі ёсць``: at Леся's
    return _common_locative(low)


def _common_locative(low: str) -> bool:
    """``low`` is an inanimate common noun's locative: to pymorphy3 (``лесе``, ``свете``; a Belarusian spelling
    read in Russian: ``свеце``), or, for a word pymorphy3 does not know, a hunspell-be common word with a
    locative ending (``полі``)."""
    spelling, m = morphology.russian_reading(low)
    if m.known and any(
        p.tag.POS == "NOUN" and {"inan"} <= p.tag.grammemes and p.tag.case in ("loct", "loc2") and "Name" not in p.tag
        for p in morphology.analyzer().parse(spelling)
    ):
        return True
    unknown = spelling != low or not m.known  # pymorphy3 does not know the word as written
    return unknown and low.endswith(_BE_LOCATIVE_ENDINGS) and be_vocab.known(low)
