"""Word classes propagation never spreads, whatever the text: verbs as names, generic words of a phrase.

:mod:`intake.pseudonymise.propagate` masks every other form of a detected entity's words. Two kinds of word
are never such a form, by class and not by the sentence they stand in:

* a **verb form** (:func:`verb_form`) is never a form of a person's name: pymorphy3's mostly-verb reading
  (finite, infinitive, gerund, participle) of the word or of its Russian spelling, or, for a Belarusian
  word pymorphy3 does not know, a word of the ``hunspell-be`` vocabulary whose every stem is a verb's
  (infinitive ``-ць``/``-ці``/``-чы``, first person ``-у``/``-ю``: ``адказала`` of ``адказаць``,
  ``працавалі`` of ``працую``). A word capitalised inside a sentence is left to the other guards;
* a **generic word** (:func:`generic_word`) of a multi-word organisation, facility or place is never
  spread alone: an ordinary common noun or adjective of its language (``бальніцы`` of ``Гродзенская
  абласная бальніца``, ``раёна``, ``калоніі``, ``court``, ``working``, ``detention``). Only its
  proper-name words spread (``Гродзенская``: an adjective made from a place, ``-ск-``/``-цк-``, is the
  name's own word), and a capitalised word inside a Cyrillic name (``Наша Ніва``) counts as proper.
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors import be_vocab, en_vocab, institution_heads, namelex
from intake.pseudonymise.detectors.tokens import Token

_BE_VERB = ("ся", "цца", "ць")  # Belarusian reflexive verbs and infinitives, unknown to pymorphy3 (folded)
_VERB_POS = frozenset({"VERB", "INFN", "GRND", "PRTF", "PRTS"})
# An adjective made from a place or a person (``лідскую``, ``гродзенская``, ``купалаўскім``): the name's word.
_PLACE_ADJECTIVE = re.compile(r"[сц]к(?:і|ы|ая|ае|ага|ую|ай|ой|ім|ым|ія|ыя|іх|ых|ім|аму|ое|ий|ого|ому|ом|ие|ые|их|им)$")


def verb_form(tok: Token) -> bool:
    """A word that reads as a verb and not as a name; never one capitalised inside a sentence."""
    if (tok.cap and not tok.initial) or not tok.cyrillic or len(tok.norm) < 4:
        return False
    low = tok.text.lower().replace("’", "'")
    spelling, m = namelex.russian_reading(low)
    if not m.known:
        return tok.norm.endswith(_BE_VERB) or _belarusian_verb(low)
    if m.name + m.surname + m.patronymic >= 0.3:
        return False  # ``валю`` is Валя's accusative as well as a verb
    share = sum(float(p.score) for p in namelex.analyzer().parse(spelling) if p.tag.POS in _VERB_POS)
    return share >= 0.5


def _belarusian_verb(low: str) -> bool:
    """Every ``hunspell-be`` stem of ``low`` is a verb's, and none is a name (``адказваў``, ``гаварылі``)."""
    return be_vocab.verb_form(low)


def generic_word(tok: Token, inner: bool) -> bool:
    """An ordinary common word of its language inside a multi-word name; ``inner``: not the name's first
    word (a capitalised Cyrillic word there is the name's own: ``Наша Ніва``)."""
    if not tok.cyrillic:
        return en_vocab.is_known(tok.norm)
    low = tok.text.lower().replace("’", "'")
    if (inner and tok.cap) or _PLACE_ADJECTIVE.search(low):
        return False
    if institution_heads.is_head(low):
        return True
    m = namelex.word_morph(tok.text)
    if m.known:
        return m.common > 0.5 and m.name + m.surname + m.patronymic + m.place < 0.3
    return be_vocab.known(low) and be_vocab.proper(low) is None
