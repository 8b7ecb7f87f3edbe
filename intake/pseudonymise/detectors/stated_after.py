"""Surnames stated by their syntax in lower-case speech: after a role and a copula, before a naming phrase.

Two frames present a surname in unpunctuated speech without a capital to show it:

* a **role noun and a copula** before it (``адвакат быў кірэйчык``, ``следователем была зуевская``,
  ``the lawyer was mccarthy``): what a role *was* is a person when the word is no common word of the
  language (an adjective or noun there is the role's description: ``адвокат был хороший``);
* a **naming phrase after it** (``грабоўскі ён па прозвішчы``, ``зуевская по фамилии``, ``пятрашэвіч гэта
  прозвішча``, ``mccarthy that's his surname``): the phrase looks back at the word before it when no
  unknown word follows the phrase (``один по фамилии зуев`` names the word after, as usual).

Only words no dictionary reads as common words are marked (pymorphy3, ``hunspell-be``, the English
vocabulary), or a pymorphy3 surname reading; stop words and role nouns never are.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import be_vocab, en_vocab, namelex
from intake.pseudonymise.detectors.becues import BE_FUNCTION
from intake.pseudonymise.detectors.lowercase import OBJECTS, is_role
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.stopwords import is_stop_word

_COPULAS = frozenset(fold(w) for w in "был была было быў была былі были стал стала стаў was is became".split())
_PRONOUNS = frozenset(fold(w) for w in "он она ён яна he she his her".split())
_BY = frozenset(fold(w) for w in "по па".split())
_SURNAME_NOUNS = frozenset(fold(w) for w in "фамилии фаміліі прозвішчы прозвищу прозвішчу".split())
_THIS = frozenset(fold(w) for w in "это гэта такая такое that's thats".split())
_NAMING_NOUNS = frozenset(fold(w) for w in "фамилия фамілія прозвішча прозвище surname".split())
_EN_POSSESSIVE = frozenset("his her their the".split())
# A negation after the phrase makes it govern what follows (``по фамилии не найдёшь``, ``по фамилии никто``).
_NEGATIONS = frozenset(fold(w) for w in "не ни никто ничего нет ня ні ніхто нічога няма not no nobody".split())


def _unknown(tok: Token) -> bool:
    """A word no dictionary reads as a common word, or a surname reading: may be a surname."""
    if len(tok.norm) < 3 or tok.cap or (not tok.text.isalpha() and "'" not in tok.text):
        return False
    if tok.norm in OBJECTS or tok.norm in BE_FUNCTION or is_stop_word(tok.text) or is_role(tok):
        return False
    if not tok.cyrillic:
        return not en_vocab.is_known(tok.norm)
    low = tok.text.lower().replace("’", "'")
    m = namelex.russian_reading(low)[1]
    if m.known:
        return m.surname >= 0.3 and m.common < 0.5
    return not be_vocab.known(low)


def _after_role(tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i]`` follows a role noun and a copula (``адвакат быў X``, ``the lawyer was X``)."""
    return i >= 2 and tokens[i - 1].norm in _COPULAS and is_role(tokens[i - 2])


def _phrase_after(tokens: Sequence[Token], i: int) -> bool:
    """A naming phrase follows ``tokens[i]`` and names nothing after itself (``X ён па прозвішчы``)."""
    j = i + 1
    if j < len(tokens) and tokens[j].norm in _PRONOUNS:
        j += 1
    if j + 1 >= len(tokens):
        return False
    first, second = tokens[j].norm, tokens[j + 1].norm
    if (first in _BY and second in _SURNAME_NOUNS) or (first in _THIS and second in _NAMING_NOUNS):
        end = j + 2
    elif first in _THIS and second in _EN_POSSESSIVE and j + 2 < len(tokens) and tokens[j + 2].norm in _NAMING_NOUNS:
        end = j + 3
    else:
        return False
    return end >= len(tokens) or not (_unknown(tokens[end]) or tokens[end].norm in _NEGATIONS)


def mark(tokens: Sequence[Token], labels: list[str | None]) -> None:
    """Label the surnames these frames state in lower-case text (``labels`` as :mod:`names` keeps them)."""
    for i, tok in enumerate(tokens):
        if labels[i] is not None or tok.cap:
            continue
        if (_after_role(tokens, i) or _phrase_after(tokens, i)) and _unknown(tok):
            labels[i] = "PERSON"
