"""A naming gloss after the name, and the word tests the naming phrases share.

A speaker often says the name first and glosses it after: ``у яго дачка зорка мы яе так завём``, ``сын
арсюша, мы его так зовём``, ``петрусь так его звали``, ``his daughter zorka, that's what we call her``. The
word before ``так`` with an object pronoun and a naming verb (``that's what we call her/him``) is the
family's own name for the person (:func:`glossed`); ``namingphrase`` masks it and follows its other
mentions in every case and position (``на зорку``) unless it is a listed name that is also a common word.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.becues import BE_FUNCTION, nominative_reading
from intake.pseudonymise.detectors.lowercase import OBJECTS, content_word, is_role
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.stopwords import is_stop_word

# Naming verbs of Russian and Belarusian in the persons and tenses speakers use, folded.
VERBS = frozenset(
    fold(w)
    for w in (
        "зовут звали зовём зовем звал звала звать кличут кликали кличем кликал кликала "
        "называли называем называют называл называла прозвали завуць звалі завём завем заве завеш зваў зваць "
        "клічуць клікалі клічам клікаў клікала называлі называюць называў называла празвалі"
    ).split()
)
ASK = frozenset(fold(w) for w in "как як что што чего".split())  # ``как его звали?`` asks
SUBJECTS = frozenset(fold(w) for w in "мы вы они яны все усе ўсе".split())
EN_NOT = frozenset(
    "back up out in on off over again later yesterday today tomorrow tonight now then once twice every "
    "after before because when while and but or so to at from for about with into by that this there here "
    "me him her them us it police ambulance".split()
)
EN_PRONOUNS = frozenset("him her me them".split())


def word(tok: Token) -> bool:
    """A content word of three letters or more, no role, no pronoun, no function word."""
    if not tok.spaced or len(tok.norm) < 3 or not tok.norm.isalpha() or tok.norm in OBJECTS:
        return False
    if is_stop_word(tok.text) or tok.norm in BE_FUNCTION or is_role(tok):
        return False
    return content_word(tok)


def nominative_noun(tok: Token) -> bool:
    """A Cyrillic noun-like word in the nominative, or an unknown word that does not end like a verb."""
    if not tok.cyrillic or not word(tok):
        return False
    return nominative_reading(tok)


_SO = frozenset(fold(w) for w in "так".split())
_GLOSS_BACK = OBJECTS | SUBJECTS | _SO


def _glossed_after(tokens: Sequence[Token], i: int) -> int | None:
    """``зорка мы яе так завём``, ``арсюша так его звали``: the nominative before ``так``, an object pronoun
    and the naming verb at ``i`` (a naming gloss after the name)."""
    k = i - 1
    while k >= 0 and k >= i - 4 and tokens[k].norm in _GLOSS_BACK:
        k -= 1
    between = {t.norm for t in tokens[k + 1 : i]}
    if k < 0 or not between & _SO or not between & OBJECTS or (k > 0 and tokens[k - 1].norm in ASK):
        return None
    if i + 1 < len(tokens) and tokens[i + 1].spaced and nominative_noun(tokens[i + 1]):
        return None  # ``добрая так её все звали вера``: the name follows the verb, a naming phrase forward
    if _thing_before(tokens, k):
        return None
    return k if nominative_noun(tokens[k]) or _short_adjective(tokens[k]) else None


_POSSESSIVES = frozenset(fold(w) for w in "наш наша наше мой моя моё мая маё твой твоя их іх".split())


def _thing_before(tokens: Sequence[Token], k: int) -> bool:
    """An inanimate noun stands before the word (a possessive between): the gloss names the thing, not a
    person (``дом наш развалюха мы его так звали``, ``колония красная так её называли``)."""
    j = k - 1
    if j >= 0 and tokens[j].norm in _POSSESSIVES and tokens[j + 1].spaced:
        j -= 1
    if j < 0 or not tokens[j + 1].spaced or not tokens[j].cyrillic or not tokens[j].norm.isalpha():
        return False
    spelling, m = namelex.russian_reading(tokens[j].text.lower())
    if not m.known or namelex.main_pos(spelling) != "NOUN" or is_role(tokens[j]):
        return False
    return m.inanimate >= 0.5 and (not m.case or "nomn" in m.case)


def _short_adjective(tok: Token) -> bool:
    """A word pymorphy3 reads as a short adjective (``зорка``): a pet name often is one."""
    return tok.cyrillic and word(tok) and namelex.main_pos(namelex.russian_reading(tok.text.lower())[0]) == "ADJS"


def glossed(tokens: Sequence[Token], language: str) -> list[int]:
    """Indices of the words a naming gloss after them names (``зорка мы яе так завём``, ``zorka, that's what
    we call her``): the family's own name for the person, followed in every case and position."""
    if language == "en":
        out = [_en_glossed(tokens, i) for i, t in enumerate(tokens) if t.norm == "what"]
    else:
        out = [_glossed_after(tokens, i) for i, t in enumerate(tokens) if t.norm in VERBS]
    return [k for k in out if k is not None]


_EN_THAT = frozenset(("that", "thats"))
_EN_WHO_CALL = frozenset("we they i everyone everybody people all".split())
_EN_CALL = frozenset(("call", "called", "calls"))


def _en_glossed(tokens: Sequence[Token], i: int) -> int | None:
    """``zorka, that's what we call her``: the word before ``that's what we call`` (``what`` at ``i``)."""
    if i + 3 >= len(tokens) or tokens[i + 1].norm not in _EN_WHO_CALL or tokens[i + 2].norm not in _EN_CALL:
        return None
    if tokens[i + 3].norm not in EN_PRONOUNS:
        return None  # ``a picket, that's what they called it``: a thing
    k = i - 1
    if k >= 0 and tokens[k].norm in ("s", "is"):
        k -= 1
    if k < 1 or tokens[k].norm not in _EN_THAT:
        return None
    tok = tokens[k - 1]
    if tok.cyrillic or tok.norm in EN_NOT or tok.norm in EN_PRONOUNS or not word(tok):
        return None
    return k - 1
